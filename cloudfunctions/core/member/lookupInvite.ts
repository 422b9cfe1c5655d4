import { DomainError, EITHER_COMMITTEE } from '@shared';
import { toCommunityView } from '../communityView';
import type { CommunityDoc, InviteDoc } from '../docs';
import type { UseCase } from '../functionKit';
import type { UseCaseContext } from '../context';
import { spendAllowance } from '../limits/allowance';

/** Codes one caller may try in an hour: plenty for someone mistyping, far too few to guess with. */
const INVITE_TRIES_PER_HOUR = 20;
const HOUR_MS = 3_600_000;

/**
 * The invite a code stands for and its community; an unknown or spent code is NOT_FOUND. Every
 * try spends one of the caller's tries this hour, so codes cannot be guessed at hundreds a second.
 */
export async function findInvite(ctx: UseCaseContext, code: string): Promise<{ invite: InviteDoc; community: CommunityDoc }> {
  const until = (Math.floor(ctx.now / HOUR_MS) + 1) * HOUR_MS;
  if (!(await spendAllowance(ctx, `invite:${ctx.caller.openid}:${until}`, INVITE_TRIES_PER_HOUR, until))) {
    throw new DomainError('LIMIT_REACHED', '邀请码尝试次数过多，请一小时后再试');
  }
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
