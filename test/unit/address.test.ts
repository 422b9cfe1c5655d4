import { addressKey, addressMatches, formatAddress, formatArea } from '@shared';

const flat = { building: '3号楼', unit: '1单元', room: '101' };

describe('addresses', () => {
  it('are the same place however people type them', () => {
    for (const typed of [
      { building: '3栋', unit: '1', room: '101室' },
      { building: '３幢', unit: '1单元', room: '101' },
      { building: ' 3号楼 ', unit: '1单元', room: '101' },
    ]) {
      expect(addressKey(typed)).toBe(addressKey(flat));
    }
    expect(addressKey({ building: '3号楼', unit: '1单元', room: '102' })).not.toBe(addressKey(flat));
    expect(addressKey({ building: '东组', unit: '', room: '12户' })).toBe(addressKey({ building: '东组', unit: '', room: '12' }));
  });

  it('are found by the parts typed, in order', () => {
    for (const q of ['3号楼1单元101', '3栋101', '3号楼', '1单元101', '３栋 1']) expect({ q, hit: addressMatches(flat, q) }).toEqual({ q, hit: true });
    for (const q of ['101 3号楼', '2号楼', '3号楼2单元', '']) expect({ q, hit: addressMatches(flat, q) }).toEqual({ q, hit: false });
  });

  it('read as a 社区 or a 村 writes them', () => {
    expect(formatAddress(flat, 'community')).toBe('3号楼1单元101');
    expect(formatAddress({ building: '东组', unit: '', room: '12' }, 'village')).toBe('东组12户');
  });

  it('have areas shown from exact hundredths', () => {
    expect(formatArea(8950)).toBe('89.50 ㎡');
    expect(formatArea(10235)).toBe('102.35 ㎡');
    expect(formatArea(7)).toBe('0.07 ㎡');
  });
});
