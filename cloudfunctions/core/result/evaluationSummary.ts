import { SCORES, type EvaluationSummaryView } from '@shared';
import type { UseCaseContext } from '../context';
import { countsOf } from '../consultation/counts';
import type { ConsultationCounts, ConsultationDoc, EvaluationDoc } from '../docs';
import { tookPart } from './participants';

export const evaluationOpen = (c: ConsultationDoc, now: number) => c.status === 'completed' && c.evaluationEndsAt !== undefined && now < c.evaluationEndsAt;

/**
 * The distribution of ratings (kept on the consultation) and, for a member, their own rating and
 * whether they may rate. A caller that already holds the consultation's counts passes them.
 */
export async function evaluationSummary(ctx: UseCaseContext, c: ConsultationDoc, memberId?: string, kept?: ConsultationCounts): Promise<EvaluationSummaryView> {
  const [{ evaluations }, mine] = await Promise.all([
    kept ?? countsOf(ctx.store, c),
    memberId ? ctx.store.get<EvaluationDoc>('evaluations', `${c._id}:${memberId}`) : Promise.resolve(null),
  ]);
  const counts = SCORES.map((score) => evaluations[String(score)] ?? 0);
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
