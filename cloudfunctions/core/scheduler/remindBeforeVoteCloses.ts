import type { SystemContext } from '../context';
import { voteClosing } from '../notify/events/voteClosing';
import { runReminder, type Reminder } from '../notify/remind';
import type { Budget } from './budget';
import type { StepResult } from './dueWork';

const vote: Reminder = {
  kind: 'vote',
  filter: { status: 'voting' },
  deadlineField: 'plan.vote.closesAt',
  deadlineOf: (c) => c.plan.vote?.closesAt,
  event: voteClosing,
};

/** 表决提醒: before the vote closes, those who may vote and have not. */
export function remindBeforeVoteCloses(ctx: SystemContext, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  return runReminder(ctx, vote, logError, budget);
}
