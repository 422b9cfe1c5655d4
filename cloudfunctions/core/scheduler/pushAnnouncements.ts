import type { SystemContext } from '../context';
import type { AnnouncementDoc } from '../docs';
import { pushChunk } from '../notify/push';
import { Budget } from './budget';

export interface PushReport {
  /** Chunks advanced this run. */
  chunks: number;
  /** Outbox items queued. */
  queued: number;
  /** Announcements whose push finished. */
  done: number;
}

/**
 * The push jobs: each announcement not yet pushed is advanced chunk by chunk, oldest first,
 * while the step's time lasts; the next run takes up each job at its cursor.
 */
export async function pushAnnouncements(ctx: SystemContext, logError: (e: unknown) => void, budget = Budget.unlimited()): Promise<PushReport> {
  const report: PushReport = { chunks: 0, queued: 0, done: 0 };
  const due = await ctx.store.find<AnnouncementDoc>(
    'announcements',
    { 'push.state': 'pending', 'push.leaseUntil': { $lt: ctx.now } },
    { sort: [{ field: 'at', dir: 'asc' }], limit: 100 },
  );
  for (const a of due) {
    let job = a.push;
    while (job.state === 'pending' && budget.left()) {
      const before = job.queued;
      try {
        const next = await pushChunk(ctx, { ...a, push: job });
        if (!next) break;
        report.chunks++;
        report.queued += next.queued - before;
        if (next.state === 'done') report.done++;
        job = next;
      } catch (e) {
        // Its lease lapses and a later run takes the chunk again; the others go on.
        logError(e);
        break;
      }
    }
    if (!budget.left()) break;
  }
  return report;
}
