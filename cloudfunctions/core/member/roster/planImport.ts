import { addressKey, formatAddress, type CommunityKind, type RosterReportView, type RosterRowReport } from '@shared';
import type { OwnerDoc, RosterEntryDoc, UnitDoc } from '../../docs';
import { stableId } from '../ids';
import type { Registry } from '../registry';
import type { ParsedRoster, RegisterRow, RosterUnitRow } from './parseRoster';
import { initialsOf } from '../../register/people';

const UNITS_SHEET = '房屋台账';

/** What an import will write, worked out before anything is written, and the row-by-row report. */
export interface RosterImportPlan {
  owners: { doc: OwnerDoc; isNew: boolean }[];
  units: { doc: UnitDoc; isNew: boolean }[];
  entries: { doc: RosterEntryDoc; isNew: boolean }[];
  report: Omit<RosterReportView, 'dryRun'>;
}

type Tally = RosterReportView['units'];
const tally = (): Tally => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

/**
 * An owner as the owners' rules count them (RULES.md): rows naming the same person (name and
 * phone digits) are one owner however many units they hold; all developer rows are the one
 * developer; a co-owned unit's owners are one owner record.
 */
function ownerFor(communityId: string, row: RosterUnitRow): OwnerDoc | undefined {
  const base = { communityId, voterMemberId: null };
  if (row.ownerKind === 'developer') {
    return { ...base, _id: stableId('o', communityId, 'developer'), kind: 'developer', name: row.ownerName || '开发商' };
  }
  if (!row.ownerName) return undefined;
  if (row.ownerKind === 'co_owners') {
    return { ...base, _id: stableId('o', communityId, 'co', row.ownerName), kind: 'co_owners', name: row.ownerName };
  }
  return {
    ...base,
    _id: stableId('o', communityId, 'person', row.ownerName, row.phoneLast4 ?? ''),
    kind: 'person',
    name: row.ownerName,
    ...(row.phoneLast4 ? { phoneLast4: row.phoneLast4 } : {}),
  };
}

export function planRosterImport(communityId: string, kind: CommunityKind, parsed: ParsedRoster, registry: Registry): RosterImportPlan {
  const rows: RosterRowReport[] = parsed.problems.map((p) => ({ sheet: p.sheet, row: p.row, outcome: 'rejected', subject: '', reason: p.reason }));
  const units = tally();
  const residents = tally();
  for (const p of parsed.problems) (p.sheet === UNITS_SHEET ? units : residents).rejected += 1;

  const owners = new Map<string, { doc: OwnerDoc; isNew: boolean }>();
  const plannedUnits: RosterImportPlan['units'] = [];
  for (const row of parsed.units) {
    const owner = ownerFor(communityId, row);
    if (owner && !owners.has(owner._id)) owners.set(owner._id, { doc: owner, isNew: !registry.owners.has(owner._id) });
    const existing = registry.unitAt(row);
    const doc: UnitDoc = {
      _id: existing?._id ?? stableId('u', communityId, addressKey(row)),
      communityId,
      building: row.building,
      unit: row.unit,
      room: row.room,
      areaHundredths: row.areaHundredths,
      ...(owner ? { ownerId: owner._id } : {}),
    };
    const outcome = !existing ? 'created' : existing.areaHundredths === doc.areaHundredths && existing.ownerId === doc.ownerId ? 'unchanged' : 'updated';
    units[outcome] += 1;
    if (outcome !== 'unchanged') plannedUnits.push({ doc, isNew: !existing });
    rows.push({ sheet: '房屋台账', row: row.row, outcome, subject: formatAddress(row, kind) });
  }

  const seen = new Map<string, number>();
  const entries: RosterImportPlan['entries'] = [];
  const doubtsOf = new Map(parsed.doubts.map((d) => [`${d.sheet}|${d.row}`, d.reason]));
  for (const r of parsed.persons) {
    const subject = `${r.name}（${formatAddress(r.address, kind)}）`;
    const key = `${r.name}|${r.householdKey}`;
    const first = seen.get(key);
    if (first !== undefined) {
      residents.rejected += 1;
      rows.push({ sheet: r.sheet, row: r.row, outcome: 'rejected', subject, reason: `与第${first}行重复（同一户同名）` });
      continue;
    }
    seen.set(key, r.row);
    const existing = registry.person(r.name, r.householdKey, r.address);
    const fields = registerFieldsOf(r, existing);
    const same = existing !== undefined && JSON.stringify(comparable(existing)) === JSON.stringify(comparable(fields));
    const version = existing?.version ?? 0;
    const doc: RosterEntryDoc = {
      _id: existing?._id ?? stableId('r', communityId, key),
      communityId,
      ...fields,
      ...(existing?.memberId ? { memberId: existing.memberId } : {}),
      version: same ? version : version + 1,
    };
    const outcome = !existing ? 'created' : same ? 'unchanged' : 'updated';
    residents[outcome] += 1;
    if (outcome !== 'unchanged') entries.push({ doc, isNew: !existing });
    const doubt = doubtsOf.get(`${r.sheet}|${r.row}`);
    rows.push({ sheet: r.sheet, row: r.row, outcome, subject, ...(doubt ? { reason: doubt, doubt: true } : {}) });
  }
  for (const s of parsed.skipped) rows.push({ sheet: s.sheet, row: s.row, outcome: 'skipped', subject: '', reason: s.reason });

  rows.sort((a, b) => a.sheet.localeCompare(b.sheet, 'zh-CN') || a.row - b.row);
  return {
    owners: [...owners.values()],
    units: plannedUnits,
    entries,
    report: { units, residents, rows, unknownHeaders: parsed.unknownHeaders, doubts: parsed.doubts.length, skipped: parsed.skipped.length },
  };
}

/** What a register row says of a person, as the register keeps it; the tenure a row leaves blank stays as it was. */
function registerFieldsOf(r: RegisterRow, existing: RosterEntryDoc | undefined): Omit<RosterEntryDoc, '_id' | 'communityId' | 'memberId' | 'version'> {
  return {
    name: r.name,
    address: r.address,
    tenure: r.tenure ?? existing?.tenure ?? 'owner',
    representative: r.representative,
    ...(r.phoneLast4 ? { phoneLast4: r.phoneLast4 } : {}),
    householdKey: r.householdKey,
    householdRep: r.householdRep,
    ...(r.relation ? { relation: r.relation } : {}),
    ...(r.birth ? { birth: r.birth } : {}),
    ...(r.group ? { group: r.group } : {}),
    collectiveMember: r.collectiveMember,
    collectiveRepresentative: r.collectiveRepresentative,
    status: r.left ? r.left.kind : 'current',
    ...(r.left?.on ? { leftOn: r.left.on } : {}),
    initials: initialsOf(r.name),
  };
}

/** The fields an import sets, in a fixed order, to tell an unchanged person from a corrected one. */
const COMPARED = [
  'name',
  'address',
  'tenure',
  'representative',
  'phoneLast4',
  'householdKey',
  'householdRep',
  'relation',
  'birth',
  'group',
  'collectiveMember',
  'collectiveRepresentative',
  'status',
  'leftOn',
] as const;
function comparable(p: Partial<RosterEntryDoc>): unknown[] {
  return COMPARED.map((f) => p[f] ?? null);
}
