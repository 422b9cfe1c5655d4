import { formatChinaTime, fromChinaDateTimeParts, maskName, roleLabel, toChinaDateTimeParts } from '@shared';

describe('masking names in public views', () => {
  it.each([
    ['张三', '张*'],
    ['张三丰', '张*丰'],
    ['欧阳娜娜', '欧**娜'],
    ['李', '*'],
    ['', ''],
  ])('%s → %s', (name, masked) => expect(maskName(name)).toBe(masked));
});

describe('roles', () => {
  it('are named as a 社区 or a 村 names them', () => {
    expect(roleLabel('committee', 'community')).toBe('居委会成员');
    expect(roleLabel('committee', 'village')).toBe('村委会成员');
    expect(roleLabel('representative', 'village')).toBe('村民代表');
  });
});

describe('China time', () => {
  const instant = Date.UTC(2026, 10, 21, 16, 30); // 2026-11-22 00:30 in Beijing

  it('reads an instant on the Beijing clock, across the UTC date line', () => {
    expect(formatChinaTime(instant)).toBe('2026年11月22日 00:30');
    expect(toChinaDateTimeParts(instant)).toEqual({ date: '2026-11-22', time: '00:30' });
  });

  it('turns picker values back into the same instant', () => {
    expect(fromChinaDateTimeParts('2026-11-22', '00:30')).toBe(instant);
  });

  it('says NaN for malformed picker values', () => {
    expect(fromChinaDateTimeParts('2026/11/22', '00:30')).toBeNaN();
    expect(fromChinaDateTimeParts('2026-11-22', '0030')).toBeNaN();
  });
});
