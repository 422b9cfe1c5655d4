import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { CellValue } from 'exceljs';
import { addressKey, DomainError } from '@shared';
import { parseRoster, type ParsedRoster, type RegisterField, type RegisterRow } from '../../cloudfunctions/core/member/roster/parseRoster';
import {
  day,
  expectedCommunityRegister,
  expectedVillageRegister,
  fictionalIdNumber,
  makeCommunityRegister,
  makeVillageRegister,
  mistypedIdNumber,
  registerBuffer,
  type SheetSpec,
} from '../fixtures/make-register';

const run = promisify(execFile);
const PARSE_ROSTER = resolve(__dirname, '../../cloudfunctions/core/member/roster/parseRoster.ts');

type Sheets = Record<string, SheetSpec | CellValue[][]>;
type Kind = 'community' | 'village';

const read = async (sheets: Sheets, kind: Kind = 'community', headerMap?: Record<string, RegisterField>) =>
  parseRoster(await registerBuffer(sheets), kind, headerMap);

const nothingElse = { units: [], problems: [], doubts: [], skipped: [], unknownHeaders: [] };
const FLAT_101 = { building: '3号楼', unit: '1单元', room: '101' };

/** A person as the parser gives them when the sheet says nothing more. */
function person(fields: Partial<RegisterRow> & Pick<RegisterRow, 'name'>): RegisterRow {
  const address = fields.address ?? FLAT_101;
  return {
    sheet: '名册',
    row: 2,
    address,
    householdKey: `addr:${addressKey(address)}`,
    householdRep: false,
    representative: false,
    collectiveMember: false,
    collectiveRepresentative: false,
    ...fields,
  };
}

/** One person at 3号楼1单元101 with one more column. */
const withColumn = (header: string, value: CellValue, kind: Kind = 'community') =>
  read(
    {
      名册: [
        ['姓名', '住址', header],
        ['王芳', '3号楼1单元101', value],
      ],
    },
    kind,
  );

