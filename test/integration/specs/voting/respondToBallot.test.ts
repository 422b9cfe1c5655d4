import type { BallotDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, PNG, registerEntry, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, ADS, CHEN, openAds, records, watch } from '../arrange';

/** ballot.respond: the elector a paper ballot was entered for confirms it (or disputes it, saying what is wrong). */
let w: World;
beforeAll(async () => {
  w = await openWorld();
  await openAds(w);
  const photo = await w.files.put(PNG);
  await w.ok(WANG, 'voting', 'ballot.enterPaper', {
    consultationId: ADS,
    electorId: registerEntry('陈静'),
    choice: 'agree',
    channel: 'paper',
    evidence: [photo],
  });
});
afterAll(() => w.close());

it('is refused to a member nothing was entered for, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'confirm' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  expect(await records(w)).toEqual(before);
});

it('is refused a dispute that does not say what is wrong, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(CHEN, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'dispute' })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  expect(await records(w)).toEqual(before);
});

describe('by the elector', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w);
    await w.ok(CHEN, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'confirm' });
  });

  it('marks the entered ballot confirmed', async () => {
    const [ballot] = await w.store.find<BallotDoc>('ballots', { consultationId: ADS });
    expect(ballot).toMatchObject({ channel: 'paper', choice: 'agree', entry: { state: 'confirmed' }, version: 2 });
    const view = await w.ok(CHEN, 'voting', 'vote.get', { consultationId: ADS });
    expect(view.me).toMatchObject({ canRespond: false, ballot: { entry: expect.objectContaining({ state: 'confirmed' }) } });
  });

  it('logs the confirmation as the elector’s', async () => {
    const [ballot] = await w.store.find<BallotDoc>('ballots', { consultationId: ADS });
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'ballot.entry.confirmed',
        entity: 'ballot',
        entityId: ballot._id,
        actor: await actorOf(w, CHEN),
        before: { status: 'pending', version: 1 },
        after: { status: 'confirmed', version: 2 },
      }),
    ]);
  });

  it('tells no one', async () => {
    expect(await seen.news()).toEqual([]);
  });

  it('is refused a second answer: the ballot is no longer pending', async () => {
    const before = await records(w);
    expect(await w.call(CHEN, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'dispute', note: '我投的是反对' })).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
    });
    expect(await records(w)).toEqual(before);
  });
});
