import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { EvaluationDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { countChange } from '../consultation/counts';
import { whileCounting } from '../counting/marks';
import { whileOversight, yearDocAt } from '../oversight/counters';
import { loadConsultation } from '../consultation/loadConsultation';
import { requireMember } from '../access/requireMember';
import { evaluationOpen, evaluationSummary } from './evaluationSummary';
import { isStoreConflict } from '../store/port';
import { tookPart } from './participants';

/**
 * 满意度测评: someone who took part rates the outcome 1–5, with an optional comment, while the
 * window is open; rating again replaces their rating.
 */
export const submitEvaluation: UseCase<'result', 'evaluation.submit'> = async (ctx, { consultationId, score, comment }) => {
  const who = await requireMember(ctx);
  const c = await loadConsultation(ctx, consultationId, who);
  if (!evaluationOpen(c, ctx.now)) throw new DomainError('DEADLINE_PASSED', '现在不在满意度测评期内');
  if (!(await tookPart(ctx, c, who.member._id))) throw new DomainError('OUT_OF_SCOPE', '只有参与了本次协商的成员可以测评');
  const _id = `${c._id}:${who.member._id}`;
  const existing = await ctx.store.get<EvaluationDoc>('evaluations', _id);
  // Satisfaction counts for the street in the month it was given; a changed rating leaves its old month and score.
  const years = [yearDocAt(c.communityId, ctx.now), ...(existing ? [yearDocAt(c.communityId, existing.at)] : [])];
  const rated = await whileOversight(ctx.store, c.communityId, years, ctx.now, (moves) =>
    whileCounting(ctx.store, 'consultations', c._id, ctx.now, async (step) => {
      if (existing) {
        const changed = await ctx.store.update(
          'evaluations',
          { _id, version: existing.version },
          { set: { score, at: ctx.now, version: existing.version + 1, ...(comment ? { comment } : {}) }, ...(comment ? {} : { unset: ['comment'] }) },
        );
        if (changed === 0) throw new DomainError('CONFLICT');
        moves.inMonth(existing.at, `evaluations.${existing.score}`, -1);
        moves.inMonth(ctx.now, `evaluations.${score}`, 1);
        return countChange(ctx.store, c, 'evaluations', existing, { score }, step);
      }
      const doc: EvaluationDoc = {
        _id,
        communityId: c.communityId,
        consultationId: c._id,
        memberId: who.member._id,
        score,
        ...(comment ? { comment } : {}),
        at: ctx.now,
        version: 1,
      };
      try {
        await ctx.store.insert('evaluations', doc);
      } catch (e) {
        if (isStoreConflict(e)) throw new DomainError('CONFLICT', '您刚刚已经测评过，请刷新后再看');
        throw e;
      }
      moves.inMonth(ctx.now, `evaluations.${score}`, 1);
      return countChange(ctx.store, c, 'evaluations', null, doc, step);
    }),
  );
  const version = (existing?.version ?? 0) + 1;
  await auditBy(ctx, who.member, {
    action: existing ? 'evaluation.change' : 'evaluation.submit',
    entity: 'evaluation',
    entityId: _id,
    before: existing ? { status: `${existing.score}分`, version: existing.version } : null,
    after: { status: `${score}分`, version },
  });
  return evaluationSummary(ctx, rated, who.member._id);
};
