import { toChinaDateTimeParts } from '@shared';
import type { SystemContext } from '../context';
import type { OversightNowDoc } from '../docs';
import { refreshAdults } from '../oversight/adults';
import { Budget } from './budget';
import { PER_RUN, type StepResult } from './dueWork';

/** The register's adults of each community not yet counted today (oversight/adults.ts), a batch per run. */
export async function refreshRegisterAdults(ctx: SystemContext, logError: (e: unknown) => void, budget = Budget.unlimited()): Promise<StepResult> {
  const today = toChinaDateTimeParts(ctx.now).date;
  const stale = await ctx.store.find<OversightNowDoc>('oversight', { kind: 'now', adultsOn: { $ne: today } }, { limit: PER_RUN });
  const result: StepResult = { changed: 0, skipped: 0, failed: 0 };
  for (const doc of stale) {
    if (!budget.left()) break;
    try {
      result[(await refreshAdults(ctx.store, doc, ctx.now)) ? 'changed' : 'skipped']++;
    } catch (e) {
      result.failed++;
      logError(e);
    }
  }
  return result;
}
