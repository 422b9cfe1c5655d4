import type { CellValue, Row, Worksheet } from 'exceljs';
import { addressKey, type Address, type Birth, type CommunityKind, type RegisterField } from '@shared';
import { cellText, cellTexts } from './cells';
import {
  birthFromIdNumber,
  birthOf,
  halfWidth,
  leavingOf,
  namesGroup,
  phoneLast4Of,
  splitAddress,
  tenureOf,
  yesNoOf,
  type Reading,
  type Left,
  type WrittenAddress,
} from './registerValues';

export type { RegisterField };

/** One person on the 居民／村民名册, as the electorate needs them (RULES.md "Who is the electorate"). */
export interface RegisterRow {
  sheet: string;
  /** 1-based Excel row. */
  row: number;
  name: string;
  /** 社区: 楼栋/单元/房号; 村: building = 村民小组, room = 户号, unit ''. */
  address: { building: string; unit: string; room: string };
  /** The 户 in the community, never by a name alone: `no:<户号>`, `addr:<addressKey>` or `head:<户主>|<addressKey>`. */
  householdKey: string;
  /** 与户主关系 as written (户主, 妻, 长子, 儿媳, …). */
  relation?: string;
  /** 户代表: the explicit column, else the 户主; at most one per household, and a household may have none. */
  householdRep: boolean;
  /** Never guessed: only what the sheet says, or the date in a valid ID number. */
  birth?: Birth;
  /** 居民小组／村民小组: a column, else the sheet's name when it names a group, else for a 村 the address's group. */
  group?: string;
  representative: boolean;
  collectiveMember: boolean;
  collectiveRepresentative: boolean;
  tenure?: 'owner' | 'tenant';
  /** Only the last 4 digits are ever kept. */
  phoneLast4?: string;
  left?: Left;
}

export interface RowProblem {
  sheet: string;
  row: number;
  reason: string;
}

export interface UnknownHeader {
  sheet: string;
  header: string;
}

export interface RegisterReading {
  persons: RegisterRow[];
  /** Rows left out. */
  problems: RowProblem[];
  /** Rows kept that the committee must confirm. */
  doubts: RowProblem[];
  /** Rows deliberately passed over (合计 rows, repeated headers). */
  skipped: RowProblem[];
}

// ---------------------------------------------------------------------------------------------
// Headers

type ReadField = Exclude<RegisterField, 'ignore'>;

/** The words committees head their columns with; the first of each is how a reason names a missing one. */
const REGISTER_HEADERS: Record<ReadField, string[]> = {
  name: ['姓名', '居民姓名', '村民姓名', '成员姓名', '人员姓名'],
  birth: ['出生日期', '出生年月', '出生年月日', '生日', '出生时间'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证', '身份证件号码', '证件号码'],
  address: ['住址', '地址', '家庭住址', '现住址', '居住地址', '现居住地址', '家庭地址', '户籍地址'],
  building: ['楼栋', '楼号', '栋号', '楼栋号', '幢号'],
  unit: ['单元', '单元号'],
  room: ['房号', '门牌号', '房间号', '室号', '门牌'],
  householdNo: ['户号', '户编号', '户口编号'],
  householdHeadName: ['户主姓名', '户主'],
  relation: ['与户主关系', '与户主的关系', '家庭关系', '关系'],
  householdRep: ['户代表'],
  group: ['居民小组', '村民小组', '小组', '组别', '所属小组'],
  representative: ['居民代表', '村民代表', '代表'],
  collectiveMember: ['集体经济组织成员', '集体成员'],
  collectiveRepresentative: ['成员代表'],
  tenure: ['身份'],
  phone: ['手机后四位', '联系电话', '电话', '手机号', '手机', '手机号码', '电话号码', '联系方式'],
  note: ['备注'],
  status: ['状态', '人员状态'],
};

/** Columns a register often has that the electorate does not need: passed over without a word. */
const UNUSED_HEADERS = [
  '序号',
  '编号',
  '性别',
  '民族',
  '年龄',
  '籍贯',
  '文化程度',
  '学历',
  '政治面貌',
  '婚姻状况',
  '工作单位',
  '职业',
  '职务',
  '宗教信仰',
  '兵役状况',
  '健康状况',
  '户口性质',
  '户籍性质',
  '血型',
  '身高',
  '签名',
];

const FIELD_BY_HEADER = new Map<string, RegisterField>([
  ...Object.entries(REGISTER_HEADERS).flatMap(([field, headers]) => headers.map((h): [string, RegisterField] => [h, field as ReadField])),
  ...UNUSED_HEADERS.map((h): [string, RegisterField] => [h, 'ignore']),
]);
const YES_NO_FIELDS = new Set<RegisterField>(['householdRep', 'representative', 'collectiveMember', 'collectiveRepresentative']);

/** "出生日期\n（年月日）", "＊姓名：" and " 户 号 " name the columns 出生日期, 姓名 and 户号. */
function headerKey(text: string): string {
  return halfWidth(text)
    .replace(/\s+/g, '')
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/^[*＊※]+|[:：]$/g, '');
}

