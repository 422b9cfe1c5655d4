import { MEMBER_STATUS_LABELS, roleLabel } from '@shared';
import type { CommunityDoc, MemberDoc } from '../core/docs';
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
 * the personas who have joined nothing, as long as they have not.
 */
export async function listPersonas(store: Store): Promise<Persona[]> {
  const [members, communities] = await Promise.all([
    store.find<MemberDoc>('members', {}, { sort: [{ field: '_id', dir: 'asc' }] }),
    store.find<CommunityDoc>('communities', {}),
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
  const unjoined = UNJOINED_PERSONAS.filter((p) => !joined.some((j) => j.id === p.id)).map((p) => ({
    ...p,
    roleLabel: '未加入社区',
    communityName: '',
  }));
  return [...joined, ...unjoined];
}
