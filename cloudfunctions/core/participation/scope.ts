import { buildingKey, type Scope } from '@shared';
import type { MemberDoc, UnitDoc } from '../docs';
import type { Store } from '../store/port';

/**
 * Whether a member is among the 协商主体 of a consultation's scope: every approved member for
 * residents and households, the representatives for a representatives' consultation, and for the
 * owners of given buildings or units, those who live there or vote for an owner there.
 */
export async function isInScope(store: Store, member: MemberDoc, scope: Scope | undefined): Promise<boolean> {
  if (member.status !== 'active') return false;
  if (!scope || scope.kind === 'residents' || scope.kind === 'households') return true;
  if (scope.kind === 'representatives') return member.role === 'representative';
  const buildings = new Set(scope.buildings.map(buildingKey));
  const unitIds = new Set(scope.unitIds ?? []);
  const covered = (u: UnitDoc) => unitIds.has(u._id) || buildings.has(buildingKey(u.building));
  if (member.unitId) {
    const home = await store.get<UnitDoc>('units', member.unitId);
    if (home && covered(home)) return true;
  }
  if (!member.ownerId) return false;
  return (await store.find<UnitDoc>('units', { ownerId: member.ownerId })).some(covered);
}
