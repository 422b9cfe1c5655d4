import { DAY_MS } from '@shared';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import {
  actorOf,
  CHEN,
  consultation,
  memberIdOf,
  PARKING_REPORT,
  parkingId,
  parkingImplementing,
  expectParticipantsToldOnly,
  records,
  watch,
} from '../arrange';

/** implementation.complete (落实完成): with a final report; the rating window opens and those who took part are told. */
let w: World;
let id: string;
let at: number;
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  at = (await parkingImplementing(w, [ZHANG, CHEN])) + DAY_MS;
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'result', 'implementation.complete', { id, report: PARKING_REPORT, photos: [] }, at)).toMatchObject({
    ok: false,
    code: 'FORBIDDEN',
  });
  expect(await records(w)).toEqual(before);
});

it('is refused without a final report, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(WANG, 'result', 'implementation.complete', { id, report: '', photos: [] }, at)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let version: number;
  beforeAll(async () => {
    version = (await consultation(w, id)).version;
    seen = await watch(w, undefined, at);
    await w.ok(WANG, 'result', 'implementation.complete', { id, report: PARKING_REPORT, photos: [] }, at);
  });

  it('completes the consultation with the report, at 100%, its 14-day rating window open', async () => {
    expect(await consultation(w, id)).toMatchObject({
      status: 'completed',
      progressPercent: 100,
      completion: { report: PARKING_REPORT, by: await memberIdOf(w, WANG), at },
      evaluationEndsAt: at + 14 * DAY_MS,
    });
  });

  it('logs the transition as the committee member’s', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'consultation.complete',
        entity: 'consultation',
        entityId: id,
        actor: await actorOf(w, WANG),
        before: { status: 'implementing', version },
        after: { status: 'completed', version: version + 1 },
      }),
    ]);
  });

  it('tells those who took part, and no one else', async () => {
    const news = await seen.news(at);
    await expectParticipantsToldOnly(w, news, 'completed', id);
  });
});
