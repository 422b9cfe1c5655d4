import { FEEDBACK_LABELS, type FeedbackDecision } from '@shared';
import type { ConsultationDoc } from '../../docs';
import { announced, toParticipants } from './event';

interface Fed {
  c: ConsultationDoc;
  commissioner: string;
  decision: FeedbackDecision;
  reasons?: string;
}

/** 委托事项反馈: everyone who took part in a commissioned consultation hears what the street took up of its outcome, and why not all. */
export const commissionFeedback = announced({
  kind: 'commissionFeedback',
  label: '委托事项反馈',
  template: 'result',
  audience: () => ({ kind: 'participants' }),
  says: ({ c, commissioner, decision, reasons }: Fed, now) =>
    toParticipants(c, now, {
      key: `${c._id}:commissionFeedback`,
      status: FEEDBACK_LABELS[decision],
      title: `${commissioner}反馈：${c.plan.title}`,
      body: `${commissioner}研究了本次协商的结果，${FEEDBACK_LABELS[decision]}${reasons ? `。理由：${reasons}` : '。'}`,
    }),
});