describe('headers as committees write them', () => {
  const ID = fictionalIdNumber({ year: 1956, month: 3, day: 12 }, '021');
  it.each<[string, CellValue, Partial<RegisterRow>]>([
    ['出生日期', '1956-03-12', { birth: { year: 1956, month: 3, day: 12 } }],
    ['出生年月', '1956-03-12', { birth: { year: 1956, month: 3, day: 12 } }],
    ['出生年月日', '1956-03-12', { birth: { year: 1956, month: 3, day: 12 } }],
    ['生日', '1956-03-12', { birth: { year: 1956, month: 3, day: 12 } }],
    ['出生日期\n（年月日）', '1956-03-12', { birth: { year: 1956, month: 3, day: 12 } }],
    ['身份证号', ID, { birth: { year: 1956, month: 3, day: 12 } }],
    ['身份证号码', ID, { birth: { year: 1956, month: 3, day: 12 } }],
    ['公民身份号码', ID, { birth: { year: 1956, month: 3, day: 12 } }],
    ['居民小组', '第二居民小组', { group: '第二居民小组' }],
    ['村民小组', '东组', { group: '东组' }],
    ['小组', '一组', { group: '一组' }],
    ['组别', '3组', { group: '3组' }],
    ['居民代表', '是', { representative: true }],
    ['村民代表', '√', { representative: true }],
    ['代表', '居民代表', { representative: true }],
    ['是否居民代表', '是', { representative: true }],
    ['集体经济组织成员', '是', { collectiveMember: true }],
    ['成员代表', '是', { collectiveRepresentative: true }],
    ['户代表', '是', { householdRep: true }],
    ['身份', '业主', { tenure: 'owner' }],
    ['身份', '租户', { tenure: 'tenant' }],
    ['身份', '租客', { tenure: 'tenant' }],
    ['手机后四位', '0571', { phoneLast4: '0571' }],
    ['联系电话', '13812345678', { phoneLast4: '5678' }],
    ['电话', '0571-88881234', { phoneLast4: '1234' }],
    ['手机号', '138 1234 5678', { phoneLast4: '5678' }],
    ['手机号（后四位）', '5678', { phoneLast4: '5678' }],
    ['与户主关系', '妻', { relation: '妻' }],
  ])('reads %j', async (header, value, fields) => {
    expect(await withColumn(header, value)).toEqual({ ...nothingElse, persons: [person({ name: '王芳', ...fields })] });
  });

  it.each(['姓名', ' 姓 名 ', '＊姓名：', '居民姓名'])('finds the name under %j', async (header) => {
    const parsed = await read({
      名册: [
        [header, '住址'],
        ['王芳', '3号楼1单元101'],
      ],
    });
    expect(parsed).toEqual({ ...nothingElse, persons: [person({ name: '王芳' })] });
  });

  it.each([
    ['住址', '3号楼2单元502', { building: '3号楼', unit: '2单元', room: '502' }],
    ['地址', '幸福里3栋2单元502室', { building: '3栋', unit: '2单元', room: '502室' }],
    ['家庭住址', '3-2-502', { building: '3', unit: '2', room: '502' }],
    ['现住址', '12号院3号楼502', { building: '3号楼', unit: '', room: '502' }],
  ])('splits the address under %j written as %j', async (header, text, address) => {
    const parsed = await read({
      名册: [
        ['姓名', header],
        ['王芳', text],
      ],
    });
    expect(parsed).toEqual({ ...nothingElse, persons: [person({ name: '王芳', address })] });
  });

  it('keeps an address it cannot split whole, as the building, and still takes it as a household', async () => {
    const parsed = await read({
      名册: [
        ['姓名', '住址'],
        ['王芳', '幸福里小区门卫室'],
        ['张强', '幸福里小区门卫室'],
      ],
    });
    const address = { building: '幸福里小区门卫室', unit: '', room: '' };
    expect(parsed.persons).toEqual([
      person({ name: '王芳', address, householdKey: 'addr:幸福里小区门卫室||' }),
      person({ name: '张强', row: 3, address, householdKey: 'addr:幸福里小区门卫室||' }),
    ]);
  });

  it('keeps place names when the workbook names several, since 幸福里3栋 and 阳光苑3栋 are different buildings', async () => {
    const parsed = await read({
      名册: [
        ['姓名', '住址'],
        ['王芳', '幸福里3栋2单元502室'],
        ['张强', '阳光苑3栋2单元502室'],
      ],
    });
    expect(parsed.persons.map((p) => [p.address.building, p.householdKey])).toEqual([
      ['幸福里3栋', 'addr:幸福里3栋|2|502'],
      ['阳光苑3栋', 'addr:阳光苑3栋|2|502'],
    ]);
  });

  it('reads separate 楼栋／楼号, 单元 and 房号／门牌号 columns', async () => {
    const parsed = await read({
      名册: [
        ['姓名', '楼号', '单元', '门牌号'],
        ['王芳', '3号楼', '1单元', '101'],
      ],
    });
    expect(parsed).toEqual({ ...nothingElse, persons: [person({ name: '王芳' })] });
    const byBuilding = await read({
      名册: [
        ['姓名', '楼栋', '房号'],
        ['王芳', '5栋', '602'],
      ],
    });
    expect(byBuilding.persons).toEqual([person({ name: '王芳', address: { building: '5栋', unit: '', room: '602' }, householdKey: 'addr:5||602' })]);
  });

  it('passes over the columns a register has but the vote does not need, without reporting them', async () => {
    const parsed = await read({
      名册: [
        ['序号', '姓名', '性别', '民族', '文化程度', '政治面貌', '工作单位', '住址'],
        [1, '王芳', '女', '汉族', '高中', '群众', '幸福里超市', '3号楼1单元101'],
      ],
    });
    expect(parsed).toEqual({ ...nothingElse, persons: [person({ name: '王芳' })] });
  });
});

