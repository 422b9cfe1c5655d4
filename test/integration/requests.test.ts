import { DAY_MS, VOTE_CLOSE_GRACE_MS, type ActionName, type FunctionName, type PayloadOf } from '@shared';
import type { ConsultationDoc } from '../../cloudfunctions/core/docs';
import type { CountingStore } from '../support/countingStore';
import { NOW, openWorld, recordPriorDiscussion, WANG, ZHANG, type World } from '../support/harness';
import { addLoadMembers } from '../support/loadMembers';

/**
 * Database requests per action, counted as the CloudBase adapter makes them (test/support/
 * countingStore.ts), in a community of a few hundred members: the screens people open most stay
 * within a handful of requests, whatever the community's size (`npm run bench:cost` shows them at
 * 10,000 members). Request counts are deterministic; no timing is asserted.
 */

const ADS = 'c-seed-ads'; // consulting, with a 居民会议 vote of all residents open from NOW
const CHEN = 'demo-chen-jing';
const EXTRA = 300;

let w: World;
let voters: string[];
let parking: string; // announced, all residents, no vote
beforeEach(async () => {
  w = await openWorld();
  voters = await addLoadMembers(w.store, EXTRA);
  parking = (await w.ok(ZHANG, 'consultation', 'consultation.list', {})).upcoming.find((c) => c.title.includes('停车位'))!.id;
});
afterEach(() => w.close());

/** The requests one call makes, and what it returned. */
async function requestsOf<F extends FunctionName, A extends ActionName<F>>(openid: string, fn: F, action: A, payload: PayloadOf<F, A>, at = NOW) {
  const store = w.store as CountingStore;
  store.reset();
  const data = await w.ok(openid, fn, action, payload, at);
  return { requests: [...store.requests.values()].reduce((a, b) => a + b, 0), data };
}
const detail = (openid: string, id: string, at = NOW) => requestsOf(openid, 'consultation', 'consultation.get', { id }, at);
let requestNo = 0;
const opinion = (openid: string, consultationId: string) =>
  w.ok(openid, 'participation', 'opinion.submit', {
    consultationId,
    requestId: `req-reads-${String(++requestNo).padStart(4, '0')}`,
    stance: 'support',
    text: '赞成。',
    photos: [],
    channel: 'online',
  });

describe('the detail screen (consultation.get)', () => {
  it('loads in at most 6 requests for a resident and for the committee, from the notice to the published result', async () => {
    // People have answered, followed, spoken and been answered: every part of the screen has something to show.
    for (const who of [ZHANG, CHEN, ...voters.slice(0, 40)])
      await w.ok(who, 'participation', 'attendance.set', { consultationId: parking, kind: 'participant' });
    await w.ok(ZHANG, 'consultation', 'consultation.follow', { id: parking, follow: true });
    for (const who of [ZHANG, CHEN]) {
      const o = await opinion(who, parking);
      await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: o.id, decision: 'adopted', reason: '' });
    }
    const startsAt = (await w.store.get<ConsultationDoc>('consultations', parking))!.plan.schedule!.startsAt!;
    const seen = async (at: number) => {
      for (const who of [ZHANG, WANG]) {
        const { requests, data } = await detail(who, parking, at);
        expect(requests).toBeLessThanOrEqual(6);
        expect(data.participation.attendance.coming).toHaveLength(30);
        expect(data.participation.attendance.counts.participant).toBe(42);
      }
    };
    await seen(NOW);
    const zhang = (await detail(ZHANG, parking)).data;
    expect(zhang.following).toBe(true);
    expect(zhang.participation.mine).toMatchObject({
      attendance: { kind: 'participant' },
      opinions: [expect.objectContaining({ reply: expect.objectContaining({ byName: '居委会成员 王*国' }) })],
    });
    await w.tick(startsAt);
    await seen(startsAt);
    const at = startsAt + 3 * 3_600_000;
    const version = (await w.store.get<ConsultationDoc>('consultations', parking))!.version;
    const closed = await w.ok(
      WANG,
      'result',
      'outcome.close',
      { id: parking, version, text: '划设车位。', responsible: '物业服务中心', dueAt: at + 30 * DAY_MS },
      at,
    );
    await seen(at);
    await w.ok(WANG, 'result', 'result.publish', { id: parking, version: closed.consultation.version }, at);
    await seen(at);
  });

  it('loads in at most 6 requests while a vote is open and once it is sealed', async () => {
    await recordPriorDiscussion(w, ADS);
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    for (const who of [ZHANG, WANG]) expect((await detail(who, ADS)).requests).toBeLessThanOrEqual(6);
    const closesAt = (await w.store.get<ConsultationDoc>('consultations', ADS))!.plan.vote!.closesAt;
    // Sealed by the scheduler: the verdict is on the consultation, so the screen needs no read of the tally.
    await w.tick(closesAt + VOTE_CLOSE_GRACE_MS);
    for (const who of [ZHANG, WANG]) {
      const { requests, data } = await detail(who, ADS, closesAt + VOTE_CLOSE_GRACE_MS);
      expect(requests).toBeLessThanOrEqual(6);
      expect(data.result.vote).toMatchObject({ passed: false, round: 1 });
    }
  });
});

describe('casting a ballot (ballot.cast)', () => {
  // 9: the tally is marked before the ballot is written, the count update takes the mark off (counting/marks.ts).
  // 13 for a voter's first part in the quarter and year: the street's counters are marked and moved
  // too (oversight/counters.ts), with a participant mark for each period (oversight/participants.ts).
  it('takes at most 13 requests for the first cast, 9 for a change', async () => {
    await recordPriorDiscussion(w, ADS);
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    const first = await requestsOf(voters[0], 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    expect(first.requests).toBeLessThanOrEqual(13);
    expect(first.data.live).toMatchObject({ agree: { heads: 1 }, ballots: 1 });
    const changed = await requestsOf(voters[0], 'voting', 'ballot.cast', { consultationId: ADS, choice: 'disagree' });
    expect(changed.requests).toBeLessThanOrEqual(9);
    expect(changed.data.live).toMatchObject({ agree: { heads: 0 }, disagree: { heads: 1 }, ballots: 1 });
    expect(changed.data.me.ballot).toMatchObject({ choice: 'disagree' });
  });
});

describe('co-signing a suggestion (suggestion.cosign, 附议)', () => {
  /** The requests and documents read of one co-sign, with the petition check it runs, in a world of `extra` more members. */
  async function cosignIn(world: World, signer: string) {
    const s = await world.ok(ZHANG, 'suggestion', 'suggestion.raise', {
      requestId: `req-reads-${String(++requestNo).padStart(4, '0')}`,
      title: '增设座椅',
      description: '建议增设座椅。',
      place: '3号楼',
      photos: [],
      hideName: false,
    });
    const store = world.store as CountingStore;
    store.reset();
    await world.ok(signer, 'suggestion', 'suggestion.cosign', { id: s.id, on: true });
    return {
      requests: [...store.requests.values()].reduce((a, b) => a + b, 0),
      roster: store.docsRead.get('roster') ?? 0,
      members: store.docsRead.get('members') ?? 0,
    };
  }

  it('costs the same whatever the community’s size, reading neither the register nor the members', async () => {
    const large = await cosignIn(w, voters[0]);
    const small = await openWorld();
    try {
      expect(await cosignIn(small, CHEN)).toEqual(large);
    } finally {
      await small.close();
    }
    expect(large.roster).toBe(0);
    expect(large.members).toBeLessThanOrEqual(2); // the signer, and the author for the view
  });
});
