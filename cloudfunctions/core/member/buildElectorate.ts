import { adultOn, buildingKey, formatAddress, type CommunityKind, type Scope } from '@shared';
import type { CommunityDoc, MemberDoc, OwnerDoc, RosterEntryDoc, UnitDoc } from '../docs';
import { currentPeople, householdOf, initialsOf, isCurrent } from '../register/people';
import { stableId } from './ids';
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
  /** Pinyin initials of the name, to find an elder by typing on a phone. */
  initials?: string;
  /** The household's address, for the record. */
  place?: string;
  /** The person's (or household representative's, or owner's) name alone, for a printed list. */
  name?: string;
  /** 居民小组／村民小组 on the register (for owners, the building), to print a list group by group. */
  group?: string;
  /** An owner's units in scope, as printed (an owner's record keeps a unit id for its household). */
  units?: string;
}

const groupOf = (p: RosterEntryDoc) => (p.group ? { group: p.group } : {});

const toSquareMetres = (hundredths: number) => hundredths / 100;

/** The household of an elector who is no one on the register (a committee member in a 代表会议, or a legacy vote's member). */
const UNLINKED = 'member:';

/** Whose own household this is when it is no registered unit; undefined when it is a unit's id. */
export function unlinkedMemberOf(household: string): string | undefined {
  return household.startsWith(UNLINKED) ? household.slice(UNLINKED.length) : undefined;
}

/**
 * The electorate of a vote and what keeps it from being taken: people of the register whose
 * coming of age on the opening date cannot be decided from what the register says of their birth.
 */
export interface ElectorateDraft {
  electors: Elector[];
  /** Labels of the people (or households) the committee must confirm first; never guessed. */
  undecided: string[];
}

/**
 * Who counts, and with what weight, for a vote of this scope on `date` (YYYY-MM-DD, the opening
 * day): the register's people (RULES.md) — app users or not — and for owners the unit register.
 */
export async function buildElectorate(store: Store, community: Pick<CommunityDoc, '_id' | 'kind'>, scope: Scope, date: string): Promise<ElectorateDraft> {
  const { _id: communityId, kind } = community;
  if (scope.kind === 'owners') {
    const [units, ownerDocs] = await Promise.all([
      store.find<UnitDoc>('units', { communityId }, { sort: [{ field: '_id', dir: 'asc' }] }),
      store.find<OwnerDoc>('owners', { communityId }),
    ]);
    return { electors: ownersOf(units, ownerDocs, kind, scope), undecided: [] };
  }
  if (scope.kind === 'representatives') return { electors: await representativesOf(store, communityId, kind, date), undecided: [] };
  const [people, members] = await Promise.all([currentPeople(store, communityId), store.find<MemberDoc>('members', { communityId, status: 'active' })]);
  return electorateOf(people, members, kind, scope, date);
}

/**
 * The electorate among these people of the register (current ones) and these active members,
 * for any scope but owners': buildElectorate's rule, for a caller that reads the register in pages.
 */
export function electorateOf(
  people: RosterEntryDoc[],
  members: MemberDoc[],
  kind: CommunityKind,
  scope: Exclude<Scope, { kind: 'owners' }>,
  date: string,
): ElectorateDraft {
  const roll = new Roll(people, members, kind, date);
  if (scope.kind === 'representatives') return { electors: roll.representatives(), undecided: [] };
  if (scope.kind === 'collective_representatives') return { electors: roll.everyone(admitsOf(scope)), undecided: [] };
  return byHousehold(scope) ? roll.households(admitsOf(scope)) : roll.adults(admitsOf(scope));
}

/**
 * A 代表会议's members (the committee and the representatives) read as few as they are, not with the
 * whole register: the register's representatives, the app's committee members and representatives
 * with their entries, and the members linked to those representatives — everyone `Roll.representatives`
 * looks at, so the electorate is the same as from the whole register.
 */
