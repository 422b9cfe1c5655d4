import type { ConsultationDoc, TallyDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, ADS, openAds, receivers, records, votersOf, watch } from '../arrange';

/** vote.open (开始表决): the committee opens a vote whose opening time has come. */
let w: World;
beforeAll(async () => {
  w = await openWorld();
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'voting', 'vote.open', { consultationId: ADS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w);
    await openAds(w);
  });

  it('snapshots the electorate from the register, opens the tally and moves the consultation to voting', async () => {
    expect((await w.store.get<ConsultationDoc>('consultations', ADS))!.status).toBe('voting');
    const [tally] = await w.store.find<TallyDoc>('tallies', { consultationId: ADS });
    // The register's 17 adults of 幸福里社区 are the electorate of an all-residents 居民会议 vote.
    expect(tally).toMatchObject({ status: 'open', electors: 17, counters: { agree: 0, disagree: 0, abstain: 0 } });
    expect(await w.store.count('electors', { consultationId: ADS })).toBe(17);
    const view = await w.ok(ZHANG, 'voting', 'vote.get', { consultationId: ADS });
    expect(view.vote.phase).toBe('open');
    expect(view.me.canCast).toBe(true);
  });

  it('logs the transition as the committee member’s', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'consultation.openVote',
        entity: 'consultation',
        entityId: ADS,
        actor: await actorOf(w, WANG),
        before: expect.objectContaining({ status: 'consulting' }),
        after: expect.objectContaining({ status: 'voting' }),
      }),
    ]);
  });

  it('tells every voter of the electorate, and no one else', async () => {
    const news = await seen.news();
    expect(news.map((n) => n.kind)).toEqual(news.map(() => 'voteOpened'));
    const voters = await votersOf(w, ADS);
    expect(voters.length).toBeGreaterThan(0);
    expect(receivers(news, 'voteOpened')).toEqual(voters);
    expect(news.every((n) => n.consultationId === ADS)).toBe(true);
  });

  it('is refused a second time: the vote is already open, nothing changes', async () => {
    const before = await records(w);
    expect(await w.call(WANG, 'voting', 'vote.open', { consultationId: ADS })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect(await records(w)).toEqual(before);
  });
});
