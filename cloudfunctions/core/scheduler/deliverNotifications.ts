import type { SystemContext } from '../context';
import type { NotificationDoc } from '../docs';
import { deliverBatch, type Delivery } from '../notify/deliver';
import { Budget } from './budget';

/** Messages one batch takes: its requests are a handful, whatever the batch's size. */
const SEND_BATCH = 100;
/** A claim older than this belongs to a run that died mid-send. */
const CLAIM_LEASE_MS = 10 * 60_000;

export type DeliveryReport = Record<Delivery | 'expired', number>;

/**
 * The sender: delivers due outbox items as WeChat subscription messages, in batches, within its
 * time budget. Safe to run twice at once (each item is claimed before it is sent); a failing
 * item does not hold up the rest.
 */
export async function deliverNotifications(ctx: SystemContext, logError: (e: unknown) => void, budget = Budget.unlimited()): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, no_grant: 0, in_app: 0, retry: 0, failed: 0, taken: 0, expired: await expireClaims(ctx) };
  // Batch after batch while the step's time lasts; what is left waits for the next run.
  while (budget.left()) {
    const due = await ctx.store.find<NotificationDoc>(
      'notifications',
      { state: 'pending', nextAt: { $lte: ctx.now } },
      { sort: [{ field: 'nextAt', dir: 'asc' }], limit: SEND_BATCH },
    );
    try {
      const batch = await deliverBatch(ctx, due);
      for (const [k, n] of Object.entries(batch)) report[k as Delivery] += n;
    } catch (e) {
      logError(e);
      break;
    }
    if (due.length < SEND_BATCH) break;
  }
  return report;
}

/**
 * A run that died between claiming and recording leaves an item in `sending`; whether WeChat sent
 * it is unknown, and sending again could send twice, so it is marked `unknown` and left alone.
 */
async function expireClaims(ctx: SystemContext): Promise<number> {
  return ctx.store.update('notifications', { state: 'sending', claimedAt: { $lt: ctx.now - CLAIM_LEASE_MS } }, { set: { state: 'unknown' } });
}
