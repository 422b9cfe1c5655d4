import type { Scope } from '@shared';
import type { MemberDoc, UnitDoc } from '../docs';
import type { Store } from '../store/port';
import { inPeopleScope, ownHomeOf, unitsCoveredBy } from '../participation/scope';

/**
 * Everyone a notice is for: the same members `isInScope` admits, found with one read of the
 * members and (for building scopes) one of the units, rather than a read per member.
 */
export async function audienceOf(store: Store, communityId: string, scope: Scope | undefined): Promise<string[]> {
  const members = await store.find<MemberDoc>('members', { communityId, status: 'active' });
  if (!scope || scope.kind !== 'owners') return members.filter((m) => inPeopleScope(m, scope)).map((m) => m._id);
  const covered = (await store.find<UnitDoc>('units', { communityId })).filter(unitsCoveredBy(scope));
  const homes = new Set(covered.map((u) => u._id));
  const owners = new Set(covered.flatMap((u) => (u.ownerId ? [u.ownerId] : [])));
  return members
    .filter((m) => {
      const home = ownHomeOf(m);
      return (home !== undefined && homes.has(home)) || (m.ownerId !== undefined && owners.has(m.ownerId));
    })
    .map((m) => m._id);
}
