import { DAY_MS } from '@shared';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, CHEN, consultation, memberIdOf, parkingId, parkingPublished, receivers, records, requestId, watch } from '../arrange';
import type { ObjectionDoc } from '../../../../cloudfunctions/core/docs';

/** objection.answer (答复异议): the committee dismisses an objection with a reason, or upholds it and sends the matter back (复议). */
let w: World;
let id: string;
let at: number;
const objectionOf = async (openid: string) => (await w.store.find<ObjectionDoc>('objections', { authorId: await memberIdOf(w, openid) }))[0];
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  at = (await parkingPublished(w, [ZHANG, CHEN])) + DAY_MS;
  await w.ok(ZHANG, 'result', 'objection.file', { consultationId: id, requestId: requestId(), reason: '车位数量不足。' }, at);
  await w.ok(CHEN, 'result', 'objection.file', { consultationId: id, requestId: requestId(), reason: '收费标准未公示。' }, at);
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  const res = await w.call(ZHANG, 'result', 'objection.answer', { objectionId: (await objectionOf(ZHANG))._id, decision: 'dismiss', reason: '不予采纳' }, at);
  expect(res).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

it('is refused a dismissal without a reason, and changes nothing', async () => {
  const before = await records(w);
  const res = await w.call(WANG, 'result', 'objection.answer', { objectionId: (await objectionOf(ZHANG))._id, decision: 'dismiss', reason: '' }, at);
  expect(res).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  expect(await records(w)).toEqual(before);
});

describe('dismissed by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w, undefined, at);
    await w.ok(WANG, 'result', 'objection.answer', { objectionId: (await objectionOf(ZHANG))._id, decision: 'dismiss', reason: '车位已按场地上限划设' }, at);
  });

  it('answers that objection alone; the result stays on display', async () => {
    expect(await objectionOf(ZHANG)).toMatchObject({ state: 'dismissed', answer: { reason: '车位已按场地上限划设', by: await memberIdOf(w, WANG) } });
    expect(await objectionOf(CHEN)).toMatchObject({ state: 'open' });
    expect((await consultation(w, id)).status).toBe('publicized');
  });

  it('logs the answer as the committee member’s, with the reason', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'objection.dismiss',
        entity: 'objection',
        entityId: (await objectionOf(ZHANG))._id,
        actor: await actorOf(w, WANG),
        before: { status: 'open', version: 1 },
        after: { status: 'dismissed', version: 2 },
        note: '车位已按场地上限划设',
      }),
    ]);
  });

  it('tells no one', async () => {
    expect(await seen.news(at)).toEqual([]);
  });
});

describe('upheld by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w, undefined, at);
    await w.ok(WANG, 'result', 'objection.answer', { objectionId: (await objectionOf(CHEN))._id, decision: 'uphold', reason: '收费标准须先公示' }, at);
  });

  it('sends the consultation back to consulting, its outcome withdrawn', async () => {
    expect(await objectionOf(CHEN)).toMatchObject({ state: 'upheld' });
    const c = await consultation(w, id);
    expect(c.status).toBe('consulting');
    expect(c.outcome).toBeUndefined();
  });

  it('logs both the reconsideration and the answer as the committee member’s', async () => {
    const actor = await actorOf(w, WANG);
    // Both written at the same moment: compared in the order of their actions.
    expect((await seen.audit()).map((a) => [a.action, a.entity, a.actor]).sort()).toEqual([
      ['consultation.reconsider', 'consultation', actor],
      ['objection.uphold', 'objection', actor],
    ]);
  });

  it('tells those who took part that the matter is reconsidered', async () => {
    const news = await seen.news(at);
    expect(receivers(news, 'reconsidered')).toEqual([await memberIdOf(w, ZHANG), await memberIdOf(w, CHEN)].sort());
    expect(news.every((n) => n.kind === 'reconsidered')).toBe(true);
  });
});