/** The caller's mapping first, so a committee may also reread a header we know. */
function fieldOf(header: string, headerMap: Map<string, RegisterField>): RegisterField | undefined {
  const key = headerKey(header);
  const field = headerMap.get(key) ?? FIELD_BY_HEADER.get(key);
  if (field) return field;
  // 是否居民代表 asks the same yes/no question as 居民代表.
  const asked = FIELD_BY_HEADER.get(/^是否为?(.+)$/.exec(key)?.[1] ?? '');
  return asked && YES_NO_FIELDS.has(asked) ? asked : undefined;
}

export function headerMapOf(map: Record<string, RegisterField>): Map<string, RegisterField> {
  return new Map(Object.entries(map).map(([header, field]) => [headerKey(header), field]));
}

// ---------------------------------------------------------------------------------------------
// Finding a register sheet

/** Where a register sheet's columns are; a field may sit in several columns (电话 and 手机号). */
export interface RegisterLayout {
  ws: Worksheet;
  sheet: string;
  headerRow: number;
  columns: Map<ReadField, { col: number; header: string }[]>;
  /** The sheet's name when it names a 居民／村民小组 (一组, 第一居民小组, 东组). */
  group?: string;
}

/** Titles and notes sit above the header; a header this far down is not one. */
const HEADER_SEARCH_ROWS = 30;

interface HeaderCell {
  col: number;
  header: string;
  field?: RegisterField;
}

/**
 * The first row with 姓名 and another known column is the header. A row with 姓名 among only
 * unknown columns still has its headers reported, so the committee can say what they are.
 */
export function findRegisterLayout(ws: Worksheet, headerMap: Map<string, RegisterField>): { layout?: RegisterLayout; unknownHeaders: UnknownHeader[] } {
  let namesOnly: HeaderCell[] | undefined;
  for (let n = 1; n <= Math.min(ws.rowCount, HEADER_SEARCH_ROWS); n++) {
    const row = ws.findRow(n);
    if (!row) continue;
    const cells = headerCells(row, headerMap);
    const known = cells.filter((c) => c.field);
    if (!known.some((c) => c.field === 'name')) continue;
    const sheet = ws.name;
    if (known.some((c) => c.field !== 'name')) {
      return { layout: layoutOf(ws, n, cells), unknownHeaders: unknownOf(sheet, cells) };
    }
    namesOnly ??= cells;
  }
  return { unknownHeaders: namesOnly ? unknownOf(ws.name, namesOnly) : [] };
}

function headerCells(row: Row, headerMap: Map<string, RegisterField>): HeaderCell[] {
  const cells: HeaderCell[] = [];
  row.eachCell((cell, col) => {
    const header = cellText(cell.value).replace(/\s+/g, '');
    if (header) cells.push({ col, header, field: fieldOf(header, headerMap) });
  });
  return cells;
}

function layoutOf(ws: Worksheet, headerRow: number, cells: HeaderCell[]): RegisterLayout {
  const columns = new Map<ReadField, { col: number; header: string }[]>();
  for (const { col, header, field } of cells) {
    if (!field || field === 'ignore') continue;
    columns.set(field, [...(columns.get(field) ?? []), { col, header }]);
  }
  const name = ws.name.trim();
  return { ws, sheet: ws.name, headerRow, columns, ...(namesGroup(name) ? { group: name } : {}) };
}

