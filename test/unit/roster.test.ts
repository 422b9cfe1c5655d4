import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '@shared';
import { parseRoster, type ParsedRoster } from '../../cloudfunctions/core/member/roster/parseRoster';
import {
  MULTI_OWNER,
  expectedDoubts,
  expectedPersons,
  expectedUnits,
  makeRosterWorkbook,
  malformedRows,
  rosterCounts,
  workbookBuffer,
} from '../fixtures/make-roster';

/** The DomainError a parse throws, so its code, message and details can all be checked. */
async function rejection(file: Promise<Buffer> | Buffer, kind: 'community' | 'village' = 'community'): Promise<DomainError> {
  const error = await parseRoster(await file, kind).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('INVALID_INPUT');
  return error as DomainError;
}

describe('幸福里社区 roster', () => {
  let parsed: ParsedRoster;
  beforeAll(async () => {
    parsed = await parseRoster(await makeRosterWorkbook(), 'community');
  });

  it('reads every good row, with exact areas', () => {
    expect(parsed.units).toHaveLength(rosterCounts.units);
    expect(parsed.units).toEqual(expectedUnits);
    expect(parsed.persons).toHaveLength(rosterCounts.residents);
    expect(parsed.persons).toEqual(expectedPersons);
    expect(parsed.doubts).toEqual(expectedDoubts);
    expect(expectedDoubts).toEqual([{ sheet: '花名册', row: 23, reason: '身份“房东”应为业主或租户，未记录' }]);
    expect([parsed.skipped, parsed.unknownHeaders]).toEqual([[], []]);
    const area = (address: string) => parsed.units.find((u) => `${u.building}${u.unit}${u.room}` === address)?.areaHundredths;
    expect(area('1号楼1单元101')).toBe(8950); // written as the number 89.5
    expect(area('1号楼1单元102')).toBe(10235);
    expect(area('1号楼2单元101')).toBe(7682);
    expect(area('1号楼2单元102')).toBe(12000); // 120.00
    expect(area('10号楼1单元102')).toBe(10235 + 9 * 101); // 111.44
  });

  it('keeps owners of several flats, the developer, co-owners and unregistered owners', () => {
    const ownedBy = parsed.units.filter((u) => u.ownerName === MULTI_OWNER.name && u.phoneLast4 === MULTI_OWNER.phone);
    expect(ownedBy.map((u) => `${u.building}${u.unit}${u.room}`).sort()).toEqual([...MULTI_OWNER.addresses].sort());
    expect(parsed.units.filter((u) => u.ownerKind === 'developer')).toHaveLength(rosterCounts.developerUnits);
    expect(rosterCounts.developerUnits).toBe(6);
    expect(parsed.units.find((u) => u.ownerKind === 'co_owners')).toMatchObject({ ownerName: '赵敏、钱立', room: '201' });
    expect(parsed.units.find((u) => u.building === '8号楼' && u.unit === '2单元' && u.room === '601')).toEqual(
      expect.not.objectContaining({ ownerName: expect.anything() }),
    );
    expect(parsed.persons.filter((r) => r.representative)).toHaveLength(2);
    expect(parsed.persons.filter((r) => r.tenure === 'tenant').length).toBeGreaterThan(0);
  });

  it('reports each malformed row with its sheet, row number and reason, and nothing else', () => {
    expect(parsed.problems).toHaveLength(rosterCounts.problems);
    for (const expected of malformedRows) {
      expect(parsed.problems).toContainEqual({ sheet: expected.sheet, row: expected.row, reason: expect.stringContaining(expected.reason) });
    }
  });

  it('leaves malformed rows out of the result', () => {
    const rows = (sheet: string) => new Set(malformedRows.filter((p) => p.sheet === sheet).map((p) => p.row));
    expect(parsed.units.filter((u) => rows('房屋台账').has(u.row))).toEqual([]);
    expect(parsed.persons.filter((r) => rows('花名册').has(r.row))).toEqual([]);
  });

  it('parses the committed roster-xingfuli.xlsx identically', async () => {
    const file = await readFile(join(__dirname, '../fixtures/roster-xingfuli.xlsx'));
    expect(await parseRoster(file, 'community')).toEqual(parsed);
  });

  it.each(['面积', '面积(m²)', '面积（平方米）', ' 面积 ㎡'])('recognises the area header %s', async (areaHeader) => {
    expect(await parseRoster(await makeRosterWorkbook({ areaHeader }), 'community')).toEqual(parsed);
  });
});

