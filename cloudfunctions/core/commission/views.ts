import {
  COMMISSION_STATE_LABELS,
  commissionerLabel,
  commissionOverdue,
  FEEDBACK_LABELS,
  type CommissionFeedbackView,
  type CommissionView,
  type FeedbackDecision,
} from '@shared';
import type { CommissionDoc } from '../docs';

/** Who commissioned it, in words: 和平街道（城管科）. */
export const commissionerOf = (m: Pick<CommissionDoc, 'streetName' | 'department'>) => commissionerLabel(m.streetName, m.department);

/** The street's feedback as the screens show it. */
export function feedbackView(f: { decision: FeedbackDecision; reasons?: string; at: number }): CommissionFeedbackView {
  return { decision: f.decision, decisionLabel: FEEDBACK_LABELS[f.decision], ...(f.reasons ? { reasons: f.reasons } : {}), at: f.at };
}

/** One commissioned matter; `can` and `reportBlocked` come from the policies in access/commission.ts. */
export function toCommissionView(m: CommissionDoc, now: number, can: Partial<CommissionView['can']> = {}, reportBlocked?: string): CommissionView {
  return {
    id: m._id,
    title: m.title,
    matter: m.matter,
    commissioner: commissionerOf(m),
    community: { id: m.communityId, name: m.communityName },
    dueOn: m.dueOn,
    overdue: commissionOverdue(m.state, m.dueOn, now),
    state: m.state,
    stateLabel: COMMISSION_STATE_LABELS[m.state],
    createdAt: m.createdAt,
    ...(m.consultationId ? { consultationId: m.consultationId } : {}),
    ...(m.report ? { report: { outcome: m.report.outcome, ...(m.report.note ? { note: m.report.note } : {}), at: m.report.at } } : {}),
    ...(m.feedback ? { feedback: feedbackView(m.feedback) } : {}),
    can: { draft: false, report: false, feedback: false, ...can },
    ...(reportBlocked ? { reportBlocked } : {}),
  };
}