function unknownOf(sheet: string, cells: HeaderCell[]): UnknownHeader[] {
  // A header merged across columns repeats its text in each of them.
  const headers = new Set(cells.filter((c) => !c.field).map((c) => c.header));
  return [...headers].map((header) => ({ sheet, header }));
}

// ---------------------------------------------------------------------------------------------
// Reading rows

/** One data row: each field's first non-blank cell, and the header it was found under. */
interface Line {
  row: number;
  text: (field: ReadField) => string;
  value: (field: ReadField) => CellValue;
  header: (field: ReadField) => string;
  has: (field: ReadField) => boolean;
}

function lineOf(row: Row, layout: RegisterLayout): Line {
  const cellOf = (field: ReadField) =>
    (layout.columns.get(field) ?? []).map((c) => ({ value: row.getCell(c.col).value, header: c.header })).find((c) => cellText(c.value) !== '');
  return {
    row: row.number,
    text: (field) => cellText(cellOf(field)?.value ?? null),
    value: (field) => cellOf(field)?.value ?? null,
    header: (field) => cellOf(field)?.header ?? layout.columns.get(field)?.[0].header ?? REGISTER_HEADERS[field][0],
    has: (field) => layout.columns.has(field),
  };
}

const TOTAL_ROW = /^(小计|合计|总计|共计)/;

/** 小计 and 合计 rows count people already listed; a repeated header row (printed per page) is no one. */
function skipReason(row: Row, line: Line): string | undefined {
  const total = cellTexts(row)
    .map((text) => TOTAL_ROW.exec(text.replace(/\s+/g, ''))?.[1])
    .find(Boolean);
  if (total) return `${total}行，已跳过`;
  if (FIELD_BY_HEADER.get(headerKey(line.text('name'))) === 'name') return '重复的表头行，已跳过';
  return undefined;
}

const isBlank = (line: Line, layout: RegisterLayout) => [...layout.columns.keys()].every((field) => line.text(field) === '');

const MAX_NAME = 30;
/** 户口本 words for the 户主 himself; 户 主 with a space is the same word. */
const isHeadRelation = (relation: string) => /^(户主|本人)$/.test(relation.replace(/\s+/g, ''));

/** A person row as read, before the workbook as a whole places them in a household. */
interface Draft {
  sheet: string;
  row: number;
  name: string;
  relation?: string;
  /** This person is the 户主. */
  head: boolean;
  householdNo: string;
  headName: string;
  /** The row's own address cells: 住址 as written, and 楼栋/单元/房号. */
  written?: WrittenAddress;
  building: string;
  unit: string;
  room: string;
  group?: string;
  /** The 户代表 column's answer; undefined when the sheet has no such column. */
  explicitRep?: boolean;
  facts: Omit<RegisterRow, 'sheet' | 'row' | 'name' | 'address' | 'householdKey' | 'relation' | 'householdRep' | 'group'>;
  /** A blank row, a 合计 row or a repeated header came just before: the row above is another block. */
  afterBreak: boolean;
  problems: string[];
  doubts: string[];
}

function readSheet(layout: RegisterLayout, kind: CommunityKind, skipped: RowProblem[]): Draft[] {
  const drafts: Draft[] = [];
  let lastRow = layout.headerRow;
  let afterBreak = true;
  layout.ws.eachRow((row) => {
    if (row.number <= layout.headerRow) return;
    // eachRow passes over rows that have no cells at all: a gap in the numbers is a blank row.
    if (row.number !== lastRow + 1) afterBreak = true;
    lastRow = row.number;
    const line = lineOf(row, layout);
    // A 合计 row may carry its word only in the 序号 column, which is otherwise not read.
    const skip = skipReason(row, line);
    if (skip) skipped.push({ sheet: layout.sheet, row: row.number, reason: skip });
    if (skip || isBlank(line, layout)) {
      afterBreak = true;
      return;
    }
    drafts.push(readPerson(line, layout, kind, afterBreak));
    afterBreak = false;
  });
  return drafts;
}

const personName = (text: string) => text.replace(/\s+/g, ''); // 王　伟 is padded to line up with three-character names

