import { appendAudit } from '../audit';
import type { SystemContext } from '../context';
import { nowDocId, whileOversight } from '../oversight/counters';
import type { Budget } from './budget';
import { forEachDue, type StepResult } from './dueWork';

/**
 * 逾期: implementation past the outcome's deadline is flagged, for everyone to see on the detail
 * page and the board. The flag is a guarded, versioned update, so it is set (and audited) once.
 */
export function flagOverdue(ctx: SystemContext, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  return forEachDue(
    ctx,
    { status: 'implementing', 'outcome.dueAt': { $lt: ctx.now }, overdue: { $ne: true } },
    'outcome.dueAt',
    async (c) => {
      // Counted for the street as overdue now, until the implementation is completed (oversight/counters.ts).
      const changed = await whileOversight(ctx.store, c.communityId, [nowDocId(c.communityId)], ctx.now, async (moves) => {
        const n = await ctx.store.update(
          'consultations',
          { _id: c._id, status: 'implementing', version: c.version },
          { set: { overdue: true, version: c.version + 1, updatedAt: ctx.now } },
        );
        if (n) moves.now('overdueImplementations', 1);
        return n;
      });
      if (changed === 0) return false;
      await appendAudit(ctx.store, {
        communityId: c.communityId,
        at: ctx.now,
        actor: { system: true },
        action: 'consultation.overdue',
        entity: 'consultation',
        entityId: c._id,
        before: { status: c.status, version: c.version },
        after: { status: '逾期', version: c.version + 1 },
        note: '已超过落实期限',
      });
      return true;
    },
    logError,
    budget,
  );
}
