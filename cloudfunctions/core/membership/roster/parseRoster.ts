import { Workbook, type CellValue, type Row, type Worksheet } from 'exceljs';
import { DomainError, type CommunityKind } from '@shared';

export type OwnerKind = 'person' | 'developer' | 'co_owners';

export interface RosterUnitRow {
  /** 1-based Excel row number, as the committee sees it. */
  row: number;
  /** 楼栋 (社区) or 村民小组 (村). */
  building: string;
  /** '' when the sheet has no 单元 column or the cell is blank. */
  unit: string;
  /** 房号 (社区) or 户号 (村). */
  room: string;
  /** Registered area in hundredths of m²; null only for a 村 that left it blank. */
  areaHundredths: number | null;
  ownerName?: string;
  ownerKind: OwnerKind;
  phoneLast4?: string;
}

export interface RosterResidentRow {
  row: number;
  name: string;
  building: string;
  unit: string;
  room: string;
  tenure: 'owner' | 'tenant';
  representative: boolean;
  phoneLast4?: string;
}

export interface RowProblem {
  sheet: string;
  row: number;
  reason: string;
}

export interface ParsedRoster {
  units: RosterUnitRow[];
  residents: RosterResidentRow[];
  problems: RowProblem[];
}

const UNITS_SHEET = '房屋台账';
const RESIDENTS_SHEET = '花名册';
const MAX_NAME = 30;
const MAX_ADDRESS_PART = 20;

type Field = 'building' | 'unit' | 'room' | 'area' | 'ownerName' | 'ownerKind' | 'phone' | 'name' | 'tenure' | 'representative';

/** Column headers as a 社区 writes them; a 村 may use its own words for some, and either is accepted. */
const COMMUNITY_HEADERS: Record<Field, string> = {
  building: '楼栋',
  unit: '单元',
  room: '房号',
  area: '面积',
  ownerName: '业主姓名',
  ownerKind: '业主类型',
  phone: '手机后四位',
  name: '姓名',
  tenure: '身份',
  representative: '居民代表',
};
const VILLAGE_HEADERS: Partial<Record<Field, string>> = { building: '村民小组', room: '户号', representative: '村民代表' };
const FIELD_BY_HEADER = new Map(
  [...Object.entries(COMMUNITY_HEADERS), ...Object.entries(VILLAGE_HEADERS)].map(([field, header]) => [header, field as Field]),
);

const OWNER_KINDS = new Map<string, OwnerKind>([
  ['', 'person'],
  ['个人', 'person'],
  ['开发商', 'developer'],
  ['共有', 'co_owners'],
]);
const TENURES = new Map<string, RosterResidentRow['tenure']>([
  ['业主', 'owner'],
  ['租户', 'tenant'],
  ['租客', 'tenant'],
]);
const YES_NO = new Map([
  ['', false],
  ['否', false],
  ['是', true],
]);

/**
 * Reads the committee's 房屋台账 and/or 花名册. A file we cannot use at all throws INVALID_INPUT,
 * so the caller changes nothing; a bad row is only left out and reported, so one typo does not
 * block the other few hundred households.
 */
export async function parseRoster(file: Buffer, kind: CommunityKind): Promise<ParsedRoster> {
  const workbook = new Workbook();
  try {
    // exceljs's typings declare their own ArrayBuffer-shaped Buffer, which Node's no longer matches; it reads a Node Buffer fine.
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('INVALID_INPUT', '无法读取文件：请上传 Excel（.xlsx）文件');
  }
  const worksheet = (name: string) => workbook.worksheets.find((ws) => ws.name.trim() === name);
  const unitsSheet = worksheet(UNITS_SHEET);
  const residentsSheet = worksheet(RESIDENTS_SHEET);
  if (!unitsSheet && !residentsSheet) {
    throw new DomainError('INVALID_INPUT', `文件中没有“${UNITS_SHEET}”或“${RESIDENTS_SHEET}”工作表`);
  }
  // Check both sheets' columns before reading any rows: a malformed file yields nothing.
  const unitColumns: Field[] = kind === 'community' ? ['building', 'room', 'area'] : ['building', 'room'];
  const units = unitsSheet && readSheet(unitsSheet, UNITS_SHEET, kind, unitColumns);
  const residents = residentsSheet && readSheet(residentsSheet, RESIDENTS_SHEET, kind, ['name', 'building', 'room', 'tenure']);

  const parsed: ParsedRoster = { units: [], residents: [], problems: [] };
  const firstRowOf = new Map<string, number>();
  for (const line of units ?? []) {
    const { value: unit, reasons } = parseUnit(line, kind);
    const address = JSON.stringify([unit.building, unit.unit, unit.room]);
    const first = firstRowOf.get(address);
    if (unit.building && unit.room && first !== undefined) {
      reasons.push(`与第${first}行重复（${unit.building}${unit.unit}${unit.room}）`);
    }
    if (reasons.length > 0) {
      parsed.problems.push({ sheet: UNITS_SHEET, row: line.row, reason: reasons.join('；') });
    } else {
      firstRowOf.set(address, line.row);
      parsed.units.push(unit);
    }
  }
  for (const line of residents ?? []) {
    const { value: resident, reasons } = parseResident(line);
    if (reasons.length > 0) parsed.problems.push({ sheet: RESIDENTS_SHEET, row: line.row, reason: reasons.join('；') });
    else parsed.residents.push(resident);
  }
  return parsed;
}

