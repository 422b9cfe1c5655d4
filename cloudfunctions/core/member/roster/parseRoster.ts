import { Workbook, type Row, type Worksheet } from 'exceljs';
import { DomainError, type CommunityKind } from '@shared';
import { cellText, cellTexts, shownValue } from './cells';
import { findRegisterLayout, headerMapOf, readRegister, type RegisterField, type RegisterRow, type RowProblem, type UnknownHeader } from './parseRegister';

export type { RegisterField, RegisterRow } from './parseRegister';

type OwnerKind = 'person' | 'developer' | 'co_owners';

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

export interface ParsedRoster {
  units: RosterUnitRow[];
  /** Everyone on the 居民／村民名册 sheets, with their household. */
  persons: RegisterRow[];
  /** Rows left out, with why. */
  problems: RowProblem[];
  /** Rows kept that the committee must confirm (a birth known only to the month, a note not understood). */
  doubts: RowProblem[];
  /** Rows deliberately passed over: 小计／合计 rows, repeated header rows. */
  skipped: RowProblem[];
  /** Register headers we do not know; the caller may map them with headerMap and read again. */
  unknownHeaders: UnknownHeader[];
}

const UNITS_SHEET = '房屋台账';
const MAX_NAME = 30;
const MAX_ADDRESS_PART = 20;

type Field = 'building' | 'unit' | 'room' | 'area' | 'ownerName' | 'ownerKind' | 'phone';

/** Column headers as a 社区 writes them; a 村 may use its own words for some, and either is accepted. */
const COMMUNITY_HEADERS: Record<Field, string> = {
  building: '楼栋',
  unit: '单元',
  room: '房号',
  area: '面积',
  ownerName: '业主姓名',
  ownerKind: '业主类型',
  phone: '手机后四位',
};
const VILLAGE_HEADERS: Partial<Record<Field, string>> = { building: '村民小组', room: '户号' };
const FIELD_BY_HEADER = new Map([...Object.entries(COMMUNITY_HEADERS), ...Object.entries(VILLAGE_HEADERS)].map(([field, header]) => [header, field as Field]));

const OWNER_KINDS = new Map<string, OwnerKind>([
  ['', 'person'],
  ['个人', 'person'],
  ['开发商', 'developer'],
  ['共有', 'co_owners'],
]);

const NO_ROSTER = '文件中没有“房屋台账”工作表，也没有居民／村民名册（须有“姓名”列，以及住址、户号或户主等列）';

/**
 * Reads the committee's 房屋台账 and its 居民／村民名册, which may be any other sheet or sheets
 * with a 姓名 column, as the committee keeps them. A file we cannot use at all throws
 * INVALID_INPUT, so the caller changes nothing; a bad row is only left out and reported, so one
 * typo does not block the other few hundred households.
 */
export async function parseRoster(file: Buffer, kind: CommunityKind, headerMap: Record<string, RegisterField> = {}): Promise<ParsedRoster> {
  const workbook = new Workbook();
  try {
    // exceljs's typings declare their own ArrayBuffer-shaped Buffer, which Node's no longer matches; it reads a Node Buffer fine.
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('INVALID_INPUT', '无法读取文件：请上传 Excel（.xlsx）文件');
  }
  const unitsSheet = workbook.worksheets.find((ws) => ws.name.trim() === UNITS_SHEET);
  // A hidden sheet is usually an old list or a lookup table, not the register in use.
  const others = workbook.worksheets.filter((ws) => ws !== unitsSheet && ws.state === 'visible');
  const found = others.map((ws) => findRegisterLayout(ws, headerMapOf(headerMap)));
  const layouts = found.flatMap((f) => (f.layout ? [f.layout] : []));
  const unknownHeaders = found.flatMap((f) => f.unknownHeaders);
  if (!unitsSheet && layouts.length === 0) {
    const unknown = unknownHeaders.map((h) => h.header);
    throw new DomainError('INVALID_INPUT', unknown.length > 0 ? `${NO_ROSTER}；无法识别的列：${unknown.join('、')}` : NO_ROSTER, unknown);
  }
  // Check the 房屋台账's columns before reading any rows: a malformed file yields nothing.
  const unitColumns: Field[] = kind === 'community' ? ['building', 'room', 'area'] : ['building', 'room'];
  const units = unitsSheet ? readUnits(readSheet(unitsSheet, UNITS_SHEET, kind, unitColumns), kind) : { units: [], problems: [] };
  const register = readRegister(layouts, kind);
  return { ...register, units: units.units, problems: [...units.problems, ...register.problems], unknownHeaders };
}

function readUnits(lines: Line[], kind: CommunityKind): { units: RosterUnitRow[]; problems: RowProblem[] } {
  const read: { units: RosterUnitRow[]; problems: RowProblem[] } = { units: [], problems: [] };
  const firstRowOf = new Map<string, number>();
  for (const line of lines) {
    const { value: unit, reasons } = parseUnit(line, kind);
    const address = JSON.stringify([unit.building, unit.unit, unit.room]);
    const first = firstRowOf.get(address);
    if (unit.building && unit.room && first !== undefined) {
      reasons.push(`与第${first}行重复（${unit.building}${unit.unit}${unit.room}）`);
    }
    if (reasons.length > 0) {
      read.problems.push({ sheet: UNITS_SHEET, row: line.row, reason: reasons.join('；') });
    } else {
      firstRowOf.set(address, line.row);
      read.units.push(unit);
    }
  }
  return read;
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
  const headerAt = Math.max(
    0,
    rows.findIndex((row) => cellTexts(row).some((text) => FIELD_BY_HEADER.has(headerKey(text)))),
  );
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