describe('dates of birth, as far as the sheet gives them', () => {
  it.each<[string, CellValue, RegisterRow['birth'], string]>([
    ['a date cell', day(1956, 3, 12), { year: 1956, month: 3, day: 12 }, ''],
    ['an Excel serial number', 20526, { year: 1956, month: 3, day: 12 }, ''],
    ['the number 19560312', 19560312, { year: 1956, month: 3, day: 12 }, ''],
    ['the number 1956.03', 1956.03, { year: 1956, month: 3 }, '出生日期只到月份'],
    ['the number 1956.12', 1956.12, { year: 1956, month: 12 }, '出生日期只到月份'],
    ['the number 1956.1 (January or October?)', 1956.1, { year: 1956 }, '出生日期“1956.1”可能是1月也可能是10月，只记到年份'],
    ['the number 195603', 195603, { year: 1956, month: 3 }, '出生日期只到月份'],
    ['the number 1956', 1956, { year: 1956 }, '出生日期只到年份'],
    ['1956-03-12', '1956-03-12', { year: 1956, month: 3, day: 12 }, ''],
    ['1956/3/12', '1956/3/12', { year: 1956, month: 3, day: 12 }, ''],
    ['1956.3.12', '1956.3.12', { year: 1956, month: 3, day: 12 }, ''],
    ['1956年3月12日', '1956年3月12日', { year: 1956, month: 3, day: 12 }, ''],
    ['１９５６年３月１２日', '１９５６年３月１２日', { year: 1956, month: 3, day: 12 }, ''],
    ['19560312', '19560312', { year: 1956, month: 3, day: 12 }, ''],
    ['1956-03-12 00:00:00', '1956-03-12 00:00:00', { year: 1956, month: 3, day: 12 }, ''],
    ['1956年3月', '1956年3月', { year: 1956, month: 3 }, '出生日期只到月份'],
    ['1956.03', '1956.03', { year: 1956, month: 3 }, '出生日期只到月份'],
    ['195603', '195603', { year: 1956, month: 3 }, '出生日期只到月份'],
    ['1956', '1956', { year: 1956 }, '出生日期只到年份'],
    ['1956年', '1956年', { year: 1956 }, '出生日期只到年份'],
    ['a leap day', '2000-02-29', { year: 2000, month: 2, day: 29 }, ''],
  ])('reads %s', async (_, cell, birth, doubt) => {
    const parsed = await withColumn('出生日期', cell);
    expect(parsed.persons).toEqual([person({ name: '王芳', birth })]);
    expect(parsed.doubts).toEqual(doubt ? [{ sheet: '名册', row: 2, reason: doubt }] : []);
    expect(parsed.problems).toEqual([]);
  });

  it.each<[CellValue, string]>([
    ['1956-02-30', '出生日期“1956-02-30”不是有效日期'],
    ['1957-02-29', '出生日期“1957-02-29”不是有效日期'],
    ['1956-13-01', '出生日期“1956-13-01”不是有效日期'],
    ['1956年13月', '出生日期“1956年13月”不是有效日期'],
    ['1899-05-01', '出生日期“1899-05-01”不是有效日期'],
    [19561301, '出生日期“19561301”不是有效日期'],
    [day(2956, 3, 12), '出生日期“2956-03-12”不是有效日期'],
    ['56.3.12', '出生日期“56.3.12”无法识别为日期'],
    ['不详', '出生日期“不详”无法识别为日期'],
  ])('leaves out a person born on %j, saying why', async (cell, reason) => {
    const parsed = await withColumn('出生日期', cell);
    expect(parsed).toEqual({ ...nothingElse, persons: [], problems: [{ sheet: '名册', row: 2, reason }] });
  });

  it('reads a date cell as the same day in any time zone', async () => {
    // The zone is fixed when a process starts, so each zone gets its own Node process.
    const dir = await mkdtemp(join(tmpdir(), 'register-'));
    const file = join(dir, 'register.xlsx');
    await writeFile(
      file,
      await registerBuffer({
        名册: [
          ['姓名', '住址', '出生日期'],
          ['王芳', '3号楼1单元101', day(1956, 3, 12)],
        ],
      }),
    );
    const script = `import(${JSON.stringify(PARSE_ROSTER)}).then(async (m) => {
      const parsed = await (m.parseRoster ?? m.default.parseRoster)(require('fs').readFileSync(${JSON.stringify(file)}), 'community');
      console.log(JSON.stringify([new Date(0).getTimezoneOffset(), parsed.persons[0].birth]));
    })`;
    for (const [TZ, offset] of [
      ['America/Los_Angeles', 480],
      ['Asia/Shanghai', -480],
    ] as const) {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', '-e', script], { env: { ...process.env, TZ } });
      expect(JSON.parse(stdout)).toEqual([offset, { year: 1956, month: 3, day: 12 }]);
    }
  }, 30_000);

  it('says so when a sheet with a birth column leaves it blank', async () => {
    const parsed = await withColumn('出生日期', null);
    expect(parsed.persons).toEqual([person({ name: '王芳' })]);
    expect(parsed.doubts).toEqual([{ sheet: '名册', row: 2, reason: '缺少出生日期' }]);
  });
});

