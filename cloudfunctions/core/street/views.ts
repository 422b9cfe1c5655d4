import { COMMUNITY_KIND_LABELS, STREET_KIND_LABELS, staffRoleLabel, type StreetHomeView } from '@shared';
import type { CommunityDoc, JointDoc } from '../docs';
import { mayActForStreet, type StaffOfStreet } from '../access/street';
import type { Store } from '../store/port';
import { toJointSummary } from './jointView';

/** The street and the caller's place in it, as every street screen heads itself. */
export function streetHeader({ staff, street }: StaffOfStreet): Pick<StreetHomeView, 'street' | 'me'> {
  return {
    street: { id: street._id, name: street.name, kind: street.kind, kindLabel: STREET_KIND_LABELS[street.kind] },
    me: { name: staff.name, role: staff.role, roleLabel: staffRoleLabel(staff.role, street.kind), mayAct: mayActForStreet(staff).ok },
  };
}

/** 街道工作台 from the caller's staff place, the communities under the street and the matters it leads across them. */
function toStreetHomeView(staffOf: StaffOfStreet, communities: CommunityDoc[], joints: JointDoc[], now: number): StreetHomeView {
  return {
    ...streetHeader(staffOf),
    communities: communities.map((c) => ({ id: c._id, name: c.name, kind: c.kind, kindLabel: COMMUNITY_KIND_LABELS[c.kind] })),
    joints: joints.map((j) => toJointSummary(j, now)),
  };
}

/** The communities under a street, by name: one read (a street has tens of them, never a thousand). */
function communitiesOf(ctx: { store: Store }, streetId: string): Promise<CommunityDoc[]> {
  return ctx.store.find<CommunityDoc>('communities', { streetId }, { sort: [{ field: 'name', dir: 'asc' }], limit: 1000 });
}

/** Its latest cross-community matters: one read of the newest, however many it has led. */
function recentJoints(ctx: { store: Store }, streetId: string): Promise<JointDoc[]> {
  return ctx.store.find<JointDoc>('joints', { streetId }, { sort: [{ field: 'createdAt', dir: 'desc' }], limit: 50 });
}

/** 街道工作台 for this staff place, in three reads whatever the street's size. */
export async function streetHome(ctx: { store: Store; now: number }, staffOf: StaffOfStreet): Promise<StreetHomeView> {
  const [communities, joints] = await Promise.all([communitiesOf(ctx, staffOf.street._id), recentJoints(ctx, staffOf.street._id)]);
  return toStreetHomeView(staffOf, communities, joints, ctx.now);
}
