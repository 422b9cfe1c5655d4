import { DomainError, FEEDBACK_LABELS } from '@shared';
import type { SystemContext } from '../context';
import type { CommissionDoc, ConsultationDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { mayGiveFeedback } from '../access/commission';
import { enforce } from '../access/decision';
import { requireOfficer } from '../access/street';
import { carrying, copyCarriedNow } from '../notify/announce';
import { commissionFeedback } from '../notify/events/commissionFeedback';
import { announcementOf } from '../notify/notify';
import { commissionOfStreet } from './loadCommission';
import { auditByStaff } from './staffAudit';
import { commissionerOf, toCommissionView } from './views';

type Feedback = NonNullable<CommissionDoc['feedback']>;

/** The same feedback sent again by the same officer (a retry after a lost reply). */
const isResend = (m: CommissionDoc, f: Pick<Feedback, 'decision' | 'reasons' | 'by'>) =>
  m.feedback?.by === f.by && m.feedback.decision === f.decision && (m.feedback.reasons ?? '') === (f.reasons ?? '');

/**
 * 研究吸纳: an officer records what the street took up of a report (采纳 / 部分采纳 / 不采纳, with
 * reasons unless all of it). The feedback goes onto the consultation — its detail and its public
 * record show it — and one announcement tells everyone who took part, whatever their number.
 */
export const giveFeedback: UseCase<'street', 'street.feedback'> = async (ctx, input) => {
  const staffOf = await requireOfficer(ctx);
  const m = await commissionOfStreet(ctx, input.id, staffOf.street._id);
  const feedback: Feedback = { decision: input.decision, ...(input.reasons ? { reasons: input.reasons } : {}), by: staffOf.staff._id, at: ctx.now };
  let answered = m;
  if (!isResend(m, feedback)) {
    enforce(mayGiveFeedback(staffOf.staff, m));
    const won = await ctx.store.update('commissions', { _id: m._id, state: 'reported' }, { set: { state: 'answered', feedback } });
    if (won === 0) throw new DomainError('WRONG_STATE', '已经反馈过了');
    answered = { ...m, state: 'answered', feedback };
  }
  // Again on a retry: the first try may have stopped before the consultation heard of it.
  await tellConsultation(ctx, answered);
  await auditByStaff(
    { ...ctx, now: answered.feedback!.at },
    staffOf,
    answered,
    'commission.feedback',
    'reported',
    FEEDBACK_LABELS[answered.feedback!.decision],
  );
  return toCommissionView(answered, ctx.now, { feedback: mayGiveFeedback(staffOf.staff, answered).ok });
};

/** The feedback on the consultation and the news of it, in one write; once, however often asked. */
async function tellConsultation(ctx: SystemContext, m: CommissionDoc): Promise<void> {
  const c = m.consultationId ? await ctx.store.get<ConsultationDoc>('consultations', m.consultationId) : null;
  if (!c || c.fromCommission?.feedback) return;
  const { decision, reasons, at } = m.feedback!;
  const commissioner = commissionerOf(m);
  const news = carrying(ctx.now, [announcementOf(ctx, commissionFeedback, { c, commissioner, decision, ...(reasons ? { reasons } : {}) })]);
  const fromCommission = { id: m._id, commissioner, feedback: { decision, ...(reasons ? { reasons } : {}), at } };
  await ctx.store.update('consultations', { _id: c._id }, { set: { fromCommission, ...news.set }, inc: news.inc, push: news.push });
  const told = await ctx.store.get<ConsultationDoc>('consultations', c._id);
  if (told) await copyCarriedNow(ctx, told);
}
