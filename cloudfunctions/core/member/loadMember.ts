import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';
import type { MemberDoc } from '../docs';
import type { MemberInCommunity } from '../access/requireMember';

/** A member of the caller's own community; anyone else is NOT_FOUND, so ids reveal nothing. */
export async function loadMember(ctx: UseCaseContext, id: string, { community }: MemberInCommunity): Promise<MemberDoc> {
  const m = await ctx.store.get<MemberDoc>('members', id);
  if (!m || m.communityId !== community._id || m.status === 'deleted') throw new DomainError('NOT_FOUND');
  return m;
}
