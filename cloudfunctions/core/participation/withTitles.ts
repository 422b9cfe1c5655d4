import type { OpinionView } from '@shared';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, OpinionDoc } from '../docs';
import { toOpinionViews, type Viewer } from './views';
import { isReplyable } from './window';

/** Opinions from several consultations, each with its consultation's title, in two reads. */
export async function withTitles(ctx: UseCaseContext, docs: OpinionDoc[], viewer: Viewer): Promise<(OpinionView & { consultationTitle: string })[]> {
  const consultations = await ctx.store.find<ConsultationDoc>('consultations', { _id: { $in: [...new Set(docs.map((d) => d.consultationId))] } });
  const byId = new Map(consultations.map((c) => [c._id, c]));
  const views = await toOpinionViews(ctx, docs, viewer, (id) => {
    const c = byId.get(id);
    return c !== undefined && isReplyable(c);
  });
  return views.map((v) => ({ ...v, consultationTitle: byId.get(v.consultationId)?.plan.title ?? '' }));
}
