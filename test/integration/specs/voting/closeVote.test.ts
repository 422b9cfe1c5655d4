import type { ConsultationDoc, TallyDoc } from '../../../../cloudfunctions/core/docs';
import { VOTE_CLOSE_GRACE_MS } from '@shared';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, adsClosesAt, ADS, CHEN, openAds, records, watch } from '../arrange';

/** vote.close (表决结束): after the close time the committee counts the ballots and seals the result. */
let w: World;
let at: number;
beforeAll(async () => {
  w = await openWorld();
  await openAds(w);
  await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
  await w.ok(CHEN, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'disagree' });
  at = (await adsClosesAt(w)) + VOTE_CLOSE_GRACE_MS;
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'voting', 'vote.close', { consultationId: ADS }, at)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee after the close time', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w, undefined, at);
    await w.ok(WANG, 'voting', 'vote.close', { consultationId: ADS }, at);
  });

  it('seals the recount and moves the consultation to deliberated', async () => {
    const [tally] = await w.store.find<TallyDoc>('tallies', { consultationId: ADS });
    // Two of 17 voted: a 居民会议 needs more than half to attend, so the proposal cannot pass.
    expect(tally).toMatchObject({ status: 'sealed', sealed: { ballots: 2, decision: { passed: false, quorumMet: false } } });
    expect((await w.store.get<ConsultationDoc>('consultations', ADS))!.status).toBe('deliberated');
  });

  it('logs the transition as the committee member’s', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'consultation.closeVote',
        entity: 'consultation',
        entityId: ADS,
        actor: await actorOf(w, WANG),
        before: expect.objectContaining({ status: 'voting' }),
        after: expect.objectContaining({ status: 'deliberated' }),
      }),
    ]);
  });

  it('tells no one (the result is told when it is published)', async () => {
    expect(await seen.news(at)).toEqual([]);
  });
});
