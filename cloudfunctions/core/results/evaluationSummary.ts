import { SCORES, type EvaluationSummaryView } from '@shared';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, EvaluationDoc } from '../docs';
import { tookPart } from './participants';

export const evaluationOpen = (c: ConsultationDoc, now: number) =>
  c.status === 'completed' && c.evaluationEndsAt !== undefined && now < c.evaluationEndsAt;

/** The distribution of ratings (count queries only) and, for a member, their own rating and whether they may rate. */
export async function evaluationSummary(ctx: UseCaseContext, c: ConsultationDoc, memberId?: string): Promise<EvaluationSummaryView> {
  const [counts, mine] = await Promise.all([
    Promise.all(SCORES.map((score) => ctx.store.count('evaluations', { consultationId: c._id, score }))),
    memberId ? ctx.store.get<EvaluationDoc>('evaluations', `${c._id}:${memberId}`) : Promise.resolve(null),
  ]);
  const total = counts.reduce((a, b) => a + b, 0);
  const open = evaluationOpen(c, ctx.now);
  const sum = counts.reduce((n, k, i) => n + k * SCORES[i], 0);
  return {
    open,
    ...(c.evaluationEndsAt !== undefined ? { endsAt: c.evaluationEndsAt } : {}),
    counts,
    total,
    ...(total > 0 ? { average: Math.round((sum * 10) / total) / 10 } : {}),
    ...(mine ? { mine: { score: mine.score, ...(mine.comment ? { comment: mine.comment } : {}) } } : {}),
    canEvaluate: open && memberId !== undefined && (await tookPart(ctx, c, memberId)),
  };
}
