import type { SystemContext } from '../context';
import { applyTransition } from '../consultation/applyTransition';
import { resultEffective } from '../notify/events/effective';
import { announcementOf } from '../notify/notify';
import type { Budget } from './budget';
import { forEachDue, type StepResult } from './dueWork';

/**
 * 公示期满: when the objection window is over and no objection is open, the outcome takes effect
 * and everyone who took part hears of it. With objections still open it waits for their answers;
 * the first run after the last one is answered moves it on.
 */
export function takeEffectAfterObjections(ctx: SystemContext, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  return forEachDue(
    ctx,
    { status: 'publicized', objectionWindowEndsAt: { $lte: ctx.now } },
    'objectionWindowEndsAt',
    async (c) => {
      const openObjections = await ctx.store.count('objections', { consultationId: c._id, state: 'open' });
      if (openObjections > 0) return false;
      // How the window ended, truly: without objection, or with every objection answered.
      const answered = await ctx.store.count('objections', { consultationId: c._id });
      await applyTransition(ctx, 'system', c, 'takeEffect', { facts: { openObjections }, announce: [announcementOf(ctx, resultEffective, { c, answered })] });
      return true;
    },
    logError,
    budget,
  );
}
