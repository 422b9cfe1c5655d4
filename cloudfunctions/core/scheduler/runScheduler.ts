import type { SystemContext } from '../context';
import { closeDueVotes } from './closeDueVotes';
import type { StepResult } from './dueWork';
import { flagOverdue } from './flagOverdue';
import { startDueConsultations } from './startDueConsultations';
import { takeEffectAfterObjections } from './takeEffectAfterObjections';

export interface SchedulerReport {
  started: StepResult;
  votesClosed: StepResult;
  effective: StepResult;
  overdue: StepResult;
}

/**
 * One run of the timer: every consultation whose deadline has passed is moved on by the same
 * transitions a committee member would fire, as the system. Safe to run twice at once.
 */
export async function runScheduler(ctx: SystemContext, logError: (e: unknown) => void = console.error): Promise<SchedulerReport> {
  return {
    started: await startDueConsultations(ctx, logError),
    votesClosed: await closeDueVotes(ctx, logError),
    effective: await takeEffectAfterObjections(ctx, logError),
    overdue: await flagOverdue(ctx, logError),
  };
}
