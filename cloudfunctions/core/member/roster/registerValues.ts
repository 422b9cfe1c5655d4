import type { CellValue } from 'exceljs';
import type { Birth, CommunityKind } from '@shared';
import { cellText, numberText, shownValue } from './cells';

/**
 * How one register cell reads: a value, and/or why the row must be left out (problem) or kept for
 * the committee to confirm (doubt). Reasons are shown to committee members, so they are plain
 * Chinese and never repeat an ID number or a phone number.
 */
export interface Reading<T> {
  value?: T;
  problem?: string;
  doubt?: string;
}

/** Full-width digits and letters as typed with a Chinese input method read like ASCII ones. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const compact = (text: string) => halfWidth(text).replace(/\s+/g, '');

// ---------------------------------------------------------------------------------------------
// Dates of birth

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
/** The last day of 2100 as an Excel serial: bigger numbers are not dates a register holds. */
const LAST_SERIAL = 73415;
/** The Excel serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

/** The date forms committees type, from the fullest to the shortest. */
const DATE_FORMS: RegExp[] = [
  /^(\d{4})(\d{2})(\d{2})$/,
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?$/,
  /^(\d{4})(\d{2})$/,
  /^(\d{4})[-/.年](\d{1,2})月?$/,
  /^(\d{4})年?$/,
];

/** A date as far as the text gives it; 'invalid' for a form we know but no calendar has (1956-02-30). */
function dateFromText(text: string): Birth | 'invalid' | undefined {
  // An export may add a midnight time to a date typed as text.
  const written = compact(text.replace(/\s+0{1,2}:00(:00)?$/, ''));
  for (const form of DATE_FORMS) {
    const match = form.exec(written);
    if (!match) continue;
    const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
    return calendarDate(year!, month, day);
  }
  return undefined;
}

function calendarDate(year: number, month?: number, day?: number): Birth | 'invalid' {
  if (year < FIRST_YEAR || year > LAST_YEAR) return 'invalid';
  if (month === undefined) return { year };
  if (month < 1 || month > 12) return 'invalid';
  if (day === undefined) return { year, month };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth ? { year, month, day } : 'invalid';
}

/**
 * exceljs gives a date cell as a Date at UTC midnight; reading its UTC parts (a second later, in
 * case a stored fraction fell just short of midnight) keeps the day whatever the server's zone.
 */
function dateOfDay(date: Date): Birth {
  const at = new Date(date.getTime() + 1000);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

/** A real date cell may still hold a year no one on a register was born in (a typo of 2956). */
const plausible = ({ year, month, day }: Birth) => calendarDate(year, month, day);

function dateOfSerial(serial: number): Birth {
  return dateOfDay(new Date(Math.round((Math.floor(serial) - UNIX_EPOCH_SERIAL) * DAY_MS)));
}

/** The date of birth a cell gives, exactly as far as it goes: a year or a month is never filled in. */
export function birthOf(value: CellValue, header: string): Reading<Birth> {
  const shown = shownValue(value);
  const text = cellText(value);
  let read: Birth | 'invalid' | undefined;
  if (shown instanceof Date) read = plausible(dateOfDay(shown));
  else if (typeof shown === 'number') {
    const ambiguous = yearDotOne(shown);
    if (ambiguous) return { value: ambiguous, doubt: `${header}“${text}”可能是1月也可能是10月，只记到年份` };
    read = dateOfNumber(shown);
  } else read = dateFromText(text);
  if (read === undefined) return { problem: `${header}“${text}”无法识别为日期` };
  if (read === 'invalid') return { problem: `${header}“${text}”不是有效日期` };
  return { value: read, doubt: precisionDoubt(read) };
}

function precisionDoubt(birth: Birth): string | undefined {
  if (birth.month === undefined) return '出生日期只到年份';
  if (birth.day === undefined) return '出生日期只到月份';
  return undefined;
}

/**
 * A number is 19560312, 195603 or 1956 as typed, 1956.03 for a month, or else an Excel serial day
 * (20526 is 1956-03-12) that lost its date format.
 */
function dateOfNumber(n: number): Birth | 'invalid' | undefined {
  const whole = Math.floor(n);
  if (Number.isInteger(n) && [4, 6, 8].includes(String(n).length) && n >= FIRST_YEAR) return dateFromText(String(n));
  if (!Number.isInteger(n) && whole >= FIRST_YEAR && whole <= LAST_YEAR) return dateFromText(numberText(n));
  if (n >= 1 && n <= LAST_SERIAL) return dateOfSerial(n);
  return undefined;
}

/** 1956.10 typed into a number cell is stored as 1956.1, so a lone ".1" may be January or October. */
function yearDotOne(n: number): Birth | undefined {
  const match = /^(\d{4})\.1$/.exec(numberText(n));
  return match && Number(match[1]) >= FIRST_YEAR && Number(match[1]) <= LAST_YEAR ? { year: Number(match[1]) } : undefined;
}

// ---------------------------------------------------------------------------------------------
// ID numbers: read only for the date of birth in them, never kept

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643: the 18th character checks the first 17, so a mistyped digit is caught. */
function idChecksumHolds(id: string): boolean {
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17];
}

