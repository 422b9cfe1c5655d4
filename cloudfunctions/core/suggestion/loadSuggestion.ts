import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';
import type { SuggestionDoc } from '../docs';
import type { MemberInCommunity } from '../access/requireMember';

/**
 * A suggestion the caller may see: of their community, and if the content check held it, only
 * its author, the committee and the supervisory committee see it. Anything else is NOT_FOUND.
 */
export async function loadSuggestion(ctx: UseCaseContext, id: string, { member }: MemberInCommunity): Promise<SuggestionDoc> {
  const doc = await ctx.store.get<SuggestionDoc>('suggestions', id);
  if (!doc || doc.communityId !== member.communityId) throw new DomainError('NOT_FOUND');
  // The committee and the supervisory committee keep and read the whole ledger.
  const overseer = member.role === 'committee' || member.role === 'supervisor';
  if (doc.moderation !== 'visible' && doc.authorId !== member._id && !overseer) throw new DomainError('NOT_FOUND');
  return doc;
}
