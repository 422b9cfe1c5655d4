import { formatChinaTime } from '@shared';
import { aboutConsultation, announced, scopeOf, type Due } from './event';

/** 会议提醒: before the meeting, those in scope who have not responded to the notice (applied, said they cannot come, or gave an opinion). */
export const meetingSoon = announced({
  kind: 'meetingSoon',
  label: '会议提醒',
  template: 'notice',
  audience: ({ c }: Due) => ({ kind: 'notResponded', scope: scopeOf(c.plan.scope) }),
  says: ({ c, deadline: startsAt }) => ({
    key: `${c._id}:remind:meeting`,
    ...aboutConsultation(c),
    title: `协商即将开始：${c.plan.title}`,
    body: `${formatChinaTime(startsAt)}${c.plan.place ? `在${c.plan.place}` : ''}开始。您还没有报名或发表意见，欢迎参加。`,
    fields: { title: c.plan.title, status: '即将开始', time: startsAt, note: c.plan.place ?? '欢迎报名或发表意见' },
  }),
});
