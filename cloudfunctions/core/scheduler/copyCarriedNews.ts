import type { SystemContext } from '../context';
import type { Carrying } from '../docs';
import { CARRIERS, copyCarried } from '../notify/announce';
import { Budget } from './budget';
import { PER_RUN } from './dueWork';

/**
 * Announcements a change carried but whose copy a crash cut short: copied now, so the news of
 * a change that committed is never lost and no one has to repeat the change.
 */
export async function copyCarriedNews(ctx: SystemContext, logError: (e: unknown) => void, budget = Budget.unlimited()): Promise<number> {
  let copied = 0;
  for (const from of CARRIERS) {
    if (!budget.left()) break;
    const carrying = await ctx.store.find<Carrying & { _id: string }>(from, { announcePending: true }, { limit: PER_RUN });
    for (const doc of carrying) {
      if (!budget.left()) break;
      try {
        await copyCarried(ctx, doc, from);
        copied++;
      } catch (e) {
        logError(e);
      }
    }
  }
  return copied;
}