describe('ID numbers give only the date of birth, and are never kept', () => {
  const born = { year: 1988, month: 11, day: 30 };
  const id = fictionalIdNumber(born, '123');
  /** A made-up ID number whose check character is X. */
  const withX = [...Array(1000).keys()].map((n) => fictionalIdNumber(born, String(n).padStart(3, '0'))).find((n) => n.endsWith('X'))!;

  const sheet = (birth: CellValue, idNumber: CellValue) =>
    read({
      名册: [
        ['姓名', '住址', '出生日期', '身份证号'],
        ['王芳', '3号楼1单元101', birth, idNumber],
      ],
    });

  it.each([
    ['an 18-digit number', id],
    ['one ending in X', withX],
    ['one ending in a small x', withX.toLowerCase()],
    ['an old 15-digit number (19YYMMDD)', '990101881130123'],
  ])('derives the birth from %s when the birth column is blank', async (_, number) => {
    const parsed = await sheet(null, number);
    expect(parsed).toEqual({ ...nothingElse, persons: [person({ name: '王芳', birth: { year: 1988, month: 11, day: 30 } })] });
    expect(JSON.stringify(parsed)).not.toContain(number.slice(0, 12));
  });

  it('prefers the birth column, and then does not read the ID number at all', async () => {
    const parsed = await sheet('1988-11-29', mistypedIdNumber(id));
    expect(parsed).toEqual({ ...nothingElse, persons: [person({ name: '王芳', birth: { year: 1988, month: 11, day: 29 } })] });
  });

  it.each<[string, CellValue, string]>([
    ['a wrong check digit', mistypedIdNumber(id), '身份证号校验不通过，未据此确定出生日期'],
    ['a digit too few', id.slice(0, 17), '身份证号位数或格式不对，未据此确定出生日期'],
    ['a number cell that lost its last digits', Number(id), '身份证号被Excel存成了数字，后几位已丢失，未据此确定出生日期（请把该列设为文本格式）'],
  ])('keeps the person but not a birth for %s', async (_, number, reason) => {
    const parsed = await sheet(null, number);
    expect(parsed).toEqual({ ...nothingElse, persons: [person({ name: '王芳' })], doubts: [{ sheet: '名册', row: 2, reason }] });
  });

  it('rejects a checksum-valid ID number whose date does not exist, as a doubt', async () => {
    const feb30 = fictionalIdNumber({ year: 1956, month: 2, day: 30 }, '123');
    const parsed = await sheet(null, feb30);
    expect(parsed.persons).toEqual([person({ name: '王芳' })]);
    expect(parsed.doubts).toEqual([{ sheet: '名册', row: 2, reason: '身份证号中的出生日期无效，未据此确定出生日期' }]);
  });
});

describe('a workbook laid out for people to read', () => {
  it('takes the header under merged title rows', async () => {
    const parsed = await read({
      居民名册: {
        titles: ['幸福里社区居民花名册（2026年）', '填报单位：幸福里社区居委会　　填报日期：2026年1月'],
        header: ['序号', '姓名', '住址'],
        rows: [[1, '王芳', '3号楼1单元101']],
      },
    });
    expect(parsed).toEqual({ ...nothingElse, persons: [person({ sheet: '居民名册', row: 4, name: '王芳' })] });
  });

  it('reads one sheet per group, taking the group from the sheet name unless a column gives it', async () => {
    const sheet = (name: string): CellValue[][] => [
      ['姓名', '住址'],
      [name, '3号楼1单元101'],
    ];
    const parsed = await read({
      第一居民小组: sheet('王芳'),
      东组: sheet('张强'),
      '3组': sheet('刘洋'),
      花名册: [
        ['姓名', '住址', '小组'],
        ['陈静', '5号楼1单元101', ''],
        ['杨磊', '5号楼1单元102', '第五居民小组'],
      ],
      说明: [['本表由社区居委会填报'], ['联系人：居委会']],
      旧名单: { header: ['姓名', '住址'], rows: [['赵敏', '9号楼1单元101']], hidden: true },
    });
    expect(parsed.persons.map((p) => [p.sheet, p.name, p.group])).toEqual([
      ['第一居民小组', '王芳', '第一居民小组'],
      ['东组', '张强', '东组'],
      ['3组', '刘洋', '3组'],
      ['花名册', '陈静', undefined],
      ['花名册', '杨磊', '第五居民小组'],
    ]);
    expect([parsed.problems, parsed.doubts, parsed.skipped, parsed.unknownHeaders]).toEqual([[], [], [], []]);
  });

  it('passes over 小计, 合计 and 总计 rows and repeated header rows, and says so', async () => {
    const parsed = await read({
      名册: [
        ['序号', '姓名', '住址'],
        [1, '王芳', '3号楼1单元101'],
        ['小计', '1人'],
        ['序号', '姓名', '住址'],
        [2, '张强', '3号楼1单元102'],
        [null, '合计：2人'],
        ['总计', null, null],
        [],
        [null, null, null],
      ],
    });
    expect(parsed).toEqual({
      ...nothingElse,
      persons: [person({ name: '王芳' }), person({ name: '张强', row: 5, address: { ...FLAT_101, room: '102' } })],
      skipped: [
        { sheet: '名册', row: 3, reason: '小计行，已跳过' },
        { sheet: '名册', row: 4, reason: '重复的表头行，已跳过' },
        { sheet: '名册', row: 6, reason: '合计行，已跳过' },
        { sheet: '名册', row: 7, reason: '总计行，已跳过' },
      ],
    });
  });

  it('removes the spaces that line up two-character names, and rejects a row without a name', async () => {
    const parsed = await read({
      名册: [
        ['姓名', '住址'],
        ['王　芳', '3号楼1单元101'],
        ['', '3号楼1单元102'],
      ],
    });
    expect(parsed.persons).toEqual([person({ name: '王芳' })]);
    expect(parsed.problems).toEqual([{ sheet: '名册', row: 3, reason: '缺少姓名' }]);
  });
});

