import type { SystemContext } from '../context';
import type { Counted } from '../docs';
import { leftMarked, MARKED } from '../counting/marks';
import { repairDrift } from '../counting/repairDrift';
import type { Filter } from '../store/port';
import { settleLeftHouseholds } from '../register/settleHouseholds';
import { Budget } from './budget';

/** Records recounted per collection and run: each costs a read of its facts, so the batch stays small. */
const RECOUNTS_PER_RUN = 20;

export interface RecountReport {
  repaired: number;
  unchanged: number;
  /** Written to meanwhile: left marked for the next run. */
  busy: number;
  failed: number;
}

/**
 * Counts a dead request left short: only the records it marked are recounted (counting/marks.ts),
 * and the households a register write left unmarked (register/settleHouseholds.ts),
 * a small batch per run, so a run's cost follows the crashes, never the community's size. An
 * archived consultation is sealed as it is, so it is not taken up again.
 */
export async function recountMarked(ctx: SystemContext, logError: (e: unknown) => void, budget = Budget.unlimited()): Promise<RecountReport> {
  const report: RecountReport = { repaired: 0, unchanged: 0, busy: 0, failed: 0 };
  for (const collection of MARKED) {
    if (!budget.left()) break;
    const filter: Filter = { ...leftMarked(ctx.now), ...(collection === 'consultations' ? { status: { $ne: 'archived' } } : {}) };
    const marked = await ctx.store.find<Counted & { _id: string; communityId: string }>(collection, filter, { limit: RECOUNTS_PER_RUN });
    for (const doc of marked) {
      if (!budget.left()) break;
      try {
        report[await repairDrift(ctx.store, collection, doc, ctx.now)]++;
      } catch (e) {
        report.failed++;
        logError(e);
      }
    }
  }
  if (budget.left()) {
    try {
      const households = await settleLeftHouseholds(ctx.store, ctx.now, RECOUNTS_PER_RUN);
      report.repaired += households.repaired;
      report.unchanged += households.unchanged;
    } catch (e) {
      report.failed++;
      logError(e);
    }
  }
  return report;
}
