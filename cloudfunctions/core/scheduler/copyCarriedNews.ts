import type { SystemContext } from '../context';
import type { ConsultationDoc } from '../docs';
import { copyCarried } from '../notify/announce';
import { Budget } from './budget';
import { PER_RUN } from './dueWork';

/**
 * Announcements a change carried but whose copy a crash cut short: copied now, so the news of
 * a change that committed is never lost and no one has to repeat the change.
 */
export async function copyCarriedNews(ctx: SystemContext, logError: (e: unknown) => void, budget = Budget.unlimited()): Promise<number> {
  const carrying = await ctx.store.find<ConsultationDoc>('consultations', { announcePending: true }, { limit: PER_RUN });
  let copied = 0;
  for (const c of carrying) {
    if (!budget.left()) break;
    try {
      await copyCarried(ctx, c);
      copied++;
    } catch (e) {
      logError(e);
    }
  }
  return copied;
}
