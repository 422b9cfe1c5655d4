import type { CommunityKind } from './roles';

/**
 * A membership's road: a request waits (pending) until the committee approves (active) or
 * rejects it; the committee may remove an active member; a rejected or removed person may ask
 * again. A member who deletes their data leaves only an anonymous tombstone (deleted).
 * @internal The dossier test lists the codes with it rather than repeating them.
 */
export const MEMBER_STATUSES = ['pending', 'active', 'rejected', 'removed', 'deleted'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  pending: '待审核',
  active: '已认证',
  rejected: '未通过',
  removed: '已移出',
  deleted: '已注销',
};

export const TENURES = ['owner', 'tenant'] as const;
/** 业主 or 租户: owners vote under the owners' rules; everyone living here is a resident. */
export type Tenure = (typeof TENURES)[number];
export const TENURE_LABELS: Record<Tenure, string> = { owner: '业主', tenant: '租户' };

/** Where someone lives: building/unit/room in a 社区, 村民小组/户号 in a 村 (unit then empty). */
export interface Address {
  building: string;
  unit: string;
  room: string;
}

/** The words for the parts of an address, as a 社区 or a 村 says them. */
export const ADDRESS_LABELS: Record<CommunityKind, { building: string; unit: string; room: string }> = {
  community: { building: '楼栋', unit: '单元', room: '房号' },
  village: { building: '村民小组', unit: '', room: '户号' },
};

/** 3号楼2单元502, or 东组12户. */
export function formatAddress(a: Address, kind: CommunityKind): string {
  return kind === 'village' ? `${a.building}${a.room}户` : `${a.building}${a.unit}${a.room}`;
}

/**
 * The same place however it was typed: full-width digits, spaces, case and the usual suffixes
 * do not matter, so 1号楼 / 1栋 / １幢 and 2单元 / 2 and 502室 / 502 each match.
 */
export function addressKey(a: Address): string {
  const norm = (s: string) =>
    s
      .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/\s+/g, '')
      .toUpperCase()
      .replace(/^(\d+)(号楼|号|栋|幢|楼|单元|室|户)$/, '$1');
  return [norm(a.building), norm(a.unit), norm(a.room)].join('|');
}

/** A building's name however it was typed (1号楼 / 1栋 / １幢 are one building). */
export function buildingKey(building: string): string {
  return addressKey({ building, unit: '', room: '' }).split('|')[0];
}

/** The floor a room number says (502 → 5, 1201 → 12), or undefined when it says none (户号, 商铺). */
export function floorOf(room: string): number | undefined {
  const m = /^0*(\d{1,2})\d{2}$/.exec(addressKey({ building: '', unit: '', room }).split('|')[2]);
  return m && Number(m[1]) > 0 ? Number(m[1]) : undefined;
}

/** Areas are kept in hundredths of m² (integers); this is how people read them. */
export function formatArea(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')} ㎡`;
}

/**
 * Whether a search typed by a committee member finds this address: the parts typed must appear
 * in order, however they are written, so 3栋101, 3号楼1单元 and ３号楼 all find 3号楼1单元101.
 */
export function addressMatches(a: Address, query: string): boolean {
  const parts = (s: string) =>
    s
      .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .toUpperCase()
      .split(/号楼|号|栋|幢|楼|单元|室|户|[\s,，、-]+/)
      .filter(Boolean);
  const wanted = parts(query);
  const have = [a.building, a.unit, a.room].flatMap(parts);
  let at = 0;
  for (const part of have) if (at < wanted.length && part === wanted[at]) at += 1;
  return wanted.length > 0 && at === wanted.length;
}

/**
 * The largest roster workbook (.xlsx) taken: about 60,000 households at ~80 bytes each, a whole
 * 街道. The import reads the whole sheet into memory, several times the file's size, inside a
 * cloud function's 256 MB; a bigger file is refused before it is sent.
 */
export const ROSTER_MAX_BYTES = 5 * 1024 * 1024;
