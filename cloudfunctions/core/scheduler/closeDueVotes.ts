import { VOTE_CLOSE_GRACE_MS } from '@shared';
import type { SystemContext } from '../context';
import type { TallyDoc } from '../docs';
import { applyTransition } from '../consultation/applyTransition';
import { seal } from '../voting/closeVote';
import { voteIdOf } from '../voting/loadVote';
import type { Budget } from './budget';
import { forEachDue, type StepResult } from './dueWork';

/**
 * 表决截止: a grace period after the close time, the ballots are recounted and the result sealed,
 * exactly as when the committee closes the vote; sealing is guarded, so it happens once.
 */
export function closeDueVotes(ctx: SystemContext, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  return forEachDue(
    ctx,
    { status: 'voting', 'plan.vote.closesAt': { $lte: ctx.now - VOTE_CLOSE_GRACE_MS } },
    'plan.vote.closesAt',
    async (c) => {
      const tally = await ctx.store.get<TallyDoc>('tallies', voteIdOf(c));
      if (tally?.status === 'open') await seal(ctx, tally);
      await applyTransition(ctx, 'system', c, 'closeVote');
      return true;
    },
    logError,
    budget,
  );
}
