import type { AttendanceDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, CHEN, memberIdOf, parkingId, receivers, records, watch } from '../arrange';

/** attendance.confirm (确认参加): the committee confirms an applicant as a participant, who is told. */
let w: World;
let id: string;
let zhang: string;
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  zhang = await memberIdOf(w, ZHANG);
  await w.ok(ZHANG, 'participation', 'attendance.set', { consultationId: id, kind: 'participant' });
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'participation', 'attendance.confirm', { consultationId: id, memberId: zhang })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

it('is refused for a member who did not apply, and changes nothing', async () => {
  const before = await records(w);
  const res = await w.call(WANG, 'participation', 'attendance.confirm', { consultationId: id, memberId: await memberIdOf(w, CHEN) });
  expect(res).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w);
    await w.ok(WANG, 'participation', 'attendance.confirm', { consultationId: id, memberId: zhang });
  });

  it('marks the application confirmed, by whom', async () => {
    const [a] = await w.store.find<AttendanceDoc>('attendance', { consultationId: id, memberId: zhang });
    expect(a).toMatchObject({ kind: 'participant', confirmed: true, confirmedBy: await memberIdOf(w, WANG), version: 2 });
  });

  it('logs the confirmation as the committee member’s', async () => {
    const [a] = await w.store.find<AttendanceDoc>('attendance', { consultationId: id, memberId: zhang });
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'attendance.confirm',
        entity: 'attendance',
        entityId: a._id,
        actor: await actorOf(w, WANG),
        before: { status: 'applied', version: 1 },
        after: { status: 'confirmed', version: 2 },
      }),
    ]);
  });

  it('tells the applicant alone', async () => {
    const news = await seen.news();
    expect(receivers(news, 'attendance')).toEqual([zhang]);
    expect(news).toHaveLength(1);
  });
});
