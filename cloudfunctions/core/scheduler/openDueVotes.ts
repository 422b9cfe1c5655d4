import type { SystemContext } from '../context';
import { openRound } from '../voting/openRound';
import { Budget } from './budget';
import { forEachDue, type StepResult } from './dueWork';

/**
 * 表决开始: at a vote's opening time the scheduler opens it, as the committee would, so a vote
 * never depends on someone remembering a tap. A round opened once is never picked again, and a
 * window already past is left for the committee to reschedule (opening it would seal it void).
 * An electorate the step's budget cannot finish writing goes on in the next run.
 */
export function openDueVotes(ctx: SystemContext, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  return forEachDue(
    ctx,
    {
      status: { $in: ['consulting', 'escalated'] },
      'plan.vote.opensAt': { $lte: ctx.now },
      'plan.vote.closesAt': { $gt: ctx.now },
      voteOpened: { $ne: true },
    },
    'plan.vote.opensAt',
    async (c) => (await openRound(ctx, 'system', c, budget ?? Budget.unlimited())) !== c,
    logError,
    budget,
  );
}
