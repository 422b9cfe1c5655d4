import type { AnnouncementDoc, Carrying, TallyDoc } from '../docs';
import { CARRIERS } from '../notify/announce';
import type { Store } from '../store/port';

export interface JobsReport {
  /** Push jobs not finished, oldest first; `held` while a chunk's lease runs (a live run, or a killed one). */
  pushes: { id: string; kind: string; at: number; chunks: number; queued: number; cursor: string; held: boolean }[];
  /** Consultations and suggestions whose carried announcements are not copied yet (a crash between the change and the copy). */
  carried: string[];
  /**
   * Vote rounds whose electorate is being written (voting/snapshot.ts) or whose ballots are being
   * counted (voting/countVotes.ts): each run, and the committee's tap, goes on from where it stopped.
   */
  votes: { id: string; job: 'preparing' | 'counting'; done: number; startedAt: number }[];
  /** Outbox items by state, for the ones that need an eye: waiting, being sent, or lost to a dead run. */
  outbox: { pending: number; sending: number; unknown: number };
}

/** What background work stands, for `npm run admin -- jobs`: each job is visible, and a stuck one is named. */
export async function listJobs(store: Store, now: number): Promise<JobsReport> {
  const [pushes, carried, votes, pending, sending, unknown] = await Promise.all([
    store.find<AnnouncementDoc>('announcements', { 'push.state': 'pending' }, { sort: [{ field: 'at', dir: 'asc' }], limit: 100 }),
    Promise.all(CARRIERS.map((from) => store.find<Carrying & { _id: string }>(from, { announcePending: true }, { limit: 100 }))).then((found) => found.flat()),
    store.find<TallyDoc>('tallies', { status: { $in: ['preparing', 'counting'] } }, { limit: 100 }),
    store.count('notifications', { state: 'pending' }),
    store.count('notifications', { state: 'sending' }),
    store.count('notifications', { state: 'unknown' }),
  ]);
  return {
    pushes: pushes.map((a) => ({
      id: a._id,
      kind: a.kind,
      at: a.at,
      chunks: a.push.chunks,
      queued: a.push.queued,
      cursor: a.push.cursor,
      held: a.push.leaseUntil > now,
    })),
    carried: carried.map((c) => c._id),
    votes: votes.map((t) =>
      t.preparing
        ? { id: t._id, job: 'preparing' as const, done: t.preparing.written, startedAt: t.preparing.startedAt }
        : { id: t._id, job: 'counting' as const, done: t.counting?.ballots ?? 0, startedAt: t.counting?.startedAt ?? 0 },
    ),
    outbox: { pending, sending, unknown },
  };
}

/**
 * Frees a push job's lease so the next run takes it at once instead of waiting for the lease to
 * lapse. Only for a run known to be dead: the chunk is redone, and its derived ids send nothing twice.
 */
export function releasePush(store: Store, announcementId: string): Promise<number> {
  return store.update('announcements', { _id: announcementId, 'push.state': 'pending' }, { set: { 'push.leaseUntil': 0 } });
}