function readPerson(line: Line, layout: RegisterLayout, kind: CommunityKind, afterBreak: boolean): Draft {
  const problems: string[] = [];
  const doubts: string[] = [];
  const take = <T>(reading: Reading<T>): T | undefined => {
    if (reading.problem) problems.push(reading.problem);
    if (reading.doubt) doubts.push(reading.doubt);
    return reading.value;
  };
  const name = personName(line.text('name'));
  if (!name) problems.push(`缺少${line.header('name')}`);
  else if ([...name].length > MAX_NAME) problems.push(`${line.header('name')}“${name}”超过${MAX_NAME}个字`);
  const relation = line.text('relation') || undefined;
  const headName = personName(line.text('householdHeadName')) || (relation && isHeadRelation(relation) && line.has('householdHeadName') ? name : '');
  const address = line.text('address');
  const facts: Draft['facts'] = {
    representative: take(yesNoOf(line.value('representative'), line.header('representative'))) ?? false,
    collectiveMember: take(yesNoOf(line.value('collectiveMember'), line.header('collectiveMember'))) ?? false,
    collectiveRepresentative: take(yesNoOf(line.value('collectiveRepresentative'), line.header('collectiveRepresentative'))) ?? false,
  };
  const birth = birthFrom(line, take);
  const tenure = take(tenureOf(line.value('tenure'), line.header('tenure')));
  const phoneLast4 = take(phoneLast4Of(line.value('phone'), line.header('phone')));
  const left = leftFrom(line, take);
  Object.assign(facts, birth && { birth }, tenure && { tenure }, phoneLast4 && { phoneLast4 }, left && { left });
  return {
    sheet: layout.sheet,
    row: line.row,
    name,
    ...(relation ? { relation } : {}),
    head: relation ? isHeadRelation(relation) : headName !== '' && headName === name,
    householdNo: line.text('householdNo'),
    headName,
    ...(address ? { written: splitAddress(address, kind) } : {}),
    building: line.text('building'),
    unit: line.text('unit'),
    room: line.text('room'),
    ...groupOf(line, layout),
    ...(line.has('householdRep') ? { explicitRep: take(yesNoOf(line.value('householdRep'), line.header('householdRep'))) } : {}),
    facts,
    afterBreak,
    problems,
    doubts,
  };
}

/** 居民小组／村民小组: the column, else the sheet's name when it names a group. */
function groupOf(line: Line, layout: RegisterLayout): { group?: string } {
  const group = line.text('group') || layout.group;
  return group ? { group } : {};
}

type Take = <T>(reading: Reading<T>) => T | undefined;

/** The birth column when it has a value; only otherwise the date in the ID number, which is then forgotten. */
function birthFrom(line: Line, take: Take): Birth | undefined {
  if (line.text('birth')) return take(birthOf(line.value('birth'), line.header('birth')));
  if (line.text('idNumber')) return take(birthFromIdNumber(line.value('idNumber'), line.header('idNumber')));
  if (line.has('birth') || line.has('idNumber')) take({ doubt: '缺少出生日期' });
  return undefined;
}

/** 状态 and 备注 may each say the person has gone; one that gives the date is preferred. */
function leftFrom(line: Line, take: Take): RegisterRow['left'] {
  const byStatus = take(leavingOf(line.text('status'), line.header('status')));
  const byNote = take(leavingOf(line.text('note'), line.header('note')));
  return byStatus?.on || !byNote ? byStatus : byNote;
}

// ---------------------------------------------------------------------------------------------
// Addresses and households

/**
 * A committee often writes its own 小区 or 村 before every address (幸福里3栋…). When the whole
 * workbook names one such place it tells no two homes apart and is dropped, so 3栋 matches the
 * 房屋台账's 3号楼; when it names several, 幸福里3栋 and 阳光苑3栋 are different buildings.
 */
function sharedPlace(drafts: Draft[]): string | undefined {
  const places = new Set(drafts.flatMap((d) => (d.written && !d.written.whole && d.written.place ? [d.written.place] : [])));
  return places.size === 1 ? [...places][0] : undefined;
}

interface Home {
  address: Address;
  /** It tells one home from another: a 房号／户号, or a whole address that could not be split. */
  placeable: boolean;
}

