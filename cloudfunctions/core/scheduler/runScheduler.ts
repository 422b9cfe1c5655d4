import type { SystemContext } from '../context';
import { Budget } from './budget';
import { closeDueVotes } from './closeDueVotes';
import { copyCarriedNews } from './copyCarriedNews';
import { deliverNotifications, type DeliveryReport } from './deliverNotifications';
import type { StepResult } from './dueWork';
import { flagOverdue } from './flagOverdue';
import { flagOverdueSuggestions } from './flagOverdueSuggestions';
import { openDueVotes } from './openDueVotes';
import { pushAnnouncements, type PushReport } from './pushAnnouncements';
import { recountMarked, type RecountReport } from './recountMarked';
import { refreshRegisterAdults } from './refreshRegisterAdults';
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
  /** Open suggestions flagged past their answer date. */
  suggestionsOverdue: StepResult;
  /** Communities whose register's adults were counted for today. */
  adults: StepResult;
  reminders: { meeting: StepResult; vote: StepResult; objection: StepResult };
  /** Announcements whose copy a crash had cut short. */
  copied: number;
  /** Counts a crashed request left short, recounted. */
  recounted: RecountReport;
  pushed: PushReport;
  delivered: DeliveryReport;
  /** Milliseconds each step took, by the run's clock. */
  spent: Record<string, number>;
}

/**
 * Each step's share of a run, in ms: 55 s in all, inside CloudBase's 60 s. The push jobs get at
 * most 18 s; the sender, last, keeps its own 12 s whatever came before it.
 * @internal The tests hold the steps to it rather than to a figure of their own.
 */
export const STEP_BUDGET_MS = {
  deadline: 3_000,
  reminder: 2_000,
  copy: 2_000,
  recount: 2_000,
  push: 18_000,
  deliver: 12_000,
} as const;

/** @internal The tests hold a run to it rather than to a figure of their own. */
export const RUN_BUDGET_MS =
  5 * STEP_BUDGET_MS.deadline + 3 * STEP_BUDGET_MS.reminder + STEP_BUDGET_MS.copy + STEP_BUDGET_MS.recount + STEP_BUDGET_MS.push + STEP_BUDGET_MS.deliver;

/**
 * One run of the timer: every consultation whose deadline has passed is moved on by the same
 * transitions a committee member would fire, as the system; reminders go out before deadlines;
 * counts a crashed request left short are recounted;
 * announcements are pushed to those holding a grant; then the outbox is delivered, so what this
 * run caused is sent in the same run. Each step stops at its own budget and the next run goes on
 * where it stopped. Safe to run twice at once. `clock` is the run's real time (tests pass their own).
 */
export async function runScheduler(
  ctx: SystemContext,
  logError: (e: unknown) => void = console.error,
  clock: () => number = Date.now,
): Promise<SchedulerReport> {
  const spent: Record<string, number> = {};
  const step = async <T>(name: string, ms: number, work: (budget: Budget) => Promise<T>): Promise<T> => {
    const budget = new Budget(ms, clock);
    const result = await work(budget);
    spent[name] = budget.spent();
    return result;
  };
  const deadline = STEP_BUDGET_MS.deadline;
  const reminder = STEP_BUDGET_MS.reminder;
  const started = await step('started', deadline, (b) => startDueConsultations(ctx, logError, b));
  // After starting: a vote that opens with the meeting opens in the same run.
  const votesOpened = await step('votesOpened', deadline, (b) => openDueVotes(ctx, logError, b));
  const votesClosed = await step('votesClosed', deadline, (b) => closeDueVotes(ctx, logError, b));
  const effective = await step('effective', deadline, (b) => takeEffectAfterObjections(ctx, logError, b));
  // The street's figures now share the step: each a flag set once, or one count a community a day.
  const { overdue, suggestionsOverdue, adults } = await step('overdue', deadline, async (b) => ({
    overdue: await flagOverdue(ctx, logError, b),
    suggestionsOverdue: await flagOverdueSuggestions(ctx, logError, b),
    adults: await refreshRegisterAdults(ctx, logError, b),
  }));
  const reminders = {
    meeting: await step('remindMeeting', reminder, (b) => remindBeforeMeeting(ctx, logError, b)),
    vote: await step('remindVote', reminder, (b) => remindBeforeVoteCloses(ctx, logError, b)),
    objection: await step('remindObjection', reminder, (b) => remindBeforeObjectionsClose(ctx, logError, b)),
  };
  const copied = await step('copied', STEP_BUDGET_MS.copy, (b) => copyCarriedNews(ctx, logError, b));
  const recounted = await step('recounted', STEP_BUDGET_MS.recount, (b) => recountMarked(ctx, logError, b));
  const pushed = await step('pushed', STEP_BUDGET_MS.push, (b) => pushAnnouncements(ctx, logError, b));
  const delivered = await step('delivered', STEP_BUDGET_MS.deliver, (b) => deliverNotifications(ctx, logError, b));
  return { started, votesOpened, votesClosed, effective, overdue, suggestionsOverdue, adults, reminders, copied, recounted, pushed, delivered, spent };
}
