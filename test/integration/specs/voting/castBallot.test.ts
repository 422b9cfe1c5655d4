import type { BallotDoc, TallyDoc } from '../../../../cloudfunctions/core/docs';
import type { ResultOf } from '@shared';
import { openWorld, ZHANG, type World } from '../../../support/harness';
import { actorOf, ADS, memberIdOf, openAds, records, watch } from '../arrange';

/** ballot.cast (投票): an elector casts, or changes, their own ballot while the vote is open. */
let w: World;
beforeAll(async () => {
  w = await openWorld();
});
afterAll(() => w.close());

it('is refused before the vote opens, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' })).toMatchObject({ ok: false, code: 'TOO_EARLY' });
  expect(await records(w)).toEqual(before);
});

describe('by an elector of the open vote', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let view: ResultOf<'voting', 'ballot.cast'>;
  beforeAll(async () => {
    await openAds(w);
    seen = await watch(w);
    view = await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
  });

  it('records one online ballot in their name and moves the live count', async () => {
    const ballots = await w.store.find<BallotDoc>('ballots', { consultationId: ADS });
    expect(ballots).toEqual([expect.objectContaining({ choice: 'agree', channel: 'online', castBy: await memberIdOf(w, ZHANG), version: 1 })]);
    const [tally] = await w.store.find<TallyDoc>('tallies', { consultationId: ADS });
    expect(tally.counters).toMatchObject({ agree: 1, disagree: 0, abstain: 0 });
    expect(view).toMatchObject({ me: { ballot: expect.objectContaining({ choice: 'agree' }) }, live: { ballots: 1 } });
  });

  it('logs that a ballot was cast, by whom, never what it says', async () => {
    const [ballot] = await w.store.find<BallotDoc>('ballots', { consultationId: ADS });
    const events = await seen.audit();
    expect(events).toEqual([
      expect.objectContaining({ action: 'ballot.cast', entity: 'ballot', entityId: ballot._id, actor: await actorOf(w, ZHANG), before: null }),
    ]);
    expect(JSON.stringify(events)).not.toMatch(/agree|同意/);
  });

  it('tells no one', async () => {
    expect(await seen.news()).toEqual([]);
  });
});
