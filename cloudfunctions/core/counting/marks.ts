import type { RecountMark } from '../docs';
import { DomainError } from '@shared';
import { isStoreConflict, type Filter, type Store } from '../store/port';

/**
 * A count kept on one record of facts written elsewhere (a consultation's counts, a suggestion's
 * co-signers, a vote's live counters) moves in a write after the fact's own, so a request that
 * dies in between leaves it wrong with nothing to say so. Each such request therefore marks the
 * counted record first (one more request pending, and its number: `whileCounting`), and its count
 * update takes the mark off in the same atomic update (`CountStep`). A mark left on is a request
 * that died in between: the scheduler recounts that record alone (repairDrift.ts).
 *
 * Why on the counted record and not a marker of its own: the count and the mark's removal are one
 * update, so no moment exists where the count moved and the mark says otherwise; and the repair
 * stores its recount guarded on the request number it read, so a request that began meanwhile
 * makes the repair wait for the next run instead of being overwritten by it.
 */

/** The counted records: where a mark is kept and searched for. */
export const MARKED = ['consultations', 'suggestions', 'tallies', 'communities', 'oversight'] as const;
export type Marked = (typeof MARKED)[number];

/**
 * How long after the last request began a mark is taken as left by a dead one: longer than any
 * function may run (cloudbaserc.json: 60 s at most), so no live request can still write to what
 * the repair recounts.
 */
export const SETTLED_AFTER_MS = 2 * 60_000;

/**
 * The count step of one request: its count update takes the mark off (`inc`), in the same atomic
 * update. A request whose write changed nothing to count never calls it, and the mark comes off
 * when the request ends (whileCounting).
 */
export class CountStep {
  taken = false;

  /** The count's increments with the mark taken off. */
  inc(delta: Record<string, number>): Record<string, number> {
    this.taken = true;
    return { ...delta, 'recount.pending': -1 };
  }
}

/**
 * Runs a request that writes facts counted on `id`: the record is marked first; the request's
 * count update takes the mark off (CountStep.inc). If it ended without one (it changed nothing to
 * count, or it refused), the mark comes off now. A request that fails otherwise leaves the mark
 * on: what it wrote is unknown, so the repair step recounts.
 */
export async function whileCounting<T>(store: Store, collection: Marked, id: string, now: number, work: (count: CountStep) => Promise<T>): Promise<T> {
  await store.update(collection, { _id: id }, { inc: { 'recount.pending': 1, 'recount.seq': 1 }, set: { 'recount.at': now } });
  const count = new CountStep();
  const unmark = () => (count.taken ? Promise.resolve(0) : store.update(collection, { _id: id }, { inc: { 'recount.pending': -1 } }));
  try {
    const result = await work(count);
    await unmark();
    return result;
  } catch (e) {
    if (e instanceof DomainError || isStoreConflict(e)) await unmark();
    throw e;
  }
}

/** Records whose mark a dead request left: pending, and no request begun for SETTLED_AFTER_MS. */
export function leftMarked(now: number): Filter {
  return { 'recount.pending': { $gt: 0 }, 'recount.at': { $lt: now - SETTLED_AFTER_MS } };
}

/**
 * Where the repair may store its recount: no request began since it read the record. A record
 * never marked was last written before marks were kept; a request beginning on it now marks it,
 * which the next run recounts.
 */
export const unchangedSince = (id: string, mark: RecountMark | undefined): Filter => (mark ? { _id: id, 'recount.seq': mark.seq } : { _id: id });

/** Stored with a recount: the mark comes off. */
export const UNMARKED = { 'recount.pending': 0 } as const;

/**
 * A repair that lost the race to a request begun meanwhile may have written what that request then
 * moved (a household's signers, a proxy's slots): the record stays marked, for the next run.
 */
export function markAgain(store: Store, collection: Marked, id: string): Promise<number> {
  return store.update(collection, { _id: id }, { inc: { 'recount.pending': 1 } });
}
