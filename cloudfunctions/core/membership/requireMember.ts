import { DomainError, type Role } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommunityDoc, MemberDoc } from '../docs';

export interface MemberInCommunity {
  member: MemberDoc;
  community: CommunityDoc;
}

/** The caller's membership in whatever state it is, or null when they never asked to join. */
export async function findMember(ctx: UseCaseContext): Promise<MemberInCommunity | null> {
  const [member] = await ctx.store.find<MemberDoc>('members', { openid: ctx.caller.openid }, { limit: 1 });
  if (!member) return null;
  const community = await ctx.store.get<CommunityDoc>('communities', member.communityId);
  if (!community) return null;
  return { member, community };
}

function notMember(member: MemberDoc | undefined): DomainError {
  return member?.status === 'pending'
    ? new DomainError('NOT_MEMBER', '您的入社申请正在审核中，审核通过后才能参与')
    : new DomainError('NOT_MEMBER');
}

/** An approved member, in one of `roles` when given: who may speak, vote and act. */
export async function requireMember(ctx: UseCaseContext, roles?: readonly Role[]): Promise<MemberInCommunity> {
  const found = await findMember(ctx);
  if (!found || found.member.status !== 'active') throw notMember(found?.member);
  if (roles && !roles.includes(found.member.role)) throw new DomainError('FORBIDDEN');
  return found;
}

/**
 * Someone who may read the community's public notices and results: an approved member, or one
 * whose request is still waiting. A rejected or removed person reads nothing.
 */
export async function requireReader(ctx: UseCaseContext): Promise<MemberInCommunity> {
  const found = await findMember(ctx);
  if (!found || (found.member.status !== 'active' && found.member.status !== 'pending')) throw notMember(found?.member);
  return found;
}

export const COMMITTEE_ONLY: readonly Role[] = ['committee'];