/** One non-blank data row: each known column's cell text, and the header it was found under. */
interface Line {
  row: number;
  text: (field: Field) => string;
  isNumber: (field: Field) => boolean;
  header: (field: Field) => string;
}

function readSheet(ws: Worksheet, sheet: string, kind: CommunityKind, required: Field[]): Line[] {
  const rows: Row[] = [];
  ws.eachRow((row) => rows.push(row)); // skips rows with no cells at all
  // The header is the first row naming a known column, so a title row above it does no harm.
  const headerAt = Math.max(0, rows.findIndex((row) => cellTexts(row).some((text) => FIELD_BY_HEADER.has(headerKey(text)))));
  const columns = new Map<Field, { col: number; header: string }>();
  rows[headerAt]?.eachCell((cell, col) => {
    const header = headerKey(cellText(cell.value));
    const field = FIELD_BY_HEADER.get(header);
    if (field && !columns.has(field)) columns.set(field, { col, header });
  });
  const missing = required.filter((field) => !columns.has(field)).map((field) => defaultHeader(field, kind));
  if (missing.length > 0) throw new DomainError('INVALID_INPUT', `“${sheet}”缺少列：${missing.join('、')}`, missing);

  const lines = rows.slice(headerAt + 1).map((row): Line => {
    const value = (field: Field) => {
      const column = columns.get(field);
      return column ? shownValue(row.getCell(column.col).value) : null;
    };
    return {
      row: row.number,
      text: (field) => cellText(value(field)),
      isNumber: (field) => typeof value(field) === 'number',
      header: (field) => columns.get(field)?.header ?? defaultHeader(field, kind),
    };
  });
  // A row whose known columns are all blank (spacing, stray formatting) is not a household.
  return lines.filter((line) => [...columns.keys()].some((field) => line.text(field) !== ''));
}

function parseUnit(line: Line, kind: CommunityKind): { value: RosterUnitRow; reasons: string[] } {
  const check = checker(line);
  const building = check.text('building', MAX_ADDRESS_PART, true);
  const unit = check.text('unit', MAX_ADDRESS_PART);
  const room = check.text('room', MAX_ADDRESS_PART, true);
  const areaText = line.text('area');
  let areaHundredths: number | null = null;
  if (areaText) areaHundredths = check.result(parseArea(areaText, line.header('area')));
  else if (kind === 'community') check.reasons.push(`缺少${line.header('area')}`);
  const ownerName = check.text('ownerName', MAX_NAME);
  const ownerKind = check.oneOf('ownerKind', OWNER_KINDS, '应为个人、开发商或共有') ?? 'person';
  const phoneLast4 = check.phone();
  const value: RosterUnitRow = { row: line.row, building, unit, room, areaHundredths, ownerKind };
  if (ownerName) value.ownerName = ownerName;
  if (phoneLast4) value.phoneLast4 = phoneLast4;
  return { value, reasons: check.reasons };
}

function parseResident(line: Line): { value: RosterResidentRow; reasons: string[] } {
  const check = checker(line);
  const name = check.text('name', MAX_NAME, true);
  const building = check.text('building', MAX_ADDRESS_PART, true);
  const unit = check.text('unit', MAX_ADDRESS_PART);
  const room = check.text('room', MAX_ADDRESS_PART, true);
  const tenure = check.oneOf('tenure', TENURES, '应为业主或租户', true);
  const representative = check.oneOf('representative', YES_NO, '应填是或否') ?? false;
  const phoneLast4 = check.phone();
  const value: RosterResidentRow = { row: line.row, name, building, unit, room, tenure: tenure ?? 'owner', representative };
  if (phoneLast4) value.phoneLast4 = phoneLast4;
  return { value, reasons: check.reasons };
}

