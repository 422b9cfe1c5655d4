import { inBatches } from '../batches';
import type { SystemContext } from '../context';
import type { NotificationDoc } from '../docs';
import { deliverOne, type Delivery } from '../notify/deliverOne';

/** Messages one run takes; the next run (minutes later) takes the rest. */
export const SEND_PER_RUN = 300;
/** A claim older than this belongs to a run that died mid-send. */
const CLAIM_LEASE_MS = 10 * 60_000;

export type DeliveryReport = Record<Delivery | 'expired', number>;

/**
 * The sender: delivers due outbox items as WeChat subscription messages. Safe to run twice at
 * once (each item is claimed before it is sent); a failing item does not hold up the rest.
 */
export async function deliverNotifications(ctx: SystemContext, logError: (e: unknown) => void): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, no_grant: 0, in_app: 0, retry: 0, failed: 0, taken: 0, expired: await expireClaims(ctx) };
  const due = await ctx.store.find<NotificationDoc>(
    'notifications',
    { state: 'pending', nextAt: { $lte: ctx.now } },
    { sort: [{ field: 'nextAt', dir: 'asc' }], limit: SEND_PER_RUN },
  );
  await inBatches(due, async (item) => {
    try {
      report[await deliverOne(ctx, item)]++;
    } catch (e) {
      logError(e);
    }
  });
  return report;
}

/**
 * A run that died between claiming and recording leaves an item in `sending`; whether WeChat sent
 * it is unknown, and sending again could send twice, so it is marked `unknown` and left alone.
 */
async function expireClaims(ctx: SystemContext): Promise<number> {
  return ctx.store.update(
    'notifications',
    { state: 'sending', claimedAt: { $lt: ctx.now - CLAIM_LEASE_MS } },
    { set: { state: 'unknown' } },
  );
}