describe('a village roster', () => {
  it('accepts 村民小组 and 户号, no 单元, and a blank or missing area', async () => {
    const file = await workbookBuffer({
      房屋台账: [
        ['村民小组', '户号', '面积', '业主姓名'],
        ['第一村民小组', '12', 210.5, '李长顺'],
        ['第一村民小组', '13', null, '李长福'],
      ],
      花名册: [
        ['姓名', '村民小组', '户号', '身份', '村民代表'],
        ['李长顺', '第一村民小组', '12', '业主', '是'],
        ['', '第一村民小组', '13', '业主', ''],
      ],
    });
    expect(await parseRoster(file, 'village')).toEqual({
      units: [
        { row: 2, building: '第一村民小组', unit: '', room: '12', areaHundredths: 21050, ownerName: '李长顺', ownerKind: 'person' },
        { row: 3, building: '第一村民小组', unit: '', room: '13', areaHundredths: null, ownerName: '李长福', ownerKind: 'person' },
      ],
      persons: [
        {
          sheet: '花名册',
          row: 2,
          name: '李长顺',
          address: { building: '第一村民小组', unit: '', room: '12' },
          householdKey: 'no:第一村民小组|12',
          householdRep: false,
          group: '第一村民小组',
          representative: true,
          collectiveMember: false,
          collectiveRepresentative: false,
          tenure: 'owner',
        },
      ],
      problems: [{ sheet: '花名册', row: 3, reason: '缺少姓名' }],
      doubts: [],
      skipped: [],
      unknownHeaders: [],
    });
    const noArea = await workbookBuffer({
      房屋台账: [
        ['村民小组', '户号'],
        ['第二村民小组', '7'],
      ],
    });
    expect((await parseRoster(noArea, 'village')).units).toEqual([
      { row: 2, building: '第二村民小组', unit: '', room: '7', areaHundredths: null, ownerKind: 'person' },
    ]);
  });

  it('still needs an area from a 社区', async () => {
    const file = workbookBuffer({
      房屋台账: [
        ['村民小组', '户号'],
        ['第二村民小组', '7'],
      ],
    });
    expect((await rejection(file)).details).toEqual(['面积']);
  });
});

describe('cells as Excel keeps them', () => {
  it('reads rich text, formula results without float noise, and merged building cells', async () => {
    const file = await workbookBuffer({
      房屋台账: [
        ['楼栋', '房号', '面积', '手机后四位'],
        [{ richText: [{ text: '1号' }, { text: '楼', font: { bold: true } }] }, '101', { formula: '10.2*3', result: 30.599999999999998 }, '0123'],
        [null, '102', { formula: 'NA()', result: { error: '#N/A' } }, 4567],
      ],
    });
    const parsed = await parseRoster(file, 'community');
    expect(parsed.units).toEqual([{ row: 2, building: '1号楼', unit: '', room: '101', areaHundredths: 3060, ownerKind: 'person', phoneLast4: '0123' }]);
    expect(parsed.problems).toEqual([{ sheet: '房屋台账', row: 3, reason: '缺少楼栋；面积“#N/A”不是有效数字' }]);
  });

  it('skips a title row above the header', async () => {
    const file = await workbookBuffer({ 房屋台账: [['幸福里社区房屋台账'], ['楼栋', '房号', '面积'], ['1号楼', '101', '88']] });
    expect((await parseRoster(file, 'community')).units).toEqual([
      { row: 3, building: '1号楼', unit: '', room: '101', areaHundredths: 8800, ownerKind: 'person' },
    ]);
  });
});

describe('a file that cannot be used', () => {
  it.each([
    ['random bytes', () => Promise.resolve(randomBytes(4096))],
    ['a truncated xlsx', async () => (await makeRosterWorkbook()).subarray(0, 6000)],
    ['an empty file', () => Promise.resolve(Buffer.alloc(0))],
  ])('throws for %s', async (_, file) => {
    expect((await rejection(file())).message).toBe('无法读取文件：请上传 Excel（.xlsx）文件');
  });

  it('throws when there is neither a 房屋台账 nor a sheet of persons', async () => {
    const error = await rejection(workbookBuffer({ Sheet1: [['楼栋', '房号', '面积']] }));
    expect(error.message).toBe('文件中没有“房屋台账”工作表，也没有居民／村民名册（须有“姓名”列，以及住址、户号或户主等列）');
    expect(error.details).toBeUndefined();
  });

  it('names the columns it could not read when a sheet has 姓名 and nothing else it knows', async () => {
    const error = await rejection(
      workbookBuffer({
        名单: [
          ['姓名', '门洞', '生年'],
          ['王芳', '3-1', '1960'],
        ],
      }),
    );
    expect(error.message).toBe('文件中没有“房屋台账”工作表，也没有居民／村民名册（须有“姓名”列，以及住址、户号或户主等列）；无法识别的列：门洞、生年');
    expect(error.details).toEqual(['门洞', '生年']);
  });

  it('names every missing column', async () => {
    const error = await rejection(makeRosterWorkbook({ omitColumns: ['房号', '面积（㎡）'] }));
    expect(error.message).toBe('“房屋台账”缺少列：房号、面积');
    expect(error.details).toEqual(['房号', '面积']);
  });

  it('takes a 花名册 without the 身份 column: tenure is then simply not known', async () => {
    const parsed = await parseRoster(await makeRosterWorkbook({ omitColumns: ['身份'] }), 'community');
    expect(parsed.persons).toEqual(expectedPersons.map(({ tenure: _, ...person }) => person));
    expect(parsed.doubts).toEqual([]);
  });
});
