import { DomainError, type ErrorCode } from '@shared';
import type { SystemContext } from '../context';
import type { ConsultationDoc } from '../docs';
import type { Filter } from '../store/port';
import { Budget } from './budget';

const WAITING: readonly ErrorCode[] = ['WRONG_STATE', 'CONFLICT', 'PRIOR_DISCUSSION_MISSING'];

/** How many consultations one step takes per run; the next run (minutes later) takes the rest. */
export const PER_RUN = 100;

export interface StepResult {
  /** Consultations this run changed. */
  changed: number;
  /** Ones another run or a person changed first: nothing left to do. */
  skipped: number;
  /** Ones that failed for another reason; retried on the next run. */
  failed: number;
}

/**
 * Runs one deadline step over the consultations it finds. Every step is a guarded update, so a
 * consultation another run (or a committee member) got to first is skipped, not changed twice;
 * one failing consultation does not hold up the rest.
 */
export async function forEachDue(
  ctx: SystemContext,
  filter: Filter,
  sortField: string,
  step: (c: ConsultationDoc) => Promise<boolean>,
  logError: (e: unknown) => void,
  budget = Budget.unlimited(),
): Promise<StepResult> {
  const due = await ctx.store.find<ConsultationDoc>('consultations', filter, { sort: [{ field: sortField, dir: 'asc' }], limit: PER_RUN });
  const result: StepResult = { changed: 0, skipped: 0, failed: 0 };
  for (const c of due) {
    // What the step's time does not reach, the next run takes.
    if (!budget.left()) break;
    try {
      if (await step(c)) result.changed++;
      else result.skipped++;
    } catch (e) {
      // Waiting on people (another writer, the Party organisation's prior discussion) is not a failure.
      if (e instanceof DomainError && WAITING.includes(e.code)) result.skipped++;
      else {
        result.failed++;
        logError(e);
      }
    }
  }
  return result;
}
