import { DAY_MS } from '@shared';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, consultation, parkingId, parkingPublished, records, watch } from '../arrange';

/** implementation.start (组织实施): the committee starts carrying out an outcome that has taken effect. */
let w: World;
let id: string;
let published: number;
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  published = await parkingPublished(w);
});
afterAll(() => w.close());

it('is refused while the result is still on display (not yet in effect), changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(WANG, 'result', 'implementation.start', { id }, published + DAY_MS)).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  expect(await records(w)).toEqual(before);
});

describe('once in effect', () => {
  let at: number;
  let seen: Awaited<ReturnType<typeof watch>>;
  let version: number;
  beforeAll(async () => {
    at = published + 7 * DAY_MS;
    await w.tick(at);
    expect((await consultation(w, id)).status).toBe('effective');
  });

  it('is refused to a resident, changing nothing', async () => {
    const before = await records(w);
    expect(await w.call(ZHANG, 'result', 'implementation.start', { id }, at)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await records(w)).toEqual(before);
  });

  describe('by the committee', () => {
    beforeAll(async () => {
      version = (await consultation(w, id)).version;
      seen = await watch(w, undefined, at);
      await w.ok(WANG, 'result', 'implementation.start', { id }, at);
    });

    it('moves the consultation to implementing', async () => {
      expect(await consultation(w, id)).toMatchObject({ status: 'implementing', version: version + 1 });
    });

    it('logs the transition as the committee member’s', async () => {
      expect(await seen.audit()).toEqual([
        expect.objectContaining({
          action: 'consultation.startImplementation',
          entity: 'consultation',
          entityId: id,
          actor: await actorOf(w, WANG),
          before: { status: 'effective', version },
          after: { status: 'implementing', version: version + 1 },
        }),
      ]);
    });

    it('tells no one', async () => {
      expect(await seen.news(at)).toEqual([]);
    });
  });
});
