import type { ConsultationDoc, ElectorDoc, TallyDoc } from '../../cloudfunctions/core/docs';
import { Budget } from '../../cloudfunctions/core/scheduler/budget';
import { listJobs } from '../../cloudfunctions/core/scheduler/jobs';
import type { Store } from '../../cloudfunctions/core/store/port';
import { openRound } from '../../cloudfunctions/core/voting/openRound';
import { SNAPSHOT_PAGE } from '../../cloudfunctions/core/voting/snapshot';
import { addLoadMembers } from '../support/loadMembers';
import { NOW, openWorld, recordPriorDiscussion, WANG, ZHANG, type World } from '../support/harness';

/** The seeded 广告招租 consultation: a 居民会议 vote of all residents, its window open at NOW. */
const ADS = 'c-seed-ads';
const MINUTE = 60_000;

let w: World;
afterEach(() => w.close());

const consultation = async () => (await w.store.get<ConsultationDoc>('consultations', ADS))!;
const tally = async () => (await w.store.get<TallyDoc>('tallies', ADS))!;
const at = (now: number, store: Store = w.store) => ({ ...w.services, store, now });
const oneStep = () => new Budget(0);

/** The electors written, each once, and how many the tally says there are. */
async function written() {
  const electors = await w.store.find<ElectorDoc>('electors', { voteId: ADS });
  return { count: electors.length, distinct: new Set(electors.map((e) => e.electorId)).size };
}

/** About 2,300 people on the register: three pages of the electorate. */
async function largeRegister() {
  await addLoadMembers(w.store, 2_300);
  await recordPriorDiscussion(w, ADS);
}

describe('选民名单 of a large register', () => {
  it('is written a page at a time across runs; the vote opens, and its voters are told, only once all of it is in', async () => {
    w = await openWorld();
    await largeRegister();
    expect(await openRound(at(NOW), 'system', await consultation(), oneStep())).toMatchObject({ status: 'consulting' });
    expect(await tally()).toMatchObject({ status: 'preparing', preparing: { written: SNAPSHOT_PAGE } });
    const screen = await w.ok(ZHANG, 'voting', 'vote.get', { consultationId: ADS });
    expect(screen.vote.phase).toBe('preparing');
    expect(screen.preparing).toEqual({ written: SNAPSHOT_PAGE });
    expect(await w.call(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' })).toMatchObject({ ok: false, code: 'TOO_EARLY' });
    expect(await w.store.count('announcements', { consultationId: ADS, kind: 'voteOpened' })).toBe(0);
    expect((await listJobs(w.store, NOW)).votes).toEqual([{ id: ADS, job: 'preparing', done: SNAPSHOT_PAGE, startedAt: NOW }]);

    // The next run goes on where the last one left off; the committee's tap finishes it and opens the vote.
    await openRound(at(NOW + MINUTE), 'system', await consultation(), oneStep());
    expect((await tally()).preparing!.written).toBe(2 * SNAPSHOT_PAGE);
    const opened = await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS }, NOW + 2 * MINUTE);
    expect(opened.vote.phase).toBe('open');
    const t = await tally();
    expect(t.status).toBe('open');
    expect(t.preparing).toBeUndefined();
    expect(await written()).toEqual({ count: t.electors, distinct: t.electors });
    expect(t.electors).toBeGreaterThan(2 * SNAPSHOT_PAGE);
    expect((await consultation()).status).toBe('voting');
    expect(await w.store.count('announcements', { consultationId: ADS, kind: 'voteOpened' })).toBe(1);
  });

  it('writes again the page a killed run left half written, and never twice', async () => {
    w = await openWorld();
    await largeRegister();
    await openRound(at(NOW), 'system', await consultation(), oneStep());
    let killed = false;
    const dying: Store = {
      ...w.store,
      async insertMany(collection, docs) {
        if (collection === 'electors' && !killed) {
          killed = true;
          await w.store.insertMany(collection, docs.slice(0, 300));
          throw new Error('function killed mid-page');
        }
        return w.store.insertMany(collection, docs);
      },
    };
    await expect(openRound(at(NOW + MINUTE, dying), 'system', await consultation(), oneStep())).rejects.toThrow('killed');
    expect(await written()).toEqual({ count: SNAPSHOT_PAGE + 300, distinct: SNAPSHOT_PAGE + 300 });
    // The dead run's lease keeps others off until it lapses; then the scheduler finishes the job.
    expect(await w.call(WANG, 'voting', 'vote.open', { consultationId: ADS }, NOW + MINUTE)).toMatchObject({ ok: false, code: 'CONFLICT' });
    await w.tick(NOW + 3 * MINUTE);
    const t = await tally();
    expect(t.status).toBe('open');
    expect(await written()).toEqual({ count: t.electors, distinct: t.electors });
    expect((await consultation()).status).toBe('voting');
  });

  it('starts again from the register as it now is when it changed between runs', async () => {
    w = await openWorld();
    await largeRegister();
    await openRound(at(NOW), 'system', await consultation(), oneStep());
    const before = (await tally()).electors;
    // Two more adults registered while the snapshot was being written.
    await addLoadMembers(w.store, 2, 'late');
    await w.tick(NOW + MINUTE);
    const t = await tally();
    expect(t).toMatchObject({ status: 'open', electors: before + 2 });
    expect(await written()).toEqual({ count: before + 2, distinct: before + 2 });
    expect(await w.store.count('electors', { voteId: ADS, electorId: 'r-late-m-late-00001' })).toBe(1);
  });
});
