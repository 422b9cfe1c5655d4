import { formatChinaTime } from '@shared';
import type { SystemContext } from '../context';
import type { BallotDoc, ConsultationDoc, ElectorDoc } from '../docs';
import { runReminder, type Reminder } from '../notify/remind';
import { voteIdOf } from '../voting/loadVote';
import type { StepResult } from './dueWork';

/** The voters of every elector whose ballot is not in yet (online or entered on paper). */
async function notVoted(ctx: SystemContext, c: ConsultationDoc): Promise<string[]> {
  const voteId = voteIdOf(c);
  const [electors, ballots] = await Promise.all([
    ctx.store.find<ElectorDoc>('electors', { voteId }),
    ctx.store.find<BallotDoc>('ballots', { voteId }),
  ]);
  const voted = new Set(ballots.map((b) => b.electorId));
  return electors.filter((e) => !voted.has(e.electorId)).flatMap((e) => e.voters);
}

const vote: Reminder = {
  kind: 'vote',
  filter: { status: 'voting' },
  deadlineField: 'plan.vote.closesAt',
  deadlineOf: (c) => c.plan.vote?.closesAt,
  notResponded: notVoted,
  text: (c, closesAt) => ({
    title: `表决即将截止：${c.plan.title}`,
    body: `表决将于${formatChinaTime(closesAt)}截止，您还没有投票。`,
    status: '即将截止',
    note: '请在截止前投票',
  }),
};

/** 表决提醒: before the vote closes, those who may vote and have not. */
export function remindBeforeVoteCloses(ctx: SystemContext, logError: (e: unknown) => void): Promise<StepResult> {
  return runReminder(ctx, vote, logError);
}
