import { formatChinaTime } from '@shared';
import { aboutConsultation, announced, scopeOf, type Due } from './event';

/** 公示提醒: before the objection window ends, those in scope who have not objected to the published result. */
export const objectionClosing = announced({
  kind: 'objectionClosing',
  label: '公示提醒',
  template: 'result',
  audience: ({ c }: Due) => ({ kind: 'notObjected', scope: scopeOf(c.plan.scope) }),
  says: ({ c, deadline: endsAt }) => ({
    key: `${c._id}:remind:objection`,
    ...aboutConsultation(c),
    title: `公示即将结束：${c.plan.title}`,
    body: `协商结果公示期至${formatChinaTime(endsAt)}。如有异议，请在此前提出。`,
    fields: { title: c.plan.title, status: '即将结束', time: endsAt, note: '如有异议请在公示期内提出' },
  }),
});
