import type { UseCaseContext } from '../context';
import type { CollectionName } from '../store/schema';
import { isStoreConflict } from '../store/port';

/** How many times something was done in one period by one caller. Id: what, who and which period. */
interface AllowanceDoc {
  _id: string;
  used: number;
  /** When the period ends; a spent allowance is worth nothing after it (kept for the record). */
  until: number;
}

/**
 * Adds `amounts` to the counters of one document only if each stays within its `maxima`, or says
 * it cannot. The increment is guarded by what is left, so callers racing for the last of it get
 * exactly one winner; the first take creates the document (with `fresh`), and a racing first finds
 * it made and takes from it. At most three small requests, whatever the community's size.
 */
export async function takeWithin(
  ctx: UseCaseContext,
  collection: CollectionName,
  _id: string,
  amounts: Record<string, number>,
  maxima: Record<string, number>,
  fresh: Record<string, unknown>,
): Promise<boolean> {
  const names = Object.keys(amounts);
  const within = Object.fromEntries(names.map((k) => [k, { $lte: maxima[k] - amounts[k] }]));
  const take = async () => (await ctx.store.update(collection, { _id, ...within }, { inc: amounts })) === 1;
  if (await take()) return true;
  if (names.some((k) => amounts[k] > maxima[k])) return false;
  try {
    await ctx.store.insert(collection, { _id, ...fresh, ...amounts });
    return true;
  } catch (e) {
    if (!isStoreConflict(e)) throw e;
    // It existed: either full, or created by a racer a moment ago.
    return take();
  }
}

/**
 * Spends one of `max` in the period the id names, or says there is none left. A caller that stops
 * after spending has spent: the allowance never gives one back.
 */
export function spendAllowance(ctx: UseCaseContext, id: string, max: number, until: number): Promise<boolean> {
  return takeWithin(ctx, 'allowances', id, { used: 1 }, { used: max }, { until } satisfies Omit<AllowanceDoc, '_id' | 'used'>);
}