describe('households', () => {
  const household = (parsed: ParsedRoster) => parsed.persons.map((p) => [p.name, p.householdKey, p.householdRep]);

  it('by 户号, numbered within each 村民小组, however the number is typed', async () => {
    const parsed = await read(
      {
        一组: [
          ['姓名', '户号', '与户主关系'],
          ['李长顺', '1', '户主'],
          ['王秀兰', 1, '妻'],
          ['陈志强', '007', '户主'],
          ['周小燕', '7号', '妻'],
        ],
        二组: [
          ['姓名', '户号', '与户主关系'],
          ['王德明', '1', '户主'],
        ],
      },
      'village',
    );
    expect(household(parsed)).toEqual([
      ['李长顺', 'no:一组|1', true],
      ['王秀兰', 'no:一组|1', false],
      ['陈志强', 'no:一组|7', true],
      ['周小燕', 'no:一组|7', false],
      ['王德明', 'no:二组|1', true],
    ]);
    expect(parsed.persons.map((p) => p.address)).toEqual([
      { building: '一组', unit: '', room: '1' },
      { building: '一组', unit: '', room: '1' },
      { building: '一组', unit: '', room: '007' },
      { building: '一组', unit: '', room: '7号' },
      { building: '二组', unit: '', room: '1' },
    ]);
  });

  it('by 户主 and 与户主关系, with members written under their 户主 without an address', async () => {
    const parsed = await read({
      名册: [
        ['姓名', '户主姓名', '与户主关系', '住址'],
        ['张伟', '张伟', '户主', '3号楼1单元101'],
        ['李娜', '张伟', '妻', '3号楼1单元101'],
        ['张晨', '张伟', '长子', ''],
        ['刘洋', '', '户主', '3号楼1单元102'],
        ['陈静', '刘洋', '配偶', null],
      ],
    });
    expect(household(parsed)).toEqual([
      ['张伟', 'head:张伟|3|1|101', true],
      ['李娜', 'head:张伟|3|1|101', false],
      ['张晨', 'head:张伟|3|1|101', false],
      ['刘洋', 'head:刘洋|3|1|102', true],
      ['陈静', 'head:刘洋|3|1|102', false],
    ]);
    expect(parsed.persons[2].address).toEqual(FLAT_101);
  });

  it('never by a 户主 name alone', async () => {
    const parsed = await read({
      名册: [
        ['姓名', '户主姓名', '与户主关系', '住址'],
        ['王芳', '王建国', '妻', ''],
      ],
    });
    expect(parsed.persons).toEqual([]);
    expect(parsed.problems).toEqual([{ sheet: '名册', row: 2, reason: '无法确定所属户：只有户主姓名，没有住址或户号，不能只凭姓名认定一户' }]);
  });

  it('by the order of the rows: those under a 户主 at the same address are his household', async () => {
    const parsed = await read({
      名册: [
        ['姓名', '与户主关系', '住址'],
        ['张伟', '户主', '3号楼1单元101'],
        ['李娜', '妻', '3号楼1单元101'],
        ['张晨', '长子', ''],
        ['赵敏', '户主', '3号楼1单元101'], // a second household registered at the same flat
        ['钱立', '丈夫', '3号楼1单元101'],
        ['孙悦', '女儿', '3号楼1单元102'], // her 户主 is listed below her
        ['孙强', '户主', '3号楼1单元102'],
        ['周明', '', '3号楼1单元103'], // no 户主 at this flat: the flat is the household
      ],
    });
    expect(household(parsed)).toEqual([
      ['张伟', 'head:张伟|3|1|101', true],
      ['李娜', 'head:张伟|3|1|101', false],
      ['张晨', 'head:张伟|3|1|101', false],
      ['赵敏', 'head:赵敏|3|1|101', true],
      ['钱立', 'head:赵敏|3|1|101', false],
      ['孙悦', 'head:孙强|3|1|102', false],
      ['孙强', 'head:孙强|3|1|102', true],
      ['周明', 'addr:3|1|103', false],
    ]);
    expect(parsed.doubts).toEqual([{ sheet: '名册', row: 7, reason: '户主在此行之后（第8行），已归入该户主的户' }]);
  });

  it('does not carry a household across a blank row, and rejects a person it cannot place', async () => {
    const parsed = await read({
      名册: [['姓名', '与户主关系', '住址'], ['张伟', '户主', '3号楼1单元101'], [], ['张晨', '长子', ''], ['刘洋', '', '']],
    });
    expect(household(parsed)).toEqual([['张伟', 'head:张伟|3|1|101', true]]);
    expect(parsed.problems).toEqual([
      { sheet: '名册', row: 4, reason: '无法确定所属户：没有户号或住址，也不在某位户主之下' },
      { sheet: '名册', row: 5, reason: '无法确定所属户：没有户号或住址，也不在某位户主之下' },
    ]);
  });

  it('rejects the same name twice in one household, naming the first row, on any sheet', async () => {
    const parsed = await read(
      {
        一组: [
          ['姓名', '户号'],
          ['李长顺', '1'],
          ['李长顺', '2'],
          ['李长顺', '1'],
        ],
        二组: [
          ['姓名', '户号', '小组'],
          ['李长顺', '1', '一组'],
        ],
      },
      'village',
    );
    expect(household(parsed)).toEqual([
      ['李长顺', 'no:一组|1', false],
      ['李长顺', 'no:一组|2', false],
    ]);
    expect(parsed.problems).toEqual([
      { sheet: '一组', row: 4, reason: '与第2行重复（同一户中已有李长顺）' },
      { sheet: '二组', row: 2, reason: '与“一组”第2行重复（同一户中已有李长顺）' },
    ]);
  });

  it('has at most one 户代表: the one the 户代表 column names, else the 户主', async () => {
    const explicit = await read(
      {
        一组: [
          ['姓名', '户号', '与户主关系', '户代表'],
          ['李长顺', '1', '户主', ''],
          ['李建国', '1', '长子', '是'],
          ['王秀兰', '1', '妻', '是'],
          ['陈志强', '2', '户主', '否'],
        ],
      },
      'village',
    );
    expect(household(explicit)).toEqual([
      ['李长顺', 'no:一组|1', false],
      ['李建国', 'no:一组|1', true],
      ['王秀兰', 'no:一组|1', false],
      ['陈志强', 'no:一组|2', false],
    ]);
    expect(explicit.doubts).toEqual([{ sheet: '一组', row: 4, reason: '同一户已有户代表（第3行），此行未记为户代表' }]);

    const byHead = await read(
      {
        一组: [
          ['姓名', '户号', '与户主关系', '备注'],
          ['李长顺', '1', '户主', ''],
          ['李长福', '1', '本人', ''],
          ['陈志强', '2', '户主', '已故'],
          ['周小燕', '2', '妻', ''],
        ],
      },
      'village',
    );
    expect(household(byHead)).toEqual([
      ['李长顺', 'no:一组|1', true],
      ['李长福', 'no:一组|1', false],
      ['陈志强', 'no:一组|2', false],
      ['周小燕', 'no:一组|2', false],
    ]);
    expect(byHead.doubts).toEqual([{ sheet: '一组', row: 3, reason: '同一户已有户代表（第2行），此行未记为户代表' }]);
  });

  it('takes a 村 address as 村民小组 and 门牌, and the group from it', async () => {
    const parsed = await read(
      {
        名册: [
          ['姓名', '住址'],
          ['王德明', '东组12号'],
          ['刘玉珍', '青山村第三村民小组5户'],
        ],
      },
      'village',
    );
    // The workbook names one village only, so 青山村 tells no two homes apart and is dropped.
    expect(parsed.persons.map((p) => [p.address, p.householdKey, p.group])).toEqual([
      [{ building: '东组', unit: '', room: '12号' }, 'addr:东组||12', '东组'],
      [{ building: '第三村民小组', unit: '', room: '5户' }, 'addr:第三村民小组||5', '第三村民小组'],
    ]);
  });
});

