import type { SystemContext } from '../context';
import { closeDueVotes } from './closeDueVotes';
import { deliverNotifications, type DeliveryReport } from './deliverNotifications';
import type { StepResult } from './dueWork';
import { flagOverdue } from './flagOverdue';
import { openDueVotes } from './openDueVotes';
import { remindBeforeMeeting } from './remindBeforeMeeting';
import { remindBeforeObjectionsClose } from './remindBeforeObjectionsClose';
import { remindBeforeVoteCloses } from './remindBeforeVoteCloses';
import { startDueConsultations } from './startDueConsultations';
import { takeEffectAfterObjections } from './takeEffectAfterObjections';

export interface SchedulerReport {
  started: StepResult;
  votesOpened: StepResult;
  votesClosed: StepResult;
  effective: StepResult;
  overdue: StepResult;
  reminders: { meeting: StepResult; vote: StepResult; objection: StepResult };
  delivered: DeliveryReport;
}

/**
 * One run of the timer: every consultation whose deadline has passed is moved on by the same
 * transitions a committee member would fire, as the system; reminders go out before deadlines;
 * then the outbox is delivered, so what this run caused is sent in the same run. Safe to run twice at once.
 */
export async function runScheduler(ctx: SystemContext, logError: (e: unknown) => void = console.error): Promise<SchedulerReport> {
  const started = await startDueConsultations(ctx, logError);
  // After starting: a vote that opens with the meeting opens in the same run.
  const votesOpened = await openDueVotes(ctx, logError);
  const votesClosed = await closeDueVotes(ctx, logError);
  const effective = await takeEffectAfterObjections(ctx, logError);
  const overdue = await flagOverdue(ctx, logError);
  const reminders = {
    meeting: await remindBeforeMeeting(ctx, logError),
    vote: await remindBeforeVoteCloses(ctx, logError),
    objection: await remindBeforeObjectionsClose(ctx, logError),
  };
  return { started, votesOpened, votesClosed, effective, overdue, reminders, delivered: await deliverNotifications(ctx, logError) };
}
