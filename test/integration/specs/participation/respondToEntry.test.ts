import type { OpinionDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, PNG, ZHANG, type World } from '../../../support/harness';
import { actorOf, enteredForHuang, HUANG, parkingId, records, watch } from '../arrange';

/** opinion.respondToEntry: the member an opinion was entered for confirms it, or disputes it saying what is wrong. */
let w: World;
let opinionId: string;
beforeAll(async () => {
  w = await openWorld();
  opinionId = (await enteredForHuang(w, await parkingId(w), await w.files.put(PNG))).id;
});
afterAll(() => w.close());

it('is refused to anyone but that member, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'participation', 'opinion.respondToEntry', { opinionId, verdict: 'confirm' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  expect(await records(w)).toEqual(before);
});

it('is refused a dispute that does not say what is wrong, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(HUANG, 'participation', 'opinion.respondToEntry', { opinionId, verdict: 'dispute' })).toMatchObject({
    ok: false,
    code: 'REASON_REQUIRED',
  });
  expect(await records(w)).toEqual(before);
});

describe('disputed by the member', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w);
    await w.ok(HUANG, 'participation', 'opinion.respondToEntry', { opinionId, verdict: 'dispute', note: '我写的是增设充电桩' });
  });

  it('marks the entry disputed, with what is wrong', async () => {
    expect(await w.store.get<OpinionDoc>('opinions', opinionId)).toMatchObject({ entry: { state: 'disputed', note: '我写的是增设充电桩' }, version: 2 });
  });

  it('logs the dispute as the member’s', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'opinion.entry.disputed',
        entity: 'opinion',
        entityId: opinionId,
        actor: await actorOf(w, HUANG),
        before: expect.objectContaining({ version: 1 }),
        after: expect.objectContaining({ version: 2 }),
      }),
    ]);
  });

  it('tells no one', async () => {
    expect(await seen.news()).toEqual([]);
  });

  it('is refused a second answer, changing nothing', async () => {
    const before = await records(w);
    expect(await w.call(HUANG, 'participation', 'opinion.respondToEntry', { opinionId, verdict: 'confirm' })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect(await records(w)).toEqual(before);
  });
});
