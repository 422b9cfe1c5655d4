import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc } from '../docs';
import type { MemberInCommunity } from '../membership/requireMember';

/**
 * A consultation the caller may see: it belongs to their community, and drafts are the
 * committee's alone. Anything else is NOT_FOUND, so another community's ids reveal nothing.
 */
export async function loadConsultation(
  ctx: UseCaseContext,
  id: string,
  { member }: MemberInCommunity,
): Promise<ConsultationDoc> {
  const doc = await ctx.store.get<ConsultationDoc>('consultations', id);
  if (!doc || doc.communityId !== member.communityId) throw new DomainError('NOT_FOUND');
  if (doc.status === 'draft' && member.role !== 'committee') throw new DomainError('NOT_FOUND');
  return doc;
}
