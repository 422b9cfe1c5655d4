import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, OpinionDoc } from '../docs';
import type { MemberInCommunity } from '../access/requireMember';

/** An opinion of the caller's own community, with its consultation; anything else is NOT_FOUND. */
export async function loadOpinion(
  ctx: UseCaseContext,
  id: string,
  { community }: MemberInCommunity,
): Promise<{ opinion: OpinionDoc; consultation: ConsultationDoc }> {
  const opinion = await ctx.store.get<OpinionDoc>('opinions', id);
  const consultation = opinion && (await ctx.store.get<ConsultationDoc>('consultations', opinion.consultationId));
  if (!opinion || !consultation || opinion.communityId !== community._id) throw new DomainError('NOT_FOUND');
  return { opinion, consultation };
}
