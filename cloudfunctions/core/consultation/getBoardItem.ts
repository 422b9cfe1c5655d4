import { DomainError } from '@shared';
import type { CommunityDoc, ConsultationDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { countsOf, opinionCounts } from './counts';
import { resultSectionOf } from '../result/resultSection';
import { toPublicConsultation } from './publicView';

/** One consultation's public record, read-only, for anyone: what the notice board would show. */
export const getBoardItem: UseCase<'consultation', 'board.item'> = async (ctx, { id }) => {
  const c = await ctx.store.get<ConsultationDoc>('consultations', id);
  // Public, so no "或您无权查看": there is no such record for anyone (a wrong link, or a draft).
  if (!c || c.status === 'draft') throw new DomainError('NOT_FOUND', '没有这项公示：链接可能有误，或议题还没有发布');
  const community = (await ctx.store.get<CommunityDoc>('communities', c.communityId))!;
  const [result, counts] = await Promise.all([resultSectionOf(ctx, c, community.kind), countsOf(ctx.store, c)]);
  return toPublicConsultation(ctx, c, community, result, opinionCounts(counts, false));
};
