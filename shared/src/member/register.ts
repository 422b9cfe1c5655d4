/**
 * The register (居民／村民名册): every person of the community, app user or not. The law counts
 * these people (RULES.md): a statutory vote's electorate is taken from here, never from app users.
 */

/** A date of birth as far as it is known: some registers give only the year and month. */
export interface Birth {
  year: number;
  month?: number;
  day?: number;
}

/** A person stays on the register after leaving, marked with how and when, so records still name them. */
export type RegisterStatus = 'current' | 'moved_out' | 'deceased';
export const REGISTER_STATUS_LABELS: Record<RegisterStatus, string> = { current: '在册', moved_out: '已迁出', deceased: '已故' };

export const ADULT_AGE = 18;

/**
 * Whether a person is 18 or over on `date` (YYYY-MM-DD, China time). A birth known only to the
 * month or year may leave it undecidable: the 18th birthday falls in that very month or year.
 * That is said, never guessed: the committee confirms the date in the register.
 */
export function adultOn(birth: Birth | undefined, date: string): 'adult' | 'minor' | 'unknown' {
  if (!birth) return 'unknown';
  const [y, m, d] = date.split('-').map(Number);
  const comingOfAge = [birth.year + ADULT_AGE, birth.month, birth.day];
  const today = [y, m, d];
  for (let i = 0; i < 3; i += 1) {
    const part = comingOfAge[i];
    if (part === undefined) return 'unknown';
    if (part !== today[i]) return part < today[i] ? 'adult' : 'minor';
  }
  return 'adult'; // the 18th birthday itself: 年满十八周岁 from that day
}

/** A day as a number that orders as the days do: 2026-11-21 → 20261121. */
export const dayNumber = (date: string): number => Number(date.split('-').join(''));

/**
 * The first day on which `adultOn` says 'adult', as a day number (see dayNumber): the 18th
 * birthday; for a birth known only to the month, the first of the month after it; only to the
 * year, the first of the year after. Undefined when the register gives no birth: never decidable.
 * So adultOn(birth, date) === 'adult' exactly when comingOfAge(birth) <= dayNumber(date).
 */
export function comingOfAge(birth: Birth | undefined): number | undefined {
  if (!birth) return undefined;
  const year = birth.year + ADULT_AGE;
  if (birth.month === undefined) return (year + 1) * 10000 + 101;
  if (birth.day === undefined) return birth.month === 12 ? (year + 1) * 10000 + 101 : year * 10000 + (birth.month + 1) * 100 + 1;
  return year * 10000 + birth.month * 100 + birth.day;
}

/** 1956年3月12日, 1956年3月, 1956年. */
export function formatBirth(birth: Birth | undefined): string {
  if (!birth) return '未登记';
  return `${birth.year}年${birth.month ? `${birth.month}月` : ''}${birth.month && birth.day ? `${birth.day}日` : ''}`;
}

/** Whether the calendar has this date (1956-02-30 does not). */
export function isRealBirth(birth: Birth): boolean {
  if (!Number.isInteger(birth.year) || birth.year < 1900 || birth.year > 2100) return false;
  if (birth.month === undefined) return birth.day === undefined;
  if (!Number.isInteger(birth.month) || birth.month < 1 || birth.month > 12) return false;
  if (birth.day === undefined) return true;
  const last = new Date(Date.UTC(birth.year, birth.month, 0)).getUTCDate();
  return Number.isInteger(birth.day) && birth.day >= 1 && birth.day <= last;
}

/**
 * The initials of a name's pinyin in lower case (王秀英 → wxy), computed where the register is
 * written, so the committee finds an elder by typing wxy on a phone keyboard.
 */
export function matchesPerson(person: { name: string; initials?: string }, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return person.name.includes(q) || (/^[a-z]+$/.test(q) && (person.initials ?? '').startsWith(q));
}

/** The columns a register workbook may have; a header the import does not know is mapped to one of these once. */
export const REGISTER_FIELDS = [
  'name',
  'birth',
  'idNumber',
  'address',
  'building',
  'unit',
  'room',
  'householdNo',
  'householdHeadName',
  'relation',
  'householdRep',
  'group',
  'representative',
  'collectiveMember',
  'collectiveRepresentative',
  'tenure',
  'phone',
  'note',
  'status',
  'ignore',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];
export const REGISTER_FIELD_LABELS: Record<RegisterField, string> = {
  name: '姓名',
  birth: '出生日期',
  idNumber: '身份证号（只用于读出生日期，不保存）',
  address: '住址（整段）',
  building: '楼栋／村民小组',
  unit: '单元',
  room: '房号／门牌号',
  householdNo: '户号',
  householdHeadName: '户主姓名',
  relation: '与户主关系',
  householdRep: '户代表',
  group: '居民小组／村民小组',
  representative: '居民代表／村民代表',
  collectiveMember: '集体经济组织成员',
  collectiveRepresentative: '成员代表',
  tenure: '身份（业主／租户）',
  phone: '电话（只保留后四位）',
  note: '备注',
  status: '状态',
  ignore: '不导入此列',
};
