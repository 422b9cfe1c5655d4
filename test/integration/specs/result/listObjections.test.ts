import { DAY_MS } from '@shared';
import { openWorld, VISITOR, WANG, ZHANG, type World } from '../../../support/harness';
import { afterRead, CHEN, consultation, parkingId, parkingPublished, records, requestId } from '../arrange';

/** objection.list (异议及答复): the objections to a published result and their answers, in public. */
let w: World;
let id: string;
let at: number;
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  at = (await parkingPublished(w)) + DAY_MS;
  const filed = await w.ok(ZHANG, 'result', 'objection.file', { consultationId: id, requestId: requestId(), reason: '车位数量不足。' }, at);
  await w.ok(WANG, 'result', 'objection.answer', { objectionId: filed.id, decision: 'dismiss', reason: '车位已按场地上限划设' }, at);
});
afterAll(() => w.close());

it('shows any member the objections, their answers and the window', async () => {
  const list = await w.ok(CHEN, 'result', 'objection.list', { consultationId: id }, at);
  expect(list).toMatchObject({ consultation: { id }, windowEndsAt: (await consultation(w, id)).objectionWindowEndsAt });
  expect(list.objections).toHaveLength(1);
  expect(list.objections[0]).toMatchObject({ reason: '车位数量不足。' });
  expect(JSON.stringify(list.objections[0])).toContain('车位已按场地上限划设');
});

it('writes nothing: no record, no audit event, no news', async () => {
  expect(await afterRead(w, () => w.ok(CHEN, 'result', 'objection.list', { consultationId: id }, at), at)).toEqual({ changed: false, audit: [], news: [] });
});

it('is refused to someone outside the community, changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(VISITOR, 'result', 'objection.list', { consultationId: id }, at)).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
  expect(await records(w)).toEqual(before);
});
