import { decide, VOTE_CLOSE_GRACE_MS, type Choice } from '@shared';
import type { BallotDoc, ConsultationDoc, ElectorDoc, TallyDoc } from '../../cloudfunctions/core/docs';
import { Budget } from '../../cloudfunctions/core/scheduler/budget';
import { listJobs } from '../../cloudfunctions/core/scheduler/jobs';
import type { Store } from '../../cloudfunctions/core/store/port';
import { closeRound } from '../../cloudfunctions/core/voting/closeVote';
import { COUNT_PAGE, countVotes } from '../../cloudfunctions/core/voting/countVotes';
import { enterPaperBallots } from '../support/ballots';
import { addLoadMembers } from '../support/loadMembers';
import { NOW, openWorld, recordPriorDiscussion, WANG, ZHANG, type World } from '../support/harness';
import { killedOnce } from '../support/killedOnce';

/** The seeded 广告招租 consultation: a 居民会议 vote of all residents, its window open at NOW. */
const ADS = 'c-seed-ads';
const CHOICES: Choice[] = ['agree', 'agree', 'disagree', 'abstain', 'agree'];

let w: World;
afterEach(() => w.close());

/** A vote of about 2,300 electors with a ballot from all but a few, past its close time: three pages to count. */
async function largeVoteClosed(): Promise<{ tally: TallyDoc; closedAt: number }> {
  await addLoadMembers(w.store, 2_300);
  await recordPriorDiscussion(w, ADS);
  await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
  const electors = await w.store.find<ElectorDoc>('electors', { voteId: ADS });
  await enterPaperBallots(w.store, electors.slice(7), (i) => CHOICES[i % CHOICES.length], NOW);
  const c = (await w.store.get<ConsultationDoc>('consultations', ADS))!;
  return { tally: (await w.store.get<TallyDoc>('tallies', ADS))!, closedAt: c.plan.vote!.closesAt + VOTE_CLOSE_GRACE_MS };
}

/** What the rule decides on the whole lists at once: the count in pages must come to the same. */
async function decidedAtOnce(tally: TallyDoc) {
  const [electors, ballots] = await Promise.all([w.store.find<ElectorDoc>('electors', { voteId: ADS }), w.store.find<BallotDoc>('ballots', { voteId: ADS })]);
  return decide({
    rule: { kind: tally.rule },
    form: tally.form,
    electorate: electors.map((e) => ({ id: e.electorId, area: e.areaHundredths / 100 })),
    ballots: ballots.map((b) => ({ electorId: b.electorId, choice: b.choice! })),
  });
}

const systemAt = (now: number, store: Store = w.store) => ({ ...w.services, store, now });
const oneStep = () => new Budget(0);

describe('计票 of a large vote', () => {
  it('counts a page at a time across runs, stops taking ballots at once, and seals what counting it all at once decides', async () => {
    w = await openWorld();
    const { tally, closedAt } = await largeVoteClosed();
    const c = (await w.store.get<ConsultationDoc>('consultations', ADS))!;

    const first = await closeRound(systemAt(closedAt), 'system', c, tally, oneStep());
    expect(first.consultation.status).toBe('voting');
    expect(first.tally).toMatchObject({ status: 'counting', counting: { ballots: COUNT_PAGE } });
    const screen = await w.ok(ZHANG, 'voting', 'vote.get', { consultationId: ADS }, closedAt);
    expect(screen.vote.phase).toBe('counting');
    expect(screen.counting).toEqual({ ballots: COUNT_PAGE });
    expect(screen.me.canCast).toBe(false);
    expect((await listJobs(w.store, closedAt)).votes).toEqual([{ id: ADS, job: 'counting', done: COUNT_PAGE, startedAt: closedAt }]);

    // The next run goes on from the cursor; the committee's tap (a budget of seconds) finishes it.
    const second = await closeRound(systemAt(closedAt), 'system', c, first.tally, oneStep());
    expect(second.tally).toMatchObject({ status: 'counting', counting: { ballots: 2 * COUNT_PAGE } });
    const closed = await w.ok(WANG, 'voting', 'vote.close', { consultationId: ADS }, closedAt);
    expect(closed.vote.phase).toBe('sealed');
    const sealed = (await w.store.get<TallyDoc>('tallies', ADS))!;
    const expected = await decidedAtOnce(sealed);
    expect(sealed.sealed!.decision).toEqual(expected);
    expect(sealed.sealed!.ballots).toBe(expected.turnout.heads);
    expect(sealed.counters.agree).toBe(expected.agree.heads);
    expect(sealed.counting).toBeUndefined();
    expect((await w.store.get<ConsultationDoc>('consultations', ADS))!).toMatchObject({ status: 'deliberated', verdict: { passed: expected.passed } });
  });

  it('counts each page once when a run is killed mid-page and when two runs count at once', async () => {
    w = await openWorld();
    const { tally, closedAt } = await largeVoteClosed();
    const c = (await w.store.get<ConsultationDoc>('consultations', ADS))!;
    await closeRound(systemAt(closedAt), 'system', c, tally, oneStep());

    // Killed after reading its page, before adding it: the sums are as they were.
    const dying = killedOnce(w.store, 'update', 'tallies', 'function killed mid-page');
    const counting = (await w.store.get<TallyDoc>('tallies', ADS))!;
    await expect(countVotes(systemAt(closedAt, dying), counting, oneStep())).rejects.toThrow('killed');
    expect((await w.store.get<TallyDoc>('tallies', ADS))!.counting).toEqual(counting.counting);

    // Two runs from the same place: one adds the page, the other finds the cursor moved and goes on from there.
    await Promise.all([countVotes(systemAt(closedAt), counting, Budget.unlimited()), countVotes(systemAt(closedAt), counting, Budget.unlimited())]);
    const sealed = (await w.store.get<TallyDoc>('tallies', ADS))!;
    expect(sealed.status).toBe('sealed');
    expect(sealed.sealed!.decision).toEqual(await decidedAtOnce(sealed));
    expect(await w.store.count('audit', { entityId: ADS, action: 'consultation.closeVote' })).toBe(0);
    // The verdict waits for nothing: the next run moves the consultation on.
    await w.tick(closedAt);
    expect((await w.store.get<ConsultationDoc>('consultations', ADS))!.status).toBe('deliberated');
  });
});
