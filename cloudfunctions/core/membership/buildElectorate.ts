import { buildingKey, DomainError, formatAddress, type CommunityKind, type Scope } from '@shared';
import type { CommunityDoc, MemberDoc, OwnerDoc, UnitDoc } from '../docs';
import type { Store } from '../store/port';

/**
 * One elector as the decision rules count them (RULES.md): a person, a household, or an owner
 * with the summed registered area of their units. `voters` are the members who may cast this
 * elector's ballot; `label` is how the committee finds them (a paper ballot, who has not voted).
 */
export interface Elector {
  id: string;
  /** The household (户) the elector belongs to, for the 村民会议 household quorum. */
  household?: string;
  /** m² with two decimals, summed in hundredths so no float ever enters (owners' rules only). */
  area?: number;
  voters: string[];
  label: string;
}

const toSquareMetres = (hundredths: number) => hundredths / 100;

/** Verified members of the community: those whose membership the committee has approved. */
async function activeMembers(store: Store, communityId: string): Promise<MemberDoc[]> {
  return store.find<MemberDoc>('members', { communityId, status: 'active' }, { sort: [{ field: '_id', dir: 'asc' }] });
}

/** A member without a registered unit still lives somewhere: their own household until the committee links one. */
const UNLINKED = 'member:';
const householdOf = (m: MemberDoc) => m.unitId ?? `${UNLINKED}${m._id}`;

/** Whose own household this is when it is no registered unit; undefined when it is a unit's id. */
export function unlinkedMemberOf(household: string): string | undefined {
  return household.startsWith(UNLINKED) ? household.slice(UNLINKED.length) : undefined;
}

/** Who counts, and with what weight, for a consultation of this scope in this community. */
export async function buildElectorate(store: Store, communityId: string, scope: Scope): Promise<Elector[]> {
  const kind = (await store.get<CommunityDoc>('communities', communityId))?.kind ?? 'community';
  const person = (m: MemberDoc): Elector => ({
    id: m._id,
    household: householdOf(m),
    voters: [m._id],
    label: `${m.name}（${formatAddress(m.address, kind)}）`,
  });
  switch (scope.kind) {
    case 'residents':
      return (await activeMembers(store, communityId)).map(person);
    case 'representatives':
      return (await activeMembers(store, communityId)).filter((m) => m.role === 'representative').map(person);
    case 'households':
      return households(await activeMembers(store, communityId), kind);
    case 'owners':
      return owners(store, communityId, kind, scope.buildings, scope.unitIds ?? []);
    default:
      throw new DomainError('WRONG_STATE', '该表决范围需要名册');
  }
}

function households(members: MemberDoc[], kind: CommunityKind): Elector[] {
  const byHousehold = new Map<string, MemberDoc[]>();
  for (const m of members) byHousehold.set(householdOf(m), [...(byHousehold.get(householdOf(m)) ?? []), m]);
  return [...byHousehold].map(([household, people]) => ({
    id: household,
    household,
    voters: people.map((m) => m._id),
    label: `${formatAddress(people[0].address, kind)}（${people.map((m) => m.name).join('、')}）`,
  }));
}

/**
 * The owners of the units in scope, one elector per owner record: a buyer of several units counts
 * once with their areas summed, the developer's unsold units count once together, co-owners of a
 * unit count once through their designated voter. A unit whose owner is not registered still
 * counts, as its own owner with no one yet to vote for it: the totals must include every unit.
 */
async function owners(store: Store, communityId: string, kind: CommunityKind, buildings: string[], unitIds: string[]): Promise<Elector[]> {
  const wantedBuilding = new Set(buildings.map(buildingKey));
  const wantedUnit = new Set(unitIds);
  const [units, ownerDocs] = await Promise.all([
    store.find<UnitDoc>('units', { communityId }, { sort: [{ field: '_id', dir: 'asc' }] }),
    store.find<OwnerDoc>('owners', { communityId }),
  ]);
  const ownerById = new Map(ownerDocs.map((o) => [o._id, o]));
  const inScope = units.filter((u) => wantedUnit.has(u._id) || wantedBuilding.has(buildingKey(u.building)));
  const groups = new Map<string, { hundredths: number; units: UnitDoc[] }>();
  for (const u of inScope) {
    const id = u.ownerId ?? `unit:${u._id}`;
    const g = groups.get(id) ?? { hundredths: 0, units: [] };
    g.hundredths += u.areaHundredths ?? 0;
    g.units.push(u);
    groups.set(id, g);
  }
  return [...groups].map(([id, g]) => {
    const owner = ownerById.get(id);
    const places = g.units.map((u) => formatAddress(u, kind)).join('、');
    return {
      id,
      household: g.units[0]._id,
      area: toSquareMetres(g.hundredths),
      voters: owner?.voterMemberId ? [owner.voterMemberId] : [],
      label: owner ? `${owner.name}（${places}）` : `${places}（业主未登记）`,
    };
  });
}
