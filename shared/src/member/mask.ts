/**
 * Public views mask personal names (个人信息保护法: collect and show the minimum):
 * 张三 → 张*, 张三丰 → 张*丰, 欧阳娜娜 → 欧**娜. Only the first and last characters stay.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.length === 1 ? '*' : '';
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
