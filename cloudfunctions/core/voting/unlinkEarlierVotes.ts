import type { ArchiveDoc, TallyDoc } from '../docs';
import type { Store } from '../store/port';
import { unlinkChoices } from './unlinkChoices';

export interface EarlierVotesUnlinked {
  /** Secret rounds sealed by an earlier version whose ballots now keep only who took part. */
  unlinked: number;
  /** Rounds of archived consultations, left as they were: their archive's hash covers their ballots. */
  archived: string[];
}

/**
 * `upgrade`: secret rounds sealed before their choices were unlinked at the seal are unlinked now,
 * as the seal would have done. An archived consultation's are left as sealed in its 一事一档, whose
 * hash covers the ballots as they were (archive:verify must keep holding): they are named, for the
 * operator to know where a choice remains. Safe to run again.
 */
export async function unlinkEarlierVotes(store: Store, now: number): Promise<EarlierVotesUnlinked> {
  const sealed = await store.find<TallyDoc>('tallies', { status: 'sealed', secret: true });
  const waiting = sealed.filter((t) => t.unlinkedAt === undefined);
  const seals = await Promise.all(waiting.map((t) => store.get<ArchiveDoc>('archives', t.consultationId)));
  const result: EarlierVotesUnlinked = { unlinked: 0, archived: [] };
  for (const [i, t] of waiting.entries()) {
    if (seals[i]) {
      result.archived.push(t._id);
      continue;
    }
    // Marked as the seal marks it, so a run stopped here is finished by this step again or by the scheduler.
    const unlinking = t.unlinking ?? { startedAt: now };
    if (!t.unlinking) await store.update('tallies', { _id: t._id, status: 'sealed' }, { set: { unlinking } });
    await unlinkChoices({ store, now }, { ...t, unlinking });
    result.unlinked++;
  }
  return result;
}
