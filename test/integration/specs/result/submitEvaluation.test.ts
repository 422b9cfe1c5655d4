import type { EvaluationDoc } from '../../../../cloudfunctions/core/docs';
import { DAY_MS } from '@shared';
import { openWorld, ZHANG, type World } from '../../../support/harness';
import { actorOf, consultation, LIU, memberIdOf, parkingCompleted, parkingId, records, watch } from '../arrange';

/** evaluation.submit (满意度测评): someone who took part rates the outcome 1–5 while the window is open. */
let w: World;
let id: string;
let at: number;
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  // 张伟 gave an opinion; 刘芳 did not take part.
  at = (await parkingCompleted(w, [ZHANG])) + DAY_MS;
});
afterAll(() => w.close());

it('is refused to a member who did not take part, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(LIU, 'result', 'evaluation.submit', { consultationId: id, score: 2 }, at)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
  expect(await records(w)).toEqual(before);
});

it('is refused after the rating window, and changes nothing', async () => {
  const before = await records(w);
  const late = (await consultation(w, id)).evaluationEndsAt!;
  expect(await w.call(ZHANG, 'result', 'evaluation.submit', { consultationId: id, score: 4 }, late)).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
  expect(await records(w)).toEqual(before);
});

describe('by a participant within the window', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let summary: Awaited<ReturnType<typeof rate>>;
  const rate = () => w.ok(ZHANG, 'result', 'evaluation.submit', { consultationId: id, score: 4, comment: '车位够用了' }, at);
  beforeAll(async () => {
    seen = await watch(w, undefined, at);
    summary = await rate();
  });

  it('keeps the rating in their name and counts it in the summary', async () => {
    const ratings = await w.store.find<EvaluationDoc>('evaluations', { consultationId: id });
    expect(ratings).toEqual([expect.objectContaining({ memberId: await memberIdOf(w, ZHANG), score: 4, comment: '车位够用了', version: 1 })]);
    expect(summary).toMatchObject({ open: true, total: 1, counts: [0, 0, 0, 1, 0], average: 4, mine: { score: 4, comment: '车位够用了' } });
  });

  it('logs the rating as the member’s', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'evaluation.submit',
        entity: 'evaluation',
        entityId: `${id}:${await memberIdOf(w, ZHANG)}`,
        actor: await actorOf(w, ZHANG),
        before: null,
        after: { status: '4分', version: 1 },
      }),
    ]);
  });

  it('tells no one', async () => {
    expect(await seen.news(at)).toEqual([]);
  });
});
