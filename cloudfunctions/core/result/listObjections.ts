import { STATE_LABELS } from '@shared';
import type { ObjectionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { requireReader } from '../access/requireMember';
import { toObjectionViews } from './objections';

/** 异议及答复: the objections to a published result and their answers, public with masked names. */
export const listObjections: UseCase<'result', 'objection.list'> = async (ctx, { consultationId }) => {
  const who = await requireReader(ctx);
  const c = await loadConsultation(ctx, consultationId, who);
  const docs = await ctx.store.find<ObjectionDoc>('objections', { consultationId }, { sort: [{ field: 'at', dir: 'asc' }] });
  return {
    consultation: { id: c._id, title: c.plan.title, statusLabel: STATE_LABELS[c.status] },
    objections: await toObjectionViews(ctx, docs, who),
    ...(c.objectionWindowEndsAt !== undefined ? { windowEndsAt: c.objectionWindowEndsAt } : {}),
  };
};
