import { addressKey, formatAddress, type CommunityKind, type RosterReportView, type RosterRowReport } from '@shared';
import type { OwnerDoc, RosterEntryDoc, UnitDoc } from '../../docs';
import { stableId } from '../ids';
import type { Registry } from '../registry';
import type { ParsedRoster, RosterUnitRow } from './parseRoster';

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
  for (const p of parsed.problems) (p.sheet === '房屋台账' ? units : residents).rejected += 1;

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
  for (const r of parsed.persons) {
    const address = r.address;
    const subject = `${r.name}（${formatAddress(address, kind)}）`;
    const key = `${r.name}|${addressKey(address)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      residents.rejected += 1;
      rows.push({ sheet: '花名册', row: r.row, outcome: 'rejected', subject, reason: `与第${first}行重复` });
      continue;
    }
    seen.set(key, r.row);
    const existing = registry.rosterEntry(r.name, address);
    const doc: RosterEntryDoc = {
      _id: existing?._id ?? stableId('r', communityId, key),
      communityId,
      name: r.name,
      address,
      tenure: r.tenure ?? 'owner',
      representative: r.representative,
      ...(r.phoneLast4 ? { phoneLast4: r.phoneLast4 } : {}),
      ...(existing?.memberId ? { memberId: existing.memberId } : {}),
    };
    const same =
      existing &&
      existing.tenure === doc.tenure &&
      existing.representative === doc.representative &&
      existing.phoneLast4 === doc.phoneLast4;
    const outcome = !existing ? 'created' : same ? 'unchanged' : 'updated';
    residents[outcome] += 1;
    if (outcome !== 'unchanged') entries.push({ doc, isNew: !existing });
    rows.push({ sheet: '花名册', row: r.row, outcome, subject });
  }

  rows.sort((a, b) => a.sheet.localeCompare(b.sheet, 'zh-CN') || a.row - b.row);
  return { owners: [...owners.values()], units: plannedUnits, entries, report: { units, residents, rows } };
}
