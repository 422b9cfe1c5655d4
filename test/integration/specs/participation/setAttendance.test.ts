import type { AttendanceDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, VISITOR, ZHANG, type World } from '../../../support/harness';
import { ADS, memberIdOf, parkingId, records, watch } from '../arrange';

/** attendance.set (报名): while the notice is up, a member applies to take part, to observe, or says they cannot come. */
let w: World;
let id: string;
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
});
afterAll(() => w.close());

it('is refused to someone outside the community, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(VISITOR, 'participation', 'attendance.set', { consultationId: id, kind: 'participant' })).toMatchObject({
    ok: false,
    code: 'NOT_MEMBER',
  });
  expect(await records(w)).toEqual(before);
});

it('is refused once the notice period is over (广告招租 is already consulting), and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'participation', 'attendance.set', { consultationId: ADS, kind: 'participant' })).toMatchObject({
    ok: false,
    code: 'DEADLINE_PASSED',
  });
  expect(await records(w)).toEqual(before);
});

describe('by a member in scope while the notice is up', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let view: Awaited<ReturnType<typeof apply>>;
  const apply = () => w.ok(ZHANG, 'participation', 'attendance.set', { consultationId: id, kind: 'participant' });
  beforeAll(async () => {
    seen = await watch(w);
    view = await apply();
  });

  it('keeps their application, not yet confirmed, and shows it to them', async () => {
    const mine = await w.store.find<AttendanceDoc>('attendance', { consultationId: id, memberId: await memberIdOf(w, ZHANG) });
    expect(mine).toEqual([expect.objectContaining({ kind: 'participant', confirmed: false, version: 1 })]);
    expect(JSON.stringify(view)).toContain('participant');
  });

  it('writes no audit event: a member’s own answer is kept on the attendance record (the committee’s confirmation is audited)', async () => {
    expect(await seen.audit()).toEqual([]);
  });

  it('tells no one', async () => {
    expect(await seen.news()).toEqual([]);
  });
});
