import { MEMBER_STATUS_LABELS, roleLabel, staffRoleLabel } from '@shared';
import type { CommunityDoc, MemberDoc, StaffDoc, StreetDoc } from '../core/docs';
import type { Store } from '../core/store/port';
import { UNJOINED_PERSONAS } from './seed';

export interface Persona {
  /** The openid the local host vouches for when this persona is chosen. */
  id: string;
  name: string;
  roleLabel: string;
  communityName: string;
}

/**
 * The demo identities: every member whose openid is a demo one (approved, or still waiting), and
 * the staff of the demo's 街道 and 乡镇, and the personas who have joined nothing, as long as they have not.
 */
export async function listPersonas(store: Store): Promise<Persona[]> {
  const [members, communities, staff, streets] = await Promise.all([
    store.find<MemberDoc>('members', {}, { sort: [{ field: '_id', dir: 'asc' }] }),
    store.find<CommunityDoc>('communities', {}),
    store.find<StaffDoc>('staff', {}, { sort: [{ field: '_id', dir: 'asc' }] }),
    store.find<StreetDoc>('streets', {}),
  ]);
  const byId = new Map(communities.map((c) => [c._id, c]));
  const rank = { committee: 0, supervisor: 1, representative: 2, resident: 3 };
  const joined = members
    .filter((m) => m.openid.startsWith('demo-') && byId.has(m.communityId))
    .sort((a, b) => byId.get(a.communityId)!.createdAt - byId.get(b.communityId)!.createdAt || rank[a.role] - rank[b.role])
    .map((m) => {
      const c = byId.get(m.communityId)!;
      const label = m.status === 'active' ? roleLabel(m.role, c.kind) : MEMBER_STATUS_LABELS[m.status];
      return { id: m.openid, name: m.name, roleLabel: label, communityName: c.name };
    });
  const streetById = new Map(streets.map((s) => [s._id, s]));
  const officials = staff
    .filter((s) => s.openid.startsWith('demo-') && streetById.has(s.streetId))
    .map((s) => {
      const street = streetById.get(s.streetId)!;
      return { id: s.openid, name: s.name, roleLabel: staffRoleLabel(s.role, street.kind), communityName: street.name };
    });
  const unjoined = UNJOINED_PERSONAS.filter((p) => ![...joined, ...officials].some((j) => j.id === p.id)).map((p) => ({
    ...p,
    roleLabel: '未加入社区',
    communityName: '',
  }));
  return [...joined, ...officials, ...unjoined];
}
