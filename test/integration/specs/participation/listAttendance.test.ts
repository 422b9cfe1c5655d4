import { NOW, openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { afterRead, CHEN, LIU, memberIdOf, parkingId, records } from '../arrange';

/** attendance.list: the committee's list of who answered the notice, to confirm participants. */
let w: World;
let id: string;
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  // A minute apart, 刘芳 first: the list is in the order the answers came.
  await w.ok(LIU, 'participation', 'attendance.set', { consultationId: id, kind: 'absent' }, NOW);
  await w.ok(ZHANG, 'participation', 'attendance.set', { consultationId: id, kind: 'participant' }, NOW + 60_000);
  await w.ok(CHEN, 'participation', 'attendance.set', { consultationId: id, kind: 'observer' }, NOW + 120_000);
});
afterAll(() => w.close());

it('lists each answer with the member, in the order they came, and counts them by kind', async () => {
  const list = await w.ok(WANG, 'participation', 'attendance.list', { consultationId: id });
  expect(list.counts).toEqual({ participant: 1, observer: 1, absent: 1 });
  expect(list.rows.map((r) => [r.memberId, r.kind, r.confirmed])).toEqual([
    [await memberIdOf(w, LIU), 'absent', false],
    [await memberIdOf(w, ZHANG), 'participant', false],
    [await memberIdOf(w, CHEN), 'observer', false],
  ]);
});

it('writes nothing: no record, no audit event, no news', async () => {
  expect(await afterRead(w, () => w.ok(WANG, 'participation', 'attendance.list', { consultationId: id }))).toEqual({ changed: false, audit: [], news: [] });
});

it('is refused to a resident, changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'participation', 'attendance.list', { consultationId: id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});