/** The date of birth in a 公民身份号码: 18 digits with a checksum, or an old 15-digit one (19YYMMDD). */
export function birthFromIdNumber(value: CellValue, header: string): Reading<Birth> {
  const id = compact(cellText(value)).toUpperCase();
  if (typeof shownValue(value) === 'number' && id.length > 15) {
    return { doubt: `${header}被Excel存成了数字，后几位已丢失，未据此确定出生日期（请把该列设为文本格式）` };
  }
  let digits: string;
  if (/^\d{17}[\dX]$/.test(id)) {
    if (!idChecksumHolds(id)) return { doubt: `${header}校验不通过，未据此确定出生日期` };
    digits = id.slice(6, 14);
  } else if (/^\d{15}$/.test(id)) digits = `19${id.slice(6, 12)}`;
  else return { doubt: `${header}位数或格式不对，未据此确定出生日期` };
  const birth = dateFromText(digits);
  return birth && birth !== 'invalid' ? { value: birth } : { doubt: `${header}中的出生日期无效，未据此确定出生日期` };
}

// ---------------------------------------------------------------------------------------------
// Addresses written as one string

/** An address as written in one 住址 cell: the place name before it (小区, 村) kept apart. */
export interface WrittenAddress {
  place: string;
  building: string;
  unit: string;
  room: string;
  /** Not split: the whole text is the building, and it still tells one home from another. */
  whole: boolean;
}

/** 3号楼2单元502, 幸福里3栋2单元502室, 12号院3号楼502. */
const FLAT = /^(?<place>.*?)(?<building>[0-9A-Z]+(?:号楼|栋|幢|座|号))(?<unit>\d+单元)?(?<room>\d+[A-Z]?(?:室|号)?)$/;
/** 3-2-502: 楼-单元-房. */
const DASHED = /^(?<place>(?:.*\D)?)(?<building>\d+)-(?<unit>\d+)-(?<room>\d+)$/;
/** A 村民小组's name: 一组, 第三村民小组, 东组, 二队. */
const GROUP = '(?:第?[〇零一二三四五六七八九十百两\\d]+|[东南西北中前后上下新老])(?:村民|居民)?(?:小组|组|队)';
/** 东组12号, 青山村一组15户. */
const HOMESTEAD = new RegExp(`^(?<place>.*?)(?<building>${GROUP})(?<room>\\d+(?:号|户)?)$`);
const GROUP_NAME = new RegExp(`^.{0,6}?${GROUP}$`);

export function splitAddress(text: string, kind: CommunityKind): WrittenAddress {
  const written = compact(text)
    .toUpperCase()
    .replace(/[－—–]/g, '-');
  const forms = kind === 'village' ? [HOMESTEAD, FLAT, DASHED] : [FLAT, DASHED, HOMESTEAD];
  for (const form of forms) {
    const parts = form.exec(written)?.groups;
    if (parts) return { place: parts.place, building: parts.building, unit: parts.unit ?? '', room: parts.room, whole: false };
  }
  return { place: '', building: written, unit: '', room: '', whole: true };
}

/** Whether a sheet's name (or an address part) names a 居民／村民小组 rather than the whole register. */
export function namesGroup(text: string): boolean {
  return GROUP_NAME.test(compact(text));
}

// ---------------------------------------------------------------------------------------------
// 备注 and 状态: whether the person has left the register

/** 迁出 or 死亡 as a register's note says it, with the date when it gives one. */
export interface Left {
  kind: 'moved_out' | 'deceased';
  on?: string;
}

