/**
 * A name a document can download under (一事一档-<议题>), without its extension: what any file
 * system and WeChat's document viewer hold — no path separators, reserved symbols or control
 * characters — and short enough for a phone's screen.
 */
export function safeFileName(base: string): string {
  const clean = base
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 60)
    // Windows drops a trailing dot or space, and a name of only those is no name.
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return clean || '文件';
}