describe('备注 and 状态: who has left', () => {
  const noted = (note: string, header = '备注') => withColumn(header, note);

  it.each<[string, RegisterRow['left']]>([
    ['迁出', { kind: 'moved_out' }],
    ['已迁出', { kind: 'moved_out' }],
    ['户口迁出', { kind: 'moved_out' }],
    ['2023年5月迁出', { kind: 'moved_out' }],
    ['2023年5月12日迁出', { kind: 'moved_out', on: '2023-05-12' }],
    ['已迁出（2023.5.12）', { kind: 'moved_out', on: '2023-05-12' }],
    ['迁出至杭州市', { kind: 'moved_out' }],
    ['注销户口', { kind: 'moved_out' }],
    ['户口注销', { kind: 'moved_out' }],
    ['已故', { kind: 'deceased' }],
    ['死亡', { kind: 'deceased' }],
    ['去世', { kind: 'deceased' }],
    ['病故', { kind: 'deceased' }],
    ['于2024年1月8日因病去世', { kind: 'deceased', on: '2024-01-08' }],
    ['2024.1.8 病故', { kind: 'deceased', on: '2024-01-08' }],
  ])('%j marks leaving', async (note, left) => {
    expect(await noted(note)).toEqual({ ...nothingElse, persons: [person({ name: '王芳', left })] });
  });

  it('reads the 状态 column the same way', async () => {
    expect((await noted('死亡', '状态')).persons).toEqual([person({ name: '王芳', left: { kind: 'deceased' } })]);
    expect(await noted('正常', '状态')).toEqual({ ...nothingElse, persons: [person({ name: '王芳' })] });
  });

  it.each(['迁入', '新迁入', '外出务工', '暂住', '出嫁未迁出', '未迁出', '户口未迁出', '空挂户', '长期在外', '低保户'])('%j does not', async (note) => {
    expect(await noted(note)).toEqual({ ...nothingElse, persons: [person({ name: '王芳' })] });
  });

  it.each(['拟迁出', '迁出？', '是否已故待核实', '不是死亡', '父亲去世后户主变更'])('%j keeps the person, for the committee to confirm', async (note) => {
    expect(await noted(note)).toEqual({
      ...nothingElse,
      persons: [person({ name: '王芳' })],
      doubts: [{ sheet: '名册', row: 2, reason: `备注“${note}”是否表示已迁出或去世，请核实` }],
    });
  });

  it('marks leaving without a date when the date in the note does not exist', async () => {
    expect(await noted('2023年2月30日迁出')).toEqual({
      ...nothingElse,
      persons: [person({ name: '王芳', left: { kind: 'moved_out' } })],
      doubts: [{ sheet: '名册', row: 2, reason: '备注中的日期“2023年2月30日”无效' }],
    });
  });
});