/** The address the row itself gives, undefined when its address cells are all blank. */
function homeOf(d: Draft, kind: CommunityKind, place: string | undefined): Home | undefined {
  const w = d.written && { ...d.written, building: d.written.place === place ? d.written.building : d.written.place + d.written.building };
  if (kind === 'village') {
    const room = d.householdNo || d.room || (w && !w.whole ? w.room : '');
    if (room) return { address: { building: d.group ?? w?.building ?? d.building, unit: '', room }, placeable: true };
    if (w?.whole) return { address: { building: w.building, unit: '', room: '' }, placeable: true };
    return d.building ? { address: { building: d.building, unit: '', room: '' }, placeable: false } : undefined;
  }
  if (d.building || d.unit || d.room) return { address: { building: d.building, unit: d.unit, room: d.room }, placeable: d.room !== '' };
  if (w) return { address: { building: w.building, unit: w.unit, room: w.room }, placeable: w.whole || w.room !== '' };
  return undefined;
}

const EMPTY_ADDRESS: Address = { building: '', unit: '', room: '' };
const isEmpty = (a: Address) => !a.building && !a.unit && !a.room;

/** 户号 as typed in a number or a text cell, with or without 号: 007, ７号 and 7 are one. */
function numberKey(no: string): string {
  const written = halfWidth(no)
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/[号户]$/, '');
  return /^\d+$/.test(written) ? String(Number(written)) : written;
}

/**
 * 户号 are often numbered per 村民小组 (一组 户1, 二组 户1), so a known group is part of the key;
 * one household never spans two groups, so this never splits one.
 */
export const byNumber = (no: string, group?: string) => `no:${group ? `${personName(group)}|` : ''}${numberKey(no)}`;
const byHead = (head: string, address: Address) => `head:${head}|${addressKey(address)}`;
const byAddress = (address: Address) => `addr:${addressKey(address)}`;

interface Placed {
  draft: Draft;
  address: Address;
  householdKey?: string;
}

/** The household a row names itself: by 户号, by 户主 and address, or as the 户主 at its address. */
function ownHousehold(d: Draft, home: Home | undefined, kind: CommunityKind): string | undefined {
  if (d.householdNo) return byNumber(d.householdNo, d.group);
  const address = home?.address ?? (kind === 'village' && d.group ? { ...EMPTY_ADDRESS, building: d.group } : undefined);
  if (d.headName) return address && !isEmpty(address) ? byHead(d.headName, address) : undefined;
  if (d.head && home?.placeable) return byHead(d.name, home.address);
  return undefined;
}

/**
 * Places a sheet's rows in households. A row that names none joins the 户主 at its address (the
 * nearest above it, else the one below it, which is worth a look), or, with no address of its
 * own, the household of the row just above when its 与户主关系 says it belongs to a family;
 * else its address is its household. Nothing ever rests on a name alone.
 */
function placeSheet(drafts: Draft[], kind: CommunityKind, place: string | undefined): Placed[] {
  const homes = drafts.map((d) => homeOf(d, kind, place));
  const placed: Placed[] = drafts.map((d, i) => {
    const householdKey = ownHousehold(d, homes[i], kind);
    return { draft: d, address: homes[i]?.address ?? EMPTY_ADDRESS, ...(householdKey ? { householdKey } : {}) };
  });
  const headsAt = new Map<string, Placed[]>();
  placed.forEach((p, i) => {
    if (!p.draft.head || !p.householdKey || !homes[i]?.placeable || p.draft.problems.length > 0) return;
    const key = addressKey(p.address);
    headsAt.set(key, [...(headsAt.get(key) ?? []), p]);
  });
  let above: Placed | undefined;
  placed.forEach((p, i) => {
    const d = p.draft;
    if (d.afterBreak) above = undefined;
    if (!p.householdKey) {
      if (!homes[i] && above && belongsAbove(d, above.draft)) Object.assign(p, { address: above.address, householdKey: above.householdKey });
      else if (d.headName) d.problems.push('无法确定所属户：只有户主姓名，没有住址或户号，不能只凭姓名认定一户');
      else if (homes[i]?.placeable) p.householdKey = householdAtAddress(p, headsAt.get(addressKey(p.address)) ?? []) ?? byAddress(p.address);
      else d.problems.push('无法确定所属户：没有户号或住址，也不在某位户主之下');
    }
    if (d.problems.length === 0) above = p;
  });
  return placed;
}

