import { DAY_MS } from '@shared';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, ADS, closedAds, consultation, records, watch } from '../arrange';

/** outcome.escalate (提交会议表决): after a failed vote the committee takes the matter to a statutory meeting, a new round. */
let w: World;
let at: number;
const vote = (at: number) => ({
  question: '提交居民会议：广告收益用途',
  rule: 'residents_meeting' as const,
  scope: { kind: 'residents' as const },
  opensAt: at + DAY_MS,
  closesAt: at + 3 * DAY_MS,
  secret: true,
});
beforeAll(async () => {
  w = await openWorld();
  // One ballot of 17: the 居民会议 vote fails for want of a quorum.
  at = await closedAds(w);
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  const { version } = await consultation(w, ADS);
  const res = await w.call(ZHANG, 'result', 'outcome.escalate', { id: ADS, version, reason: '表决未达法定人数', vote: vote(at) }, at);
  expect(res).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

it('is refused a rule that is not a statutory meeting’s, and changes nothing', async () => {
  const before = await records(w);
  const { version } = await consultation(w, ADS);
  const res = await w.call(
    WANG,
    'result',
    'outcome.escalate',
    { id: ADS, version, reason: '表决未达法定人数', vote: { ...vote(at), rule: 'owners_major' } },
    at,
  );
  expect(res).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee after the failed vote', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let version: number;
  beforeAll(async () => {
    version = (await consultation(w, ADS)).version;
    seen = await watch(w, undefined, at);
    await w.ok(WANG, 'result', 'outcome.escalate', { id: ADS, version, reason: '表决未达法定人数', vote: vote(at) }, at);
  });

  it('plans the new round’s vote on the same consultation, the reason on its timeline', async () => {
    const c = await consultation(w, ADS);
    expect(c).toMatchObject({ status: 'escalated', voteRound: 2, voteOpened: false, plan: { vote: vote(at) } });
    expect(c.timeline.at(-1)).toMatchObject({ action: 'escalate', note: '表决未达法定人数' });
  });

  it('logs the transition as the committee member’s, with the reason', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'consultation.escalate',
        entity: 'consultation',
        entityId: ADS,
        actor: await actorOf(w, WANG),
        before: { status: 'deliberated', version },
        after: { status: 'escalated', version: version + 1 },
        note: '表决未达法定人数',
      }),
    ]);
  });

  it('tells no one yet (voters are told when the new round opens)', async () => {
    expect(await seen.news(at)).toEqual([]);
  });
});
