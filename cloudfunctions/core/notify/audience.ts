import { buildingKey, type Scope } from '@shared';
import type { MemberDoc, UnitDoc } from '../docs';
import type { Store } from '../store/port';

/**
 * Everyone a notice is for: the same members `isInScope` admits, found with one read of the
 * members and (for building scopes) one of the units, rather than a read per member.
 */
export async function audienceOf(store: Store, communityId: string, scope: Scope | undefined): Promise<string[]> {
  const members = await store.find<MemberDoc>('members', { communityId, status: 'active' });
  if (!scope || scope.kind === 'residents' || scope.kind === 'households') return members.map((m) => m._id);
  if (scope.kind === 'representatives') return members.filter((m) => m.role === 'representative').map((m) => m._id);
  const buildings = new Set(scope.buildings.map(buildingKey));
  const unitIds = new Set(scope.unitIds ?? []);
  const covered = (await store.find<UnitDoc>('units', { communityId })).filter(
    (u) => unitIds.has(u._id) || buildings.has(buildingKey(u.building)),
  );
  const homes = new Set(covered.map((u) => u._id));
  const owners = new Set(covered.flatMap((u) => (u.ownerId ? [u.ownerId] : [])));
  return members
    .filter((m) => (m.unitId !== undefined && homes.has(m.unitId)) || (m.ownerId !== undefined && owners.has(m.ownerId)))
    .map((m) => m._id);
}
