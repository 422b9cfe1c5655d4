import { formatChinaTime } from '@shared';
import { voteIdOf } from '../../voting/loadVote';
import { aboutConsultation, announced, type Due } from './event';

/** 表决提醒: before the vote closes, the voters of every elector whose ballot is not in yet (online or entered on paper). */
export const voteClosing = announced({
  kind: 'voteClosing',
  label: '表决提醒',
  template: 'vote',
  audience: ({ c }: Due) => ({ kind: 'notVoted', voteId: voteIdOf(c) }),
  says: ({ c, deadline: closesAt }) => ({
    key: `${c._id}:remind:vote`,
    ...aboutConsultation(c),
    title: `表决即将截止：${c.plan.title}`,
    body: `表决将于${formatChinaTime(closesAt)}截止，您还没有投票。`,
    fields: { title: c.plan.title, status: '即将截止', time: closesAt, note: '请在截止前投票' },
  }),
});
