import { DomainError, type Role } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommunityDoc, MemberDoc } from '../docs';

export interface MemberInCommunity {
  member: MemberDoc;
  community: CommunityDoc;
}

/** The caller's membership, or null when they have not joined a community. */
export async function findMember(ctx: UseCaseContext): Promise<MemberInCommunity | null> {
  const [member] = await ctx.store.find<MemberDoc>('members', { openid: ctx.caller.openid }, { limit: 1 });
  if (!member) return null;
  const community = await ctx.store.get<CommunityDoc>('communities', member.communityId);
  if (!community) return null;
  return { member, community };
}

/** The caller's membership; NOT_MEMBER when there is none, FORBIDDEN when the role is not allowed. */
export async function requireMember(ctx: UseCaseContext, roles?: readonly Role[]): Promise<MemberInCommunity> {
  const found = await findMember(ctx);
  if (!found) throw new DomainError('NOT_MEMBER');
  if (roles && !roles.includes(found.member.role)) throw new DomainError('FORBIDDEN');
  return found;
}

export const COMMITTEE_ONLY: readonly Role[] = ['committee'];
