/** What a member may do is decided by role; the platform identity says who they are. */
export const ROLES = ['resident', 'representative', 'committee', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export const COMMUNITY_KINDS = ['community', 'village'] as const;
/** 社区 (urban) or 村 (village): the meeting rules differ. */
export type CommunityKind = (typeof COMMUNITY_KINDS)[number];

const ROLE_LABELS: Record<CommunityKind, Record<Role, string>> = {
  community: {
    resident: '居民',
    representative: '居民代表',
    committee: '居委会成员',
    supervisor: '居务监督委员会成员',
  },
  village: {
    resident: '村民',
    representative: '村民代表',
    committee: '村委会成员',
    supervisor: '村务监督委员会成员',
  },
};

export function roleLabel(role: Role, kind: CommunityKind): string {
  return ROLE_LABELS[kind][role];
}

export const COMMUNITY_KIND_LABELS: Record<CommunityKind, string> = { community: '社区', village: '村' };
