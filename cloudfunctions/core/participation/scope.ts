import { buildingKey, type Scope } from '@shared';
import type { MemberDoc, UnitDoc } from '../docs';
import type { Store } from '../store/port';

/**
 * Whether a member is among the 协商主体 of a consultation's scope: every approved member for
 * residents and households, the representatives for a representatives' consultation, and for the
 * owners of given buildings or units — as its label says, 业主 — those who own the home they live
 * in there, or vote for an owner there. A tenant there may observe (列席), not speak as an owner.
 */
export async function isInScope(store: Store, member: MemberDoc, scope: Scope | undefined): Promise<boolean> {
  if (member.status !== 'active') return false;
  if (!scope || scope.kind !== 'owners') return inPeopleScope(member, scope);
  const covered = unitsCoveredBy(scope);
  const ownHome = ownHomeOf(member);
  if (ownHome) {
    const home = await store.get<UnitDoc>('units', ownHome);
    if (home && covered(home)) return true;
  }
  if (!member.ownerId) return false;
  return (await store.find<UnitDoc>('units', { ownerId: member.ownerId })).some(covered);
}

/**
 * Whether a member is in a scope of people (every scope but owners'): everyone for residents and
 * households; the committee and the representatives for a 代表会议 (村委会组织法 第25条: 由委员会成员
 * 和代表组成); a group's or a collective's people as the register records them.
 */
export function inPeopleScope(member: Pick<MemberDoc, 'role' | 'register'>, scope: Exclude<Scope, { kind: 'owners' }> | undefined): boolean {
  if (!scope) return true;
  switch (scope.kind) {
    case 'residents':
    case 'households':
      return true;
    case 'representatives':
      return member.role === 'committee' || member.role === 'representative' || member.register?.representative === true;
    case 'group':
      return member.register?.group !== undefined && buildingKey(member.register.group) === buildingKey(scope.group);
    case 'collective_members':
      return member.register?.collectiveMember === true;
    case 'collective_representatives':
      return member.register?.collectiveRepresentative === true;
  }
}

/** The home a member lives in as its owner; a tenant's home is not theirs to speak for as an owner. */
export const ownHomeOf = (m: MemberDoc): string | undefined => (m.tenure === 'owner' ? m.unitId : undefined);

/** Whether a unit is in an owners' scope: one of its buildings, or one of its units by id. */
export function unitsCoveredBy(scope: Extract<Scope, { kind: 'owners' }>): (u: UnitDoc) => boolean {
  const buildings = new Set(scope.buildings.map(buildingKey));
  const unitIds = new Set(scope.unitIds ?? []);
  return (u) => unitIds.has(u._id) || buildings.has(buildingKey(u.building));
}
