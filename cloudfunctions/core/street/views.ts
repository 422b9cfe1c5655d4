import { COMMUNITY_KIND_LABELS, STREET_KIND_LABELS, staffRoleLabel, type StreetHomeView } from '@shared';
import type { CommunityDoc } from '../docs';
import { mayActForStreet, type StaffOfStreet } from '../access/street';

/** 街道工作台 from the caller's staff place and the communities under the street. */
export function toStreetHomeView({ staff, street }: StaffOfStreet, communities: CommunityDoc[]): StreetHomeView {
  return {
    street: { id: street._id, name: street.name, kind: street.kind, kindLabel: STREET_KIND_LABELS[street.kind] },
    me: { name: staff.name, role: staff.role, roleLabel: staffRoleLabel(staff.role, street.kind), mayAct: mayActForStreet(staff).ok },
    communities: communities.map((c) => ({ id: c._id, name: c.name, kind: c.kind, kindLabel: COMMUNITY_KIND_LABELS[c.kind] })),
  };
}

/** The communities under a street, by name: one read (a street has tens of them, never a thousand). */
export function communitiesOf(ctx: { store: import('../store/port').Store }, streetId: string): Promise<CommunityDoc[]> {
  return ctx.store.find<CommunityDoc>('communities', { streetId }, { sort: [{ field: 'name', dir: 'asc' }], limit: 1000 });
}
