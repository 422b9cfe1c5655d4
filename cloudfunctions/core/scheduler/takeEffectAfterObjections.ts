import type { SystemContext } from '../context';
import { applyTransition } from '../consultation/applyTransition';
import { participantsNews } from '../results/feed';
import type { Budget } from './budget';
import { forEachDue, type StepResult } from './dueWork';

/** How the objection window ended, truly: without objection, or with every objection answered. */
async function publicationEnded(ctx: SystemContext, consultationId: string): Promise<string> {
  const answered = await ctx.store.count('objections', { consultationId });
  return answered === 0 ? '公示期满无异议' : `公示期满，${answered} 条异议均已答复`;
}

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
      const ended = await publicationEnded(ctx, c._id);
      await applyTransition(ctx, 'system', c, 'takeEffect', {
        facts: { openObjections },
        announce: [
          participantsNews(c, ctx.now, {
            key: `${c._id}:effective:${c.version + 1}`,
            kind: 'effective',
            status: '已生效',
            title: `协商结果生效：${c.plan.title}`,
            body: `${ended}，协商结果已生效：${c.outcome?.text ?? ''}`,
          }),
        ],
      });
      return true;
    },
    logError,
    budget,
  );
}
