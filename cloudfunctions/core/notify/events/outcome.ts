import type { ConsultationDoc } from '../../docs';
import { announced, toParticipants } from './event';

/** 结果公示: everyone who took part hears the outcome, and until when they may object. */
export const resultPublished = announced({
  kind: 'outcome',
  label: '结果公示',
  template: 'result',
  audience: () => ({ kind: 'participants' }),
  says: ({ c, objectionWindowEndsAt, days }: { c: ConsultationDoc; objectionWindowEndsAt: number; days: number }, now) =>
    toParticipants(c, now, {
      key: `${c._id}:outcome:${c.version + 1}`,
      status: '结果公示',
      time: objectionWindowEndsAt,
      title: `协商结果公示：${c.plan.title}`,
      body: `${c.outcome?.text ?? ''}（公示${days}天，如有异议可在公示期内提出）`,
    }),
});
