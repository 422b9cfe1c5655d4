import type { OpinionCounts, PublicConsultationView, ResultSectionView } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommunityDoc, ConsultationDoc } from '../docs';
import { describe } from './views';

/** A consultation's public record: the notice, its road, what became of it, and the opinion counts. */
export async function toPublicConsultation(
  ctx: UseCaseContext,
  c: ConsultationDoc,
  community: CommunityDoc,
  result: ResultSectionView,
  opinions: OpinionCounts,
): Promise<PublicConsultationView> {
  const { community: communityView, consultation, timeline } = await describe(ctx, c, community);
  return { community: communityView, consultation, timeline, result, opinions };
}
