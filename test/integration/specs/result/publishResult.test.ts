import { DAY_MS } from '@shared';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, CHEN, consultation, parkingClosed, parkingId, expectParticipantsToldOnly, records, watch } from '../arrange';

/** result.publish (结果公示): the outcome goes on display, the objection window opens, and those who took part are told. */
let w: World;
let id: string;
let at: number;
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  // 张伟 and 陈静 gave opinions; no one else took part.
  at = await parkingClosed(w, [ZHANG, CHEN]);
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  const { version } = await consultation(w, id);
  expect(await w.call(ZHANG, 'result', 'result.publish', { id, version }, at)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let version: number;
  beforeAll(async () => {
    version = (await consultation(w, id)).version;
    seen = await watch(w, undefined, at);
    await w.ok(WANG, 'result', 'result.publish', { id, version }, at);
  });

  it('publicizes the result with a 7-day objection window', async () => {
    expect(await consultation(w, id)).toMatchObject({ status: 'publicized', version: version + 1, objectionWindowEndsAt: at + 7 * DAY_MS });
  });

  it('logs the transition as the committee member’s', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'consultation.publishResult',
        entity: 'consultation',
        entityId: id,
        actor: await actorOf(w, WANG),
        before: { status: 'deliberated', version },
        after: { status: 'publicized', version: version + 1 },
      }),
    ]);
  });

  it('tells those who took part, and no one else', async () => {
    const news = await seen.news(at);
    await expectParticipantsToldOnly(w, news, 'outcome', id);
  });
});
