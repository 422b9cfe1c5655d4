import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { afterRead, CHEN, opinionBy, parkingId, records } from '../arrange';

/** opinion.queue (待答复): the community's opinions still without a reply, oldest first, for the committee. */
let w: World;
let waiting: string;
let answered: string;
beforeAll(async () => {
  w = await openWorld();
  const id = await parkingId(w);
  waiting = (await opinionBy(w, ZHANG, id)).id;
  answered = (await opinionBy(w, CHEN, id)).id;
  await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: answered, decision: 'adopted', reason: '' });
});
afterAll(() => w.close());

it('lists the opinions still waiting for a reply, not the answered one', async () => {
  const queue = await w.ok(WANG, 'participation', 'opinion.queue', {});
  const ids = queue.opinions.map((o) => o.id);
  expect(ids).toContain(waiting);
  expect(ids).not.toContain(answered);
  expect(queue.total).toBe(queue.opinions.length);
});

it('writes nothing: no record, no audit event, no news', async () => {
  expect(await afterRead(w, () => w.ok(WANG, 'participation', 'opinion.queue', {}))).toEqual({ changed: false, audit: [], news: [] });
});

it('is refused to a resident, changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'participation', 'opinion.queue', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});