const LEAVE_WORD = /迁出|迁走|迁往|死亡|去世|病故|已故|亡故|逝世|过世|身故|注销/;
const DEATH_WORD = /死亡|去世|病故|已故|亡故|逝世|过世|身故/;
/** Notes that name leaving only to say it has not happened (出嫁未迁出: married away, still registered here). */
const NOT_LEFT = /^(?:户口|户籍)?(?:出嫁|外嫁|婚嫁|嫁出)?(?:户口|户籍)?(?:尚未|暂未|还未|仍未|未|没有|没)(?:迁出|迁走|注销)$/;
/** What remains of a plain leave note once its date is taken out: 已迁出, 户口迁出, 因病去世, 迁出至杭州. */
const PLAIN_LEAVE =
  /^(?:于|在)?(?:已经?)?(?:户口|户籍)?(?:已经?)?(?:因病)?(?:迁出|迁走|死亡|去世|病故|已故|亡故|逝世|过世|身故|注销(?:户口|户籍)?)了?(?:(?:至|到|往|去)[^\d未不没拟待?？]{1,15})?$|^(?:已经?)?迁往[^\d未不没拟待?？]{1,15}$/;
const DATE_IN_TEXT = /\d{8}(?!\d)|\d{4}(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}[日号]?)?月?)?年?/;
const FILLER = /[()（）【】[\],，。.、:：;；]/g;

/**
 * Reads a 备注 or 状态 cell. Only a plain leave note marks the person as gone; a note that names
 * leaving in any other way (拟迁出, 迁出？) is kept for the committee to confirm, since wrongly
 * dropping someone from the register would take away their vote.
 */
export function leavingOf(text: string, header: string): Reading<Left> {
  const written = compact(text);
  if (!LEAVE_WORD.test(written) || NOT_LEFT.test(written)) return {};
  const date = DATE_IN_TEXT.exec(written)?.[0];
  const rest = (date ? written.replace(date, '') : written).replace(FILLER, '');
  if (!PLAIN_LEAVE.test(rest)) return { doubt: `${header}“${text}”是否表示已迁出或去世，请核实` };
  const left: Left = { kind: DEATH_WORD.test(rest) ? 'deceased' : 'moved_out' };
  const on = date === undefined ? undefined : dateFromText(date);
  if (on === 'invalid') return { value: left, doubt: `${header}中的日期“${date}”无效` };
  if (on?.day !== undefined) left.on = isoDate(on);
  return { value: left };
}

const isoDate = (d: Birth) => [String(d.year).padStart(4, '0'), String(d.month).padStart(2, '0'), String(d.day).padStart(2, '0')].join('-');

// ---------------------------------------------------------------------------------------------
// Small columns

/** The last 4 digits of a phone number; the rest of the number is never kept. */
export function phoneLast4Of(value: CellValue, header: string): Reading<string> {
  const text = compact(cellText(value));
  if (!text) return {};
  if (/^\d{4}$/.test(text)) return { value: text };
  const number = text.replace(/[-－—()（）+]/g, '').match(/\d{7,}/)?.[0];
  if (number) return { value: number.slice(-4) };
  // Excel silently drops the leading 0 of 0123 typed into a number cell; we cannot know it was there.
  const lostZero = typeof shownValue(value) === 'number' && /^\d{1,3}$/.test(text);
  const hint = lostZero ? '（开头的0被Excel去掉了，请把该列设为文本格式）' : '（应为手机号或其后四位）';
  return { doubt: `${header}无法识别${hint}，未记录` };
}

const YES = new Set(['是', '√', '✓', '✔', 'Y', 'YES', '1', '有', '成员']);
const NO = new Set(['', '否', '×', '✗', '✘', 'N', 'NO', '0', '无', '不是']);

/** 是/否 and the marks people use for them; a column that names the role (村民代表) counts as 是. */
export function yesNoOf(value: CellValue, header: string): Reading<boolean> {
  const text = compact(cellText(value)).toUpperCase();
  if (YES.has(text) || /代表$/.test(text)) return { value: true };
  if (NO.has(text)) return { value: false };
  return { value: false, doubt: `${header}“${cellText(value)}”应填是或否，暂按否记录` };
}

const TENURES = new Map<string, 'owner' | 'tenant'>([
  ['业主', 'owner'],
  ['产权人', 'owner'],
  ['房主', 'owner'],
  ['租户', 'tenant'],
  ['租客', 'tenant'],
  ['承租人', 'tenant'],
]);

/** 身份 业主/租户; any other word is left unrecorded rather than guessed. */
export function tenureOf(value: CellValue, header: string): Reading<'owner' | 'tenant'> {
  const text = compact(cellText(value));
  if (!text) return {};
  const tenure = TENURES.get(text);
  return tenure ? { value: tenure } : { doubt: `${header}“${text}”应为业主或租户，未记录` };
}