export async function representativesOf(store: Store, communityId: string, kind: CommunityKind, date: string): Promise<Elector[]> {
  const [reps, body] = await Promise.all([
    store.find<RosterEntryDoc>('roster', { communityId, representative: true }),
    store.find<MemberDoc>('members', { communityId, status: 'active', role: { $in: ['committee', 'representative'] } }),
  ]);
  const repMemberIds = reps.flatMap((p) => (p.memberId ? [p.memberId] : []));
  const [linked, repMembers] = await Promise.all([
    body.length > 0 ? store.find<RosterEntryDoc>('roster', { communityId, memberId: { $in: body.map((m) => m._id) } }) : [],
    repMemberIds.length > 0 ? store.find<MemberDoc>('members', { _id: { $in: repMemberIds }, status: 'active' }) : [],
  ]);
  const people = byId([...reps, ...linked].filter(isCurrent));
  return electorateOf(people, byId([...body, ...repMembers]), kind, { kind: 'representatives' }, date).electors;
}

/** Each document once, in id order: the order the whole register is read in. */
export function byId<T extends { _id: string }>(docs: T[]): T[] {
  const unique = new Map(docs.map((d) => [d._id, d]));
  return [...unique.values()].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}

type PeopleScope = Exclude<Scope, { kind: 'owners' }>;

/** Whom of the register a scope is of, before age: the scope's one test, for the electorate and for a check-in alike. */
function admitsOf(scope: PeopleScope): (p: RosterEntryDoc) => boolean {
  switch (scope.kind) {
    case 'residents':
    case 'households':
      return () => true;
    case 'group':
      return (p) => p.group !== undefined && buildingKey(p.group) === buildingKey(scope.group);
    case 'collective_members':
      return (p) => p.collectiveMember === true;
    case 'collective_representatives':
      return (p) => p.collectiveRepresentative === true;
    case 'representatives':
      return (p) => p.representative;
  }
}

/** Whether a scope's electors are households (one per 户), not persons. */
const byHousehold = (scope: PeopleScope) => scope.kind === 'households' || (scope.kind === 'group' && scope.form === 'households');

/** Whether a scope's electors must be adults on the day (a representative is one by appointment). */
const needsAdult = (scope: PeopleScope) => scope.kind !== 'representatives' && scope.kind !== 'collective_representatives';

/** A household's elector id: the same whoever of it votes or comes. */
const householdElector = (household: string) => stableId('h', household);

/**
 * The elector one register entry is under a scope on `date`, as `buildElectorate` would name them —
 * the person, or their household — or why they are none. One entry, no other read: how a person
 * at the door is checked in. (A committee member with no register entry is an elector of a 代表会议
 * by their membership; the caller knows that, not the register.)
 */
export function electorOfEntry(p: RosterEntryDoc, scope: Scope, date: string): { electorId: string } | { problem: string } {
  if (scope.kind === 'owners') return { problem: '业主表决以表决票计，请在表决页录入或扫描表决票' };
  if ((p.status ?? 'current') !== 'current') return { problem: `${p.name}已不在名册中（迁出或去世）` };
  if (!admitsOf(scope)(p)) return { problem: `${p.name}不在本次会议的参加范围内` };
  if (needsAdult(scope)) {
    const age = adultOn(p.birth, date);
    if (age === 'unknown') return { problem: `名册中${p.name}的出生日期不足以判断是否年满十八周岁，请先在名册中补全` };
    if (age !== 'adult') return { problem: `${p.name}未满十八周岁` };
  }
  return { electorId: byHousehold(scope) ? householdElector(householdOf(p)) : p._id };
}

/** The register read once, with the app members who may cast each person's ballot. */
class Roll {
  private readonly voterOf = new Map<string, string>();
  constructor(
    private readonly people: RosterEntryDoc[],
    private readonly members: MemberDoc[],
    private readonly kind: CommunityKind,
    private readonly date: string,
  ) {
    const active = new Set(members.map((m) => m._id));
    for (const p of people) if (p.memberId && active.has(p.memberId)) this.voterOf.set(p._id, p.memberId);
  }

  private person(p: RosterEntryDoc): Elector {
    const voter = this.voterOf.get(p._id);
    const place = formatAddress(p.address, this.kind);
    return {
      id: p._id,
      household: householdOf(p),
      voters: voter ? [voter] : [],
      label: `${p.name}（${place}）`,
      initials: initialsOf(p.name),
      place,
      name: p.name,
      ...groupOf(p),
    };
  }