/** A family member (妻, 长子) written under their household without an address of their own. */
function belongsAbove(d: Draft, above: Draft): boolean {
  const family = d.relation !== undefined && !d.head;
  return family && (!d.headName || d.headName === above.headName || d.headName === above.name);
}

/** The 户主 at the row's address: the nearest above it, else the first below it. */
function householdAtAddress(p: Placed, here: Placed[]): string | undefined {
  const above = here.filter((h) => h.draft.row < p.draft.row).pop();
  if (above) return above.householdKey;
  const below = here[0];
  if (below) p.draft.doubts.push(`户主在此行之后（第${below.draft.row}行），已归入该户主的户`);
  return below?.householdKey;
}

// ---------------------------------------------------------------------------------------------
// The workbook as a whole

const rowName = (at: { sheet: string; row: number }, from: string) => (at.sheet === from ? `第${at.row}行` : `“${at.sheet}”第${at.row}行`);

/**
 * Reads every register sheet. Households are worked out across the whole workbook, so a person
 * listed twice on different sheets is caught, and one household has at most one 户代表.
 */
export function readRegister(layouts: RegisterLayout[], kind: CommunityKind): RegisterReading {
  const skipped: RowProblem[] = [];
  const sheets = layouts.map((layout) => readSheet(layout, kind, skipped));
  const place = sharedPlace(sheets.flat());
  const placed = sheets.flatMap((drafts) => placeSheet(drafts, kind, place));
  rejectDuplicates(placed);
  const kept = placed.filter((p) => p.draft.problems.length === 0);
  const persons = kept.map((p) => personOf(p, kind));
  chooseHouseholdReps(
    persons,
    kept.map((p) => p.draft),
  );
  const order = new Map(layouts.map((l, i) => [l.sheet, i]));
  const bySheetAndRow = (a: RowProblem, b: RowProblem) => order.get(a.sheet)! - order.get(b.sheet)! || a.row - b.row;
  const reasons = (list: Placed[], of: (d: Draft) => string[]) =>
    list.flatMap(({ draft: d }) => (of(d).length > 0 ? [{ sheet: d.sheet, row: d.row, reason: of(d).join('；') }] : []));
  return {
    persons,
    problems: reasons(placed, (d) => d.problems).sort(bySheetAndRow),
    doubts: reasons(kept, (d) => d.doubts).sort(bySheetAndRow),
    skipped: skipped.sort(bySheetAndRow),
  };
}

function rejectDuplicates(placed: Placed[]) {
  const first = new Map<string, Draft>();
  for (const { draft: d, householdKey } of placed) {
    if (!householdKey || d.problems.length > 0) continue;
    const key = `${householdKey}\u0000${d.name}`;
    const earlier = first.get(key);
    if (earlier) d.problems.push(`与${rowName(earlier, d.sheet)}重复（同一户中已有${d.name}）`);
    else first.set(key, d);
  }
}

function personOf({ draft: d, address, householdKey }: Placed, kind: CommunityKind): RegisterRow {
  // A 村's address names its group (东组12号) when neither a column nor the sheet does.
  const group = d.group ?? (kind === 'village' && namesGroup(address.building) ? address.building : undefined);
  return {
    sheet: d.sheet,
    row: d.row,
    name: d.name,
    address,
    householdKey: householdKey!,
    ...(d.relation ? { relation: d.relation } : {}),
    householdRep: false,
    ...d.facts,
    ...(group ? { group } : {}),
  };
}

/**
 * The 户代表 is whom the 户代表 column names, else the 户主. One who has left cannot act for the
 * household, and a second one in the same household is kept as a member only.
 */
function chooseHouseholdReps(persons: RegisterRow[], drafts: Draft[]) {
  const repOf = new Map<string, RegisterRow>();
  persons.forEach((person, i) => {
    const d = drafts[i];
    const named = d.explicitRep ?? d.head;
    if (!named) return;
    if (person.left) {
      if (d.explicitRep) d.doubts.push('已迁出或去世，未记为户代表');
      return;
    }
    const earlier = repOf.get(person.householdKey);
    if (earlier) {
      d.doubts.push(`同一户已有户代表（${rowName(earlier, person.sheet)}），此行未记为户代表`);
      return;
    }
    repOf.set(person.householdKey, person);
    person.householdRep = true;
  });
}
