import { STATE_LABELS } from '@shared';
import type { EvaluationDoc, MemberDoc, ObjectionDoc, OpinionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { requireMember } from '../access/requireMember';
import { recordName } from '../member/views';
import { evaluationSummary } from './evaluationSummary';
import { participantsOf } from './participants';

/**
 * 测评报告: the supervisory committee's per-consultation report — ratings with who gave them,
 * what became of the opinions, the objections, and how implementation went. The committee may
 * read it too.
 */
export const getEvaluationReport: UseCase<'result', 'evaluation.report'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, ['supervisor', 'committee']);
  const c = await loadConsultation(ctx, consultationId, who);
  const [ratings, opinions, objections, posts, people] = await Promise.all([
    ctx.store.find<EvaluationDoc>('evaluations', { consultationId }, { sort: [{ field: 'at', dir: 'asc' }] }),
    ctx.store.find<OpinionDoc>('opinions', { consultationId }),
    ctx.store.find<ObjectionDoc>('objections', { consultationId }),
    ctx.store.count('progress', { consultationId }),
    participantsOf(ctx, c),
  ]);
  const members = await ctx.store.find<MemberDoc>('members', { _id: { $in: ratings.map((r) => r.memberId) } });
  const byId = new Map(members.map((m) => [m._id, m]));
  const name = (id: string) => {
    const m = byId.get(id);
    return m ? recordName(m, who.community.kind) : '已注销成员';
  };
  return {
    consultation: { id: c._id, title: c.plan.title, statusLabel: STATE_LABELS[c.status] },
    evaluation: await evaluationSummary(ctx, c),
    participants: people.size,
    comments: ratings.filter((r) => r.comment).map((r) => ({ name: name(r.memberId), score: r.score, comment: r.comment!, at: r.at })),
    objections: {
      total: objections.length,
      upheld: objections.filter((o) => o.state === 'upheld').length,
      dismissed: objections.filter((o) => o.state === 'dismissed').length,
    },
    implementation: {
      ...(c.outcome ? { dueAt: c.outcome.dueAt } : {}),
      ...(c.completion ? { completedAt: c.completion.at } : {}),
      overdue: c.overdue === true,
      posts,
    },
    opinions: {
      total: opinions.length,
      adopted: opinions.filter((o) => o.reply?.decision === 'adopted').length,
      partly: opinions.filter((o) => o.reply?.decision === 'partly').length,
      rejected: opinions.filter((o) => o.reply?.decision === 'rejected').length,
      moderated: opinions.filter((o) => o.reply?.decision === 'duplicate' || o.reply?.decision === 'off_topic').length,
    },
  };
};
