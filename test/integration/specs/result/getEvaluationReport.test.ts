import { DAY_MS } from '@shared';
import { openWorld, WANG, ZHANG, ZHAO, type World } from '../../../support/harness';
import { afterRead, CHEN, parkingCompleted, parkingId, records } from '../arrange';

/** evaluation.report (测评报告): the supervisory committee's report of one consultation: ratings, opinions, objections, implementation. */
let w: World;
let id: string;
let at: number;
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  at = (await parkingCompleted(w, [ZHANG, CHEN])) + DAY_MS;
  await w.ok(ZHANG, 'result', 'evaluation.submit', { consultationId: id, score: 5, comment: '很满意' }, at);
  await w.ok(CHEN, 'result', 'evaluation.submit', { consultationId: id, score: 3 }, at);
});
afterAll(() => w.close());

it('shows the supervisor the ratings with who gave them, and what became of the opinions', async () => {
  const report = await w.ok(ZHAO, 'result', 'evaluation.report', { consultationId: id }, at);
  expect(report.evaluation).toMatchObject({ total: 2, counts: [0, 0, 1, 0, 1], average: 4 });
  expect(report.participants).toBe(2);
  expect(report.comments).toEqual([expect.objectContaining({ name: expect.stringContaining('张'), score: 5, comment: '很满意' })]);
  expect(report.opinions).toMatchObject({ total: 2, adopted: 2 });
  expect(report.objections).toEqual({ total: 0, upheld: 0, dismissed: 0 });
  expect(report.implementation).toMatchObject({ overdue: false, posts: 0 });
});

it('is the committee’s to read too', async () => {
  expect(await w.call(WANG, 'result', 'evaluation.report', { consultationId: id }, at)).toMatchObject({ ok: true });
});

it('writes nothing: no record, no audit event, no news', async () => {
  expect(await afterRead(w, () => w.ok(ZHAO, 'result', 'evaluation.report', { consultationId: id }, at), at)).toEqual({ changed: false, audit: [], news: [] });
});

it('is refused to a resident, changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'result', 'evaluation.report', { consultationId: id }, at)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});
