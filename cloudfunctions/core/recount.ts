import { repairCounts } from './consultation/counts';
import type { ConsultationDoc, SuggestionDoc } from './docs';
import { repairInvolvements } from './participation/involvement';
import { refreshAdults } from './oversight/adults';
import { recountOversight } from './oversight/recountOversight';
import { recountRegister } from './register/population';
import type { Store } from './store/port';
import { recountProposers } from './suggestion/proposers';

/**
 * The repair step for what is kept as a count of other records: a use case moves each count right
 * after the record it counts, so a request that stops between the two leaves a count short. This
 * recounts one community from the records — its register's household marks, each consultation's
 * counts and its members' mirrors (an archived record is left as it was sealed), each open
 * suggestion's proposers, and the street's counters (oversight/recountOversight.ts). `npm run admin -- counts:recount` runs it.
 */
export async function recountCommunity(store: Store, communityId: string, now = Date.now()): Promise<{ consultations: number; suggestions: number }> {
  await recountRegister(store, communityId);
  const consultations = await store.find<ConsultationDoc>('consultations', { communityId, status: { $ne: 'archived' } });
  for (const c of consultations) {
    // Mirrors first: a record with counts kept is read by its mirrors (participation/summary.ts).
    await repairInvolvements(store, c._id);
    await repairCounts(store, c._id);
  }
  const suggestions = await store.find<SuggestionDoc>('suggestions', { communityId, state: 'open' });
  for (const s of suggestions) await recountProposers(store, s);
  // The street's counters from the same facts, and the register's adults as of today.
  await recountOversight(store, communityId);
  await refreshAdults(store, { communityId, adultsOn: undefined }, now);
  return { consultations: consultations.length, suggestions: suggestions.length };
}
