import { roleLabel } from '@shared';
import { toCommunityView } from '../communityView';
import type { UseCase } from '../functionKit';
import { findMember } from '../membership/requireMember';

/** 我的: who I am, my community and my role; a caller who has not joined gets nulls, not an error. */
export const getMe: UseCase<'account', 'me.get'> = async (ctx) => {
  const found = await findMember(ctx);
  if (!found) return { member: null, community: null };
  const { member, community } = found;
  return {
    member: {
      id: member._id,
      name: member.name,
      role: member.role,
      roleLabel: roleLabel(member.role, community.kind),
      verified: member.verified,
    },
    community: toCommunityView(community),
  };
};
