import type { SystemContext } from '../context';
import type { SuggestionDoc } from '../docs';
import { nowDocId, whileOversight } from '../oversight/counters';
import { Budget } from './budget';
import { PER_RUN, type StepResult } from './dueWork';

/**
 * 建议超期: an open suggestion past its answer date is flagged once, so the street's count of those
 * overdue now moves by one here and back by one when it is answered (suggestion/triageSuggestion.ts),
 * instead of being counted on every read. The flag keeps the suggestion's version (a committee
 * member answering it meanwhile is not sent back); the answer is guarded on the flag instead.
 */
export async function flagOverdueSuggestions(ctx: SystemContext, logError: (e: unknown) => void, budget = Budget.unlimited()): Promise<StepResult> {
  const due = await ctx.store.find<SuggestionDoc>(
    'suggestions',
    { state: 'open', answerDueAt: { $lt: ctx.now }, overdue: { $ne: true } },
    { sort: [{ field: 'answerDueAt', dir: 'asc' }], limit: PER_RUN },
  );
  const result: StepResult = { changed: 0, skipped: 0, failed: 0 };
  for (const s of due) {
    if (!budget.left()) break;
    try {
      const flagged = await whileOversight(ctx.store, s.communityId, [nowDocId(s.communityId)], ctx.now, async (moves) => {
        const n = await ctx.store.update('suggestions', { _id: s._id, state: 'open', overdue: { $ne: true } }, { set: { overdue: true } });
        if (n) moves.now('overdueSuggestions', 1);
        return n;
      });
      result[flagged ? 'changed' : 'skipped']++;
    } catch (e) {
      result.failed++;
      logError(e);
    }
  }
  return result;
}
