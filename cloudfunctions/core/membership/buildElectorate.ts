import { buildingKey, type Scope } from '@shared';
import type { MemberDoc, OwnerDoc, UnitDoc } from '../docs';
import type { Store } from '../store/port';

/**
 * One elector as the decision rules count them (RULES.md): a person, a household, or an owner
 * with the summed registered area of their units. `voters` are the members who may cast this
 * elector's ballot (one ballot per elector is the voting issue's to enforce).
 */
export interface Elector {
  id: string;
  /** The household (户) the elector belongs to, for the 村民会议 household quorum. */
  household?: string;
  /** m² with two decimals, summed in hundredths so no float ever enters (owners' rules only). */
  area?: number;
  voters: string[];
}

const toSquareMetres = (hundredths: number) => hundredths / 100;

/** Verified members of the community: those whose membership the committee has approved. */
async function activeMembers(store: Store, communityId: string): Promise<MemberDoc[]> {
  return store.find<MemberDoc>('members', { communityId, status: 'active' }, { sort: [{ field: '_id', dir: 'asc' }] });
}

/** A member without a registered unit still lives somewhere: their own household until the committee links one. */
const householdOf = (m: MemberDoc) => m.unitId ?? `member:${m._id}`;

/** Who counts, and with what weight, for a consultation of this scope in this community. */
export async function buildElectorate(store: Store, communityId: string, scope: Scope): Promise<Elector[]> {
  switch (scope.kind) {
    case 'residents':
      return (await activeMembers(store, communityId)).map((m) => ({ id: m._id, household: householdOf(m), voters: [m._id] }));
    case 'representatives':
      return (await activeMembers(store, communityId))
        .filter((m) => m.role === 'representative')
        .map((m) => ({ id: m._id, household: householdOf(m), voters: [m._id] }));
    case 'households':
      return households(await activeMembers(store, communityId));
    case 'owners':
      return owners(store, communityId, scope.buildings, scope.unitIds ?? []);
  }
}

function households(members: MemberDoc[]): Elector[] {
  const byHousehold = new Map<string, string[]>();
  for (const m of members) byHousehold.set(householdOf(m), [...(byHousehold.get(householdOf(m)) ?? []), m._id]);
  return [...byHousehold].map(([household, voters]) => ({ id: household, household, voters }));
}

/**
 * The owners of the units in scope, one elector per owner record: a buyer of several units counts
 * once with their areas summed, the developer's unsold units count once together, co-owners of a
 * unit count once through their designated voter. A unit whose owner is not registered still
 * counts, as its own owner with no one yet to vote for it: the totals must include every unit.
 */
async function owners(store: Store, communityId: string, buildings: string[], unitIds: string[]): Promise<Elector[]> {
  const wantedBuilding = new Set(buildings.map(buildingKey));
  const wantedUnit = new Set(unitIds);
  const [units, ownerDocs] = await Promise.all([
    store.find<UnitDoc>('units', { communityId }, { sort: [{ field: '_id', dir: 'asc' }] }),
    store.find<OwnerDoc>('owners', { communityId }),
  ]);
  const voterOf = new Map(ownerDocs.map((o) => [o._id, o.voterMemberId]));
  const inScope = units.filter((u) => wantedUnit.has(u._id) || wantedBuilding.has(buildingKey(u.building)));
  const groups = new Map<string, { hundredths: number; household: string }>();
  for (const u of inScope) {
    const id = u.ownerId ?? `unit:${u._id}`;
    const g = groups.get(id) ?? { hundredths: 0, household: u._id };
    g.hundredths += u.areaHundredths ?? 0;
    groups.set(id, g);
  }
  return [...groups].map(([id, g]) => {
    const voter = voterOf.get(id);
    return { id, household: g.household, area: toSquareMetres(g.hundredths), voters: voter ? [voter] : [] };
  });
}
