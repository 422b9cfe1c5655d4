import { DomainError, type Role } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommunityDoc, MemberDoc } from '../docs';

export interface MemberInCommunity {
  member: MemberDoc;
  community: CommunityDoc;
}

/** A community as a screen that only names it needs it: its name and kind never change. */
export type CommunityRef = Pick<CommunityDoc, '_id' | 'name' | 'kind'>;

/** A member with what a screen needs of their community: the whole document, or only its name and kind. */
export interface Reader {
  member: MemberDoc;
  community: CommunityRef;
}

/** The caller's membership document, in whatever state, or null when they never asked to join. */
export async function findCaller(ctx: UseCaseContext): Promise<MemberDoc | null> {
  const [member] = await ctx.store.find<MemberDoc>('members', { openid: ctx.caller.openid }, { limit: 1 });
  return member ?? null;
}

/** The caller's membership in whatever state it is, or null when they never asked to join. */
export async function findMember(ctx: UseCaseContext): Promise<MemberInCommunity | null> {
  const member = await findCaller(ctx);
  if (!member) return null;
  const community = await ctx.store.get<CommunityDoc>('communities', member.communityId);
  if (!community) return null;
  return { member, community };
}

function notMember(member: MemberDoc | null | undefined): DomainError {
  return member?.status === 'pending' ? new DomainError('NOT_MEMBER', '您的入社申请正在审核中，审核通过后才能参与') : new DomainError('NOT_MEMBER');
}

/** An approved member, in one of `roles` when given: who may speak, vote and act. */
export function checkMember(member: MemberDoc | null | undefined, roles?: readonly Role[]): MemberDoc {
  if (!member || member.status !== 'active') throw notMember(member);
  if (roles && !roles.includes(member.role)) throw new DomainError('FORBIDDEN');
  return member;
}

/**
 * Someone who may read the community's public notices and results: an approved member, or one
 * whose request is still waiting. A rejected or removed person reads nothing.
 */
export function checkReader(member: MemberDoc | null | undefined): MemberDoc {
  if (!member || (member.status !== 'active' && member.status !== 'pending')) throw notMember(member);
  return member;
}

/** An approved member with their community, in one of `roles` when given. */
export async function requireMember(ctx: UseCaseContext, roles?: readonly Role[]): Promise<MemberInCommunity> {
  const found = await findMember(ctx);
  checkMember(found?.member, roles);
  return found!;
}

/** A reader (an approved member, or one whose request is waiting) with their community. */
export async function requireReader(ctx: UseCaseContext): Promise<MemberInCommunity> {
  const found = await findMember(ctx);
  checkReader(found?.member);
  return found!;
}

export const COMMITTEE_ONLY: readonly Role[] = ['committee'];