describe('phone numbers', () => {
  it.each<[CellValue, string]>([
    ['13812345678', '5678'],
    [13812345678, '5678'],
    ['+86 138-1234-5678', '5678'],
    ['0571-88881234', '1234'],
    ['5678', '5678'],
  ])('keeps only the last four digits of %j', async (phone, last4) => {
    const parsed = await withColumn('联系电话', phone);
    expect(parsed).toEqual({ ...nothingElse, persons: [person({ name: '王芳', phoneLast4: last4 })] });
    expect(JSON.stringify(parsed)).not.toContain('1381234');
  });

  it.each<[CellValue, string]>([
    ['12a4', '手机后四位无法识别（应为手机号或其后四位），未记录'],
    [123, '手机后四位无法识别（开头的0被Excel去掉了，请把该列设为文本格式），未记录'],
  ])('keeps the person but not %j', async (phone, reason) => {
    const parsed = await withColumn('手机后四位', phone);
    expect(parsed).toEqual({ ...nothingElse, persons: [person({ name: '王芳' })], doubts: [{ sheet: '名册', row: 2, reason }] });
  });
});

describe('yes/no columns', () => {
  it('keeps a person whose 是/否 cell says something else, recorded as 否 for the committee to confirm', async () => {
    const parsed = await withColumn('居民代表', '待定');
    expect(parsed).toEqual({
      ...nothingElse,
      persons: [person({ name: '王芳' })],
      doubts: [{ sheet: '名册', row: 2, reason: '居民代表“待定”应填是或否，暂按否记录' }],
    });
  });
});