/** Collects every reason a row is unusable, so the committee can fix it in one pass. */
function checker(line: Line) {
  const reasons: string[] = [];
  const present = (field: Field, required: boolean) => {
    const text = line.text(field);
    if (!text && required) reasons.push(`缺少${line.header(field)}`);
    return text;
  };
  return {
    reasons,
    text(field: Field, max: number, required = false): string {
      const text = present(field, required);
      if ([...text].length > max) reasons.push(`${line.header(field)}“${text}”超过${max}个字`);
      return text;
    },
    oneOf<T>(field: Field, allowed: Map<string, T>, hint: string, required = false): T | undefined {
      const text = present(field, required);
      if (text && !allowed.has(text)) reasons.push(`${line.header(field)}“${text}”${hint}`);
      return allowed.get(text);
    },
    result<T>(outcome: { value: T } | { reason: string }): T | null {
      if ('value' in outcome) return outcome.value;
      reasons.push(outcome.reason);
      return null;
    },
    phone(): string | undefined {
      const text = line.text('phone');
      if (!text || /^\d{4}$/.test(text)) return text || undefined;
      // Excel silently drops the leading 0 of 0123 typed into a number cell; we cannot know it was there.
      const lostZero = line.isNumber('phone') && /^\d{1,3}$/.test(text);
      const hint = lostZero ? '（开头的0被Excel去掉了，请把该列设为文本格式）' : '';
      reasons.push(`${line.header('phone')}“${text}”须为4位数字${hint}`);
      return undefined;
    },
  };
}

/** Area text → hundredths of m², by decimal-string arithmetic so "102.35" is exactly 10235. */
function parseArea(text: string, header: string): { value: number } | { reason: string } {
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { reason: `${header}“${text}”不是有效数字` };
  const [, sign, whole, fraction = ''] = match;
  const decimals = fraction.replace(/0+$/, '');
  const hundredths = Number(whole + decimals.padEnd(2, '0'));
  if (sign === '-' || hundredths === 0) return { reason: `${header}“${text}”须大于0` };
  if (decimals.length > 2) return { reason: `${header}“${text}”最多保留两位小数` };
  if (!Number.isSafeInteger(hundredths)) return { reason: `${header}“${text}”不是有效数字` };
  return { value: hundredths };
}

/** "面积（㎡）", "面积(m²)" and " 面积 " all name the 面积 column. */
function headerKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/(㎡|m²|m2|平方米)$/i, '');
}

function defaultHeader(field: Field, kind: CommunityKind): string {
  return (kind === 'village' && VILLAGE_HEADERS[field]) || COMMUNITY_HEADERS[field];
}

function cellTexts(row: Row): string[] {
  const texts: string[] = [];
  row.eachCell((cell) => texts.push(cellText(cell.value)));
  return texts;
}

/** A formula shows its cached result (merged cells already show their master's value in exceljs). */
function shownValue(value: CellValue): CellValue {
  return value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value) ? (value.result ?? null) : value;
}

/** The trimmed text a person sees in the cell. */
function cellText(value: CellValue): string {
  const shown = shownValue(value);
  if (shown === null || shown === undefined) return '';
  if (typeof shown === 'number') return numberText(shown);
  if (typeof shown === 'string') return shown.trim();
  if (typeof shown === 'boolean') return shown ? 'TRUE' : 'FALSE';
  if (shown instanceof Date) return shown.toISOString().slice(0, 10);
  if ('richText' in shown) return shown.richText.map((run) => run.text).join('').trim();
  if ('error' in shown) return shown.error;
  // A hyperlink's text may itself be rich text.
  if ('hyperlink' in shown) return cellText(shown.text as CellValue);
  return '';
}

/**
 * Excel shows at most 15 significant digits, so a stored 30.599999999999998 reads as 30.6, as the
 * committee saw it; plain String() would leak that float noise into the area check.
 */
function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const text = n.toPrecision(15);
  return text.includes('e') ? text : text.replace(/\.?0+$/, '');
}
