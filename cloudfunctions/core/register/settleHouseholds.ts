import { SETTLED_AFTER_MS } from '../counting/marks';
import { auditRepair } from '../counting/repairDrift';
import type { RosterEntryDoc } from '../docs';
import type { Store } from '../store/port';
import { settleHouseholds } from './population';

/**
 * The households a register write left unmarked: its entry still notes them (`unsettled`) past
 * any function's time limit, so the request died between the entry and the marks. Each is marked
 * again from its members (one small read a household), the note comes off, and a mark that moved
 * is audited as a repair. A batch per run, so the cost follows the crashes, never the register.
 */
export async function settleLeftHouseholds(store: Store, now: number, limit: number): Promise<{ repaired: number; unchanged: number }> {
  const left = await store.find<RosterEntryDoc>('roster', { 'unsettled.at': { $lt: now - SETTLED_AFTER_MS } }, { limit });
  let repaired = 0;
  for (const entry of left) {
    const moved = await settleHouseholds(store, entry, entry.unsettled!.households);
    if (moved.length === 0) continue;
    repaired++;
    await auditRepair(store, 'roster', 'roster', entry, entry.version ?? 1, `重新标记户：${moved.join('、')}`, now);
  }
  return { repaired, unchanged: left.length - repaired };
}
