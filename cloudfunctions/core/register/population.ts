import { ADULT_AGE, comingOfAge, dayNumber } from '@shared';
import type { CommunityDoc, RosterEntryDoc } from '../docs';
import type { Filter, Store } from '../store/port';
import { householdOf } from './people';

/**
 * What a meeting request's share is of (RULES.md: denominators come from the register, never from
 * app users) — the register's adults today, its households with an adult today, its
 * representatives — counted by a few count queries, whatever the register's size, and exact on
 * any day: who is an adult is asked of the birth dates themselves, so turning 18 needs no write.
 *
 * Households need one fact no single entry has: whether anyone in the household is of age. It is
 * kept on the entry of the household's member who comes of age first (`householdAdultFrom`), so
 * a household has an adult today exactly when that entry's day has come. The register's writes
 * keep it (refreshHouseholds); `recountRegister` rebuilds it from the whole register — the import
 * runs it, and so does the first count of a community whose register was never counted.
 */

export type PopulationBasis = 'residents' | 'households' | 'representatives';

/** Bumped when what the register's counting keeps changes: a community counted under another is recounted first. */
export const REGISTER_COUNTING = 1;

/** The people counted: those on the register now, neither moved out nor deceased. */
const current = (communityId: string): Filter => ({ communityId, status: 'current' });

/**
 * `adultOn(birth, today) === 'adult'` as three store filters on the birth fields: born before the
 * year of those turning 18 now; born in it, before this month; born in this month, on or before
 * today (the 18th birthday itself counts). A birth known only to the year or month in the year or
 * month that decides it cannot be said, so it is in none.
 */
function adultsFilters(communityId: string, today: string): Filter[] {
  const [y, m, d] = today.split('-').map(Number);
  const year = y - ADULT_AGE;
  return [
    { ...current(communityId), 'birth.year': { $lt: year } },
    { ...current(communityId), 'birth.year': year, 'birth.month': { $lt: m } },
    { ...current(communityId), 'birth.year': year, 'birth.month': m, 'birth.day': { $lte: d } },
  ];
}

/** The register's counts for the bases asked, on `today` (YYYY-MM-DD). */
export async function populationOf(store: Store, community: CommunityDoc, today: string, bases: PopulationBasis[]): Promise<Record<PopulationBasis, number>> {
  if (community.registerCounting !== REGISTER_COUNTING) await recountRegister(store, community._id);
  const id = community._id;
  const count = (filter: Filter) => store.count('roster', filter);
  const sum = async (filters: Filter[]) => (await Promise.all(filters.map(count))).reduce((a, b) => a + b, 0);
  const [residents, households, representatives] = await Promise.all([
    bases.includes('residents') ? sum(adultsFilters(id, today)) : 0,
    bases.includes('households') ? count({ communityId: id, householdAdultFrom: { $lte: dayNumber(today) } }) : 0,
    // Entries from before the register kept a status are current, as every reader takes them: so the left are taken away.
    bases.includes('representatives')
      ? Promise.all(
          ([{}, { status: 'moved_out' }, { status: 'deceased' }] as Filter[]).map((s) => count({ communityId: id, representative: true, ...s })),
        ).then(([all, moved, died]) => all - moved - died)
      : 0,
  ]);
  return { residents, households, representatives };
}

/** The household's member who comes of age first (the earliest day; then the lowest id), among those on the register now. */
function eldestOf(people: RosterEntryDoc[]): { entry: RosterEntryDoc; day: number } | undefined {
  const candidates = people
    .filter((p) => (p.status ?? 'current') === 'current')
    .map((entry) => ({ entry, day: comingOfAge(entry.birth) }))
    .filter((c): c is { entry: RosterEntryDoc; day: number } => c.day !== undefined);
  candidates.sort((a, b) => a.day - b.day || (a.entry._id < b.entry._id ? -1 : 1));
  return candidates[0];
}

/** Puts the household's day on its eldest and takes it off everyone else, writing only what differs; says whether it wrote. */
async function mark(store: Store, people: RosterEntryDoc[]): Promise<boolean> {
  const eldest = eldestOf(people);
  let wrote = false;
  // The new mark first: a moment with two marks counts a household twice, which makes a share
  // harder to reach, never easier.
  if (eldest && eldest.entry.householdAdultFrom !== eldest.day) {
    await store.update('roster', { _id: eldest.entry._id }, { set: { householdAdultFrom: eldest.day } });
    wrote = true;
  }
  for (const p of people) {
    if (p === eldest?.entry || p.householdAdultFrom === undefined) continue;
    await store.update('roster', { _id: p._id }, { unset: ['householdAdultFrom'] });
    wrote = true;
  }
  return wrote;
}

/**
 * Re-marks the households a register write touched (by 户 key). Two writes to one household at
 * the same moment may leave its mark on the wrong member; the recount puts it right.
 */
async function refreshHouseholds(store: Store, communityId: string, keys: (string | undefined)[]): Promise<string[]> {
  const moved: string[] = [];
  for (const householdKey of new Set(keys.filter((k): k is string => k !== undefined))) {
    if (await mark(store, await store.find<RosterEntryDoc>('roster', { communityId, householdKey }))) moved.push(householdKey);
  }
  return moved;
}

/**
 * The entry a register write changed, with the households whose marks it may move noted on it in
 * the same write (`unsettled`); once they are marked again the note comes off, unless a later
 * write has noted its own (the version guards it).
 */
export const unsettledBy = (keys: (string | undefined)[], now: number) => ({
  unsettled: { households: [...new Set(keys.filter((k): k is string => k !== undefined))], at: now },
});

export async function settleHouseholds(
  store: Store,
  entry: Pick<RosterEntryDoc, '_id' | 'communityId' | 'version'>,
  keys: (string | undefined)[],
): Promise<string[]> {
  const moved = await refreshHouseholds(store, entry.communityId, keys);
  await store.update('roster', { _id: entry._id, version: entry.version ?? 1 }, { unset: ['unsettled'] });
  return moved;
}

/** The recount: marks every household of the community from the whole register, and marks the community as counted. */
export async function recountRegister(store: Store, communityId: string): Promise<void> {
  const everyone = await store.find<RosterEntryDoc>('roster', { communityId }, { sort: [{ field: '_id', dir: 'asc' }] });
  const households = new Map<string, RosterEntryDoc[]>();
  for (const p of everyone) households.set(householdOf(p), [...(households.get(householdOf(p)) ?? []), p]);
  for (const people of households.values()) await mark(store, people);
  await store.update('communities', { _id: communityId }, { set: { registerCounting: REGISTER_COUNTING } });
}
