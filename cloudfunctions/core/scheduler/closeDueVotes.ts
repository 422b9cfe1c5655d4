import { VOTE_CLOSE_GRACE_MS } from '@shared';
import type { SystemContext } from '../context';
import type { TallyDoc } from '../docs';
import { closeRound } from '../voting/closeVote';
import { voteIdOf } from '../voting/loadVote';
import { Budget } from './budget';
import { forEachDue, type StepResult } from './dueWork';

/**
 * 表决截止: a grace period after the close time, the ballots are recounted and the result sealed,
 * exactly as when the committee closes the vote; sealing is guarded, so it happens once. A count
 * the step's budget cannot finish goes on in the next run, from where it stopped.
 */
export function closeDueVotes(ctx: SystemContext, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  return forEachDue(
    ctx,
    { status: 'voting', 'plan.vote.closesAt': { $lte: ctx.now - VOTE_CLOSE_GRACE_MS } },
    'plan.vote.closesAt',
    async (c) => {
      const tally = await ctx.store.get<TallyDoc>('tallies', voteIdOf(c));
      const closed = await closeRound(ctx, 'system', c, tally, budget ?? Budget.unlimited());
      return closed.consultation !== c;
    },
    logError,
    budget,
  );
}