describe('headers we do not know', () => {
  const sheets: Sheets = {
    名册: [
      ['序号', '姓名', '住址', '出生年份', '门洞', '门洞'],
      [1, '王芳', '3号楼1单元101', 1956, 'A', 'A'],
    ],
  };

  it('are reported, once per sheet, and not read', async () => {
    const parsed = await read(sheets);
    expect(parsed).toEqual({
      ...nothingElse,
      persons: [person({ name: '王芳' })],
      unknownHeaders: [
        { sheet: '名册', header: '出生年份' },
        { sheet: '名册', header: '门洞' },
      ],
    });
  });

  it('are read as the field the caller maps them to, or dropped', async () => {
    const parsed = await read(sheets, 'community', { 出生年份: 'birth', 门洞: 'ignore' });
    expect(parsed).toEqual({
      ...nothingElse,
      persons: [person({ name: '王芳', birth: { year: 1956 } })],
      doubts: [{ sheet: '名册', row: 2, reason: '出生日期只到年份' }],
    });
  });

  it('can make a sheet a register: the name column itself may be mapped', async () => {
    const names = {
      居住人员: [
        ['名字', '家'],
        ['王芳', '3号楼1单元101'],
      ],
    };
    await expect(read(names)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const parsed = await read(names, 'community', { 名字: 'name', 家: 'address' });
    expect(parsed).toEqual({ ...nothingElse, persons: [person({ sheet: '居住人员', name: '王芳' })] });
  });
});

describe('a file that cannot be used', () => {
  it('throws INVALID_INPUT for bytes that are not an .xlsx, and returns nothing', async () => {
    const error = await parseRoster(Buffer.from('姓名,住址\n王芳,3号楼1单元101\n'), 'community').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', message: '无法读取文件：请上传 Excel（.xlsx）文件' });
  });
});

describe('registers as committees keep them', () => {
  it('青山村: three 村民小组 sheets with 户号 and 与户主关系', async () => {
    const parsed = await parseRoster(await makeVillageRegister(), 'village');
    expect(parsed).toEqual({ units: [], ...expectedVillageRegister });
    expect(parsed.persons).toHaveLength(30);
    expect(new Set(parsed.persons.map((p) => p.householdKey)).size).toBe(9);
    expect(parsed.persons.filter((p) => p.householdRep)).toHaveLength(9);
    expect(parsed.persons.filter((p) => p.left).map((p) => [p.name, p.left])).toEqual([
      ['赵桂英', { kind: 'deceased' }],
      ['李建军', { kind: 'moved_out', on: '2023-05-12' }],
    ]);
    expect(parsed.doubts).toEqual([{ sheet: '二组', row: 3, reason: '出生日期只到月份' }]);
    expect(parsed.skipped.map((s) => s.reason)).toEqual(['合计行，已跳过', '合计行，已跳过', '合计行，已跳过']);
  });

  it('幸福里社区: one sheet with a title, 住址 strings, 户主, dates and ID numbers', async () => {
    const parsed = await parseRoster(await makeCommunityRegister(), 'community');
    expect(parsed).toEqual({ units: [], ...expectedCommunityRegister });
    expect(parsed.persons).toHaveLength(18);
    expect(new Set(parsed.persons.map((p) => p.householdKey)).size).toBe(7);
    // 赵国庆 has died, so his household has no 户代表 until the committee names one.
    expect(parsed.persons.filter((p) => p.householdRep).map((p) => p.name)).toEqual(['张伟', '刘建平', '杨光', '孙强', '郭涛', '马丽']);
    expect(parsed.persons.filter((p) => p.representative).map((p) => p.name)).toEqual(['刘建平', '孙强']);
    expect(parsed.persons.find((p) => p.name === '张晨')?.birth).toEqual({ year: 2001, month: 5, day: 5 }); // from the ID number
    expect(parsed.persons.find((p) => p.name === '孙德福')?.address).toEqual({ building: '7栋', unit: '1单元', room: '201室' });
    expect(JSON.stringify(parsed)).not.toMatch(/990101/);
  });
});
