import type { BallotDoc, TallyDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, PNG, registerEntry, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, ADS, CHEN, memberIdOf, openAds, receivers, records, watch } from '../arrange';

/** ballot.enterPaper (录入纸质选票): the committee enters a signed paper ballot for a named elector, who is told. */
let w: World;
let photo: string;
const chen = registerEntry('陈静');
beforeAll(async () => {
  w = await openWorld();
  await openAds(w);
  photo = await w.files.put(PNG);
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  const res = await w.call(ZHANG, 'voting', 'ballot.enterPaper', {
    consultationId: ADS,
    electorId: chen,
    choice: 'agree',
    channel: 'paper',
    evidence: [photo],
  });
  expect(res).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w);
    await w.ok(WANG, 'voting', 'ballot.enterPaper', { consultationId: ADS, electorId: chen, choice: 'disagree', channel: 'paper', evidence: [photo] });
  });

  it('records the elector’s ballot as paper, pending their confirmation, and counts it', async () => {
    const ballots = await w.store.find<BallotDoc>('ballots', { consultationId: ADS });
    expect(ballots).toEqual([
      expect.objectContaining({
        electorId: chen,
        choice: 'disagree',
        channel: 'paper',
        castBy: await memberIdOf(w, WANG),
        evidence: [photo],
        entry: { state: 'pending' },
      }),
    ]);
    const [tally] = await w.store.find<TallyDoc>('tallies', { consultationId: ADS });
    expect(tally.counters).toMatchObject({ agree: 0, disagree: 1 });
  });

  it('logs the entry as the committee member’s, naming the elector', async () => {
    const [ballot] = await w.store.find<BallotDoc>('ballots', { consultationId: ADS });
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'ballot.enterPaper',
        entity: 'ballot',
        entityId: ballot._id,
        actor: await actorOf(w, WANG),
        before: null,
        note: expect.stringContaining('陈静'),
      }),
    ]);
  });

  it('tells the elector alone, so they can confirm or dispute it', async () => {
    const news = await seen.news();
    expect(receivers(news, 'onBehalf')).toEqual([await memberIdOf(w, CHEN)]);
    expect(news).toHaveLength(1);
  });

  it('is refused for an elector who already has a ballot, changing nothing', async () => {
    const before = await records(w);
    const res = await w.call(WANG, 'voting', 'ballot.enterPaper', {
      consultationId: ADS,
      electorId: chen,
      choice: 'agree',
      channel: 'paper',
      evidence: [photo],
    });
    expect(res).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await records(w)).toEqual(before);
  });
});
