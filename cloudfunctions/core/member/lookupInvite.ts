import { DomainError, EITHER_COMMITTEE } from '@shared';
import { toCommunityView } from '../communityView';
import type { CommunityDoc, InviteDoc } from '../docs';
import type { UseCase } from '../functionKit';
import type { UseCaseContext } from '../context';

/** The invite a code stands for and its community; an unknown or spent code is NOT_FOUND. */
export async function findInvite(ctx: UseCaseContext, code: string): Promise<{ invite: InviteDoc; community: CommunityDoc }> {
  const invite = await ctx.store.get<InviteDoc>('invites', code);
  const community = invite && (await ctx.store.get<CommunityDoc>('communities', invite.communityId));
  if (!invite || !community) throw new DomainError('NOT_FOUND', `邀请码无效，请向${EITHER_COMMITTEE}核对`);
  return { invite, community };
}

/** Before joining: which community this code is for, so the person sees where they are joining. */
export const lookupInvite: UseCase<'member', 'invite.lookup'> = async (ctx, { code }) => {
  const { invite, community } = await findInvite(ctx, code);
  if (invite.oneTime && invite.usedBy !== null) throw new DomainError('NOT_FOUND', '该邀请码已被使用');
  return { community: toCommunityView(community), kind: invite.kind };
};
