import { formatChinaTime } from '@shared';
import type { SystemContext } from '../context';
import { runReminder, type Reminder } from '../notify/remind';
import { voteIdOf } from '../voting/loadVote';
import type { Budget } from './budget';
import type { StepResult } from './dueWork';

const vote: Reminder = {
  kind: 'vote',
  filter: { status: 'voting' },
  deadlineField: 'plan.vote.closesAt',
  deadlineOf: (c) => c.plan.vote?.closesAt,
  // The voters of every elector whose ballot is not in yet (online or entered on paper).
  audience: (c) => ({ kind: 'notVoted', voteId: voteIdOf(c) }),
  text: (c, closesAt) => ({
    title: `表决即将截止：${c.plan.title}`,
    body: `表决将于${formatChinaTime(closesAt)}截止，您还没有投票。`,
    status: '即将截止',
    note: '请在截止前投票',
  }),
};

/** 表决提醒: before the vote closes, those who may vote and have not. */
export function remindBeforeVoteCloses(ctx: SystemContext, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  return runReminder(ctx, vote, logError, budget);
}
