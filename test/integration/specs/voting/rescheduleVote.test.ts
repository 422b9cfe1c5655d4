import type { ConsultationDoc, MemberDoc } from '../../../../cloudfunctions/core/docs';
import { DAY_MS } from '@shared';
import { NOW, openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, ADS, consultation, HAPPY, receivers, records, watch } from '../arrange';

/** vote.reschedule (调整表决时间): until the vote opens, the committee moves its times, with a reason everyone in scope hears. */
let w: World;
let version: number;
const moved = { opensAt: NOW + DAY_MS, closesAt: NOW + 8 * DAY_MS, reason: '会议延期' };
beforeAll(async () => {
  w = await openWorld();
  version = (await consultation(w, ADS)).version;
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'voting', 'vote.reschedule', { consultationId: ADS, version, ...moved })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee before the vote opens', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let was: ConsultationDoc['plan']['vote'];
  beforeAll(async () => {
    was = (await consultation(w, ADS)).plan.vote;
    seen = await watch(w);
    await w.ok(WANG, 'voting', 'vote.reschedule', { consultationId: ADS, version, ...moved });
  });

  it('moves the vote’s times and notes why on the timeline', async () => {
    const c = await consultation(w, ADS);
    expect(was!.opensAt).not.toBe(moved.opensAt);
    expect(c.plan.vote).toMatchObject({ opensAt: moved.opensAt, closesAt: moved.closesAt });
    expect(c).toMatchObject({ status: 'consulting', version: version + 1 });
    expect(c.timeline.at(-1)).toMatchObject({ action: 'rescheduleVote', note: expect.stringContaining('会议延期') });
  });

  it('logs the change with the old and new times and the reason', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'vote.reschedule',
        entity: 'consultation',
        entityId: ADS,
        actor: await actorOf(w, WANG),
        after: { status: 'consulting', version: version + 1 },
        note: expect.stringContaining('原因：会议延期'),
      }),
    ]);
  });

  it('tells everyone in the consultation’s scope (all residents) the new times', async () => {
    const news = await seen.news();
    const everyone = (await w.store.find<MemberDoc>('members', { communityId: HAPPY, status: 'active' })).map((m) => m._id).sort();
    expect(receivers(news, 'voteRescheduled')).toEqual(everyone);
    expect(news.every((n) => n.kind === 'voteRescheduled' && n.consultationId === ADS)).toBe(true);
  });
});

it('is refused once the vote has opened: the times voters were given stand', async () => {
  // Opened at the new opening time.
  await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS }, moved.opensAt);
  const c = await consultation(w, ADS);
  const before = await records(w);
  const res = await w.call(
    WANG,
    'voting',
    'vote.reschedule',
    { consultationId: ADS, version: c.version, ...moved, opensAt: moved.opensAt + DAY_MS },
    moved.opensAt,
  );
  expect(res).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  expect(await records(w)).toEqual(before);
});
