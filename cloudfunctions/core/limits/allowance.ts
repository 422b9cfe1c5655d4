import type { UseCaseContext } from '../context';
import { isStoreConflict } from '../store/port';

/** How many times something was done in one period by one caller. Id: what, who and which period. */
export interface AllowanceDoc {
  _id: string;
  used: number;
  /** When the period ends; a spent allowance is worth nothing after it (kept for the record). */
  until: number;
}

/**
 * Spends one of `max` in the period the id names, or says there is none left. A guarded increment
 * (`used < max`) means callers racing for the last one get exactly one winner; the first of a
 * period creates the document. At most three small requests, whatever the community's size.
 * A caller that stops after spending has spent: the allowance never gives one back.
 */
export async function spendAllowance(ctx: UseCaseContext, id: string, max: number, until: number): Promise<boolean> {
  const spend = () => ctx.store.update('allowances', { _id: id, used: { $lt: max } }, { inc: { used: 1 } });
  if ((await spend()) === 1) return true;
  try {
    await ctx.store.insert<AllowanceDoc>('allowances', { _id: id, used: 1, until });
    return true;
  } catch (e) {
    if (!isStoreConflict(e)) throw e;
    // It existed: either full, or created by a racer a moment ago.
    return (await spend()) === 1;
  }
}
