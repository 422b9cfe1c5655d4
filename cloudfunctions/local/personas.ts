import { roleLabel } from '@shared';
import type { CommunityDoc, MemberDoc } from '../core/docs';
import type { Store } from '../core/store/port';
import { DEMO_VISITOR } from './seed';

export interface Persona {
  /** The openid the local host vouches for when this persona is chosen. */
  id: string;
  name: string;
  roleLabel: string;
  communityName: string;
}

const VISITOR: Persona = { id: DEMO_VISITOR, name: '访客', roleLabel: '未加入社区', communityName: '' };

/** The demo identities: every seeded member whose openid is a demo one, and a visitor who has joined nothing. */
export async function listPersonas(store: Store): Promise<Persona[]> {
  const [members, communities] = await Promise.all([
    store.find<MemberDoc>('members', {}, { sort: [{ field: '_id', dir: 'asc' }] }),
    store.find<CommunityDoc>('communities', {}),
  ]);
  const byId = new Map(communities.map((c) => [c._id, c]));
  const rank = { committee: 0, supervisor: 1, representative: 2, resident: 3 };
  const personas = members
    .filter((m) => m.openid.startsWith('demo-') && byId.has(m.communityId))
    .sort((a, b) => byId.get(a.communityId)!.createdAt - byId.get(b.communityId)!.createdAt || rank[a.role] - rank[b.role])
    .map((m) => {
      const c = byId.get(m.communityId)!;
      return { id: m.openid, name: m.name, roleLabel: roleLabel(m.role, c.kind), communityName: c.name };
    });
  return [...personas, VISITOR];
}