  /** Every person the test admits, adult or not (a 成员代表 is one by appointment). */
  everyone(admit: (p: RosterEntryDoc) => boolean): Elector[] {
    return this.people.filter(admit).map((p) => this.person(p));
  }

  /** The persons 18 or over on the date; those the register cannot decide are named, never guessed. */
  adults(admit: (p: RosterEntryDoc) => boolean): ElectorateDraft {
    const electors: Elector[] = [];
    const undecided: string[] = [];
    for (const p of this.people.filter(admit)) {
      const age = adultOn(p.birth, this.date);
      if (age === 'adult') electors.push(this.person(p));
      else if (age === 'unknown') undecided.push(this.person(p).label);
    }
    return { electors, undecided };
  }

  /**
   * One elector per 户 with an adult on the date, cast by its 户代表 or any adult of it who uses
   * the app. A household whose only possible adults are undecided is named for the committee.
   */
  households(admit: (p: RosterEntryDoc) => boolean): ElectorateDraft {
    const byHousehold = new Map<string, RosterEntryDoc[]>();
    for (const p of this.people.filter(admit)) byHousehold.set(householdOf(p), [...(byHousehold.get(householdOf(p)) ?? []), p]);
    const electors: Elector[] = [];
    const undecided: string[] = [];
    for (const [household, members] of byHousehold) {
      const adults = members.filter((p) => adultOn(p.birth, this.date) === 'adult');
      if (adults.length === 0) {
        if (members.some((p) => adultOn(p.birth, this.date) === 'unknown')) undecided.push(`${formatAddress(members[0].address, this.kind)}户`);
        continue;
      }
      const rep = adults.find((p) => p.householdRep) ?? adults[0];
      electors.push({
        id: householdElector(household),
        household,
        voters: adults.flatMap((p) => this.voterOf.get(p._id) ?? []),
        label: `${formatAddress(rep.address, this.kind)}户（${rep.name}）`,
        initials: initialsOf(rep.name),
        place: formatAddress(rep.address, this.kind),
        name: rep.name,
        ...groupOf(rep),
      });
    }
    return { electors, undecided };
  }

  /**
   * A 代表会议's members: the committee and the representatives (村委会组织法 2018 第25条). The
   * register's representatives, and the committee members and representatives of the app, each once.
   */
  representatives(): Elector[] {
    const fromRegister = this.everyone((p) => p.representative);
    const counted = new Set(fromRegister.flatMap((e) => e.voters));
    const linked = new Map(this.people.flatMap((p) => (p.memberId ? [[p.memberId, p] as const] : [])));
    const fromApp = this.members
      .filter((m) => (m.role === 'committee' || m.role === 'representative') && !counted.has(m._id))
      .map((m): Elector => {
        const entry = linked.get(m._id);
        if (entry) return this.person(entry);
        const place = formatAddress(m.address, this.kind);
        return {
          id: m._id,
          household: `${UNLINKED}${m._id}`,
          voters: [m._id],
          label: `${m.name}（${place}）`,
          initials: initialsOf(m.name),
          place,
          name: m.name,
        };
      });
    return [...fromRegister, ...fromApp];
  }
}

/**
 * The owners of the units in scope, one elector per owner record: a buyer of several units counts
 * once with their areas summed, the developer's unsold units count once together, co-owners of a
 * unit count once through their designated voter. A unit whose owner is not registered still
 * counts, as its own owner with no one yet to vote for it: the totals must include every unit.
 * `units` come sorted by id, so an owner's first unit (its `household`) is the same in any read.
 */
export function ownersOf(units: UnitDoc[], ownerDocs: OwnerDoc[], kind: CommunityKind, scope: Extract<Scope, { kind: 'owners' }>): Elector[] {
  const wantedBuilding = new Set(scope.buildings.map(buildingKey));
  const wantedUnit = new Set(scope.unitIds ?? []);
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
      units: places,
      name: owner?.name ?? '业主未登记',
      group: g.units[0].building,
    };
  });
}
