import type { MeetingDoc, TallyDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, PNG, registerEntry, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, ADS, openAds, records, watch } from '../arrange';

/** vote.enterRoomCount (会场计票): the host enters what the room counted, for those present when check-in closed. */
let w: World;
let evidence: string;
const counts = { agree: 1, disagree: 0, abstain: 0, silent: 1 };
const count = () => ({ consultationId: ADS, method: 'hands' as const, counts, teller: '张伟', scrutineer: '李秀英', evidence: [evidence] });
beforeAll(async () => {
  w = await openWorld();
  await openAds(w);
  evidence = await w.files.put(PNG);
  // The meeting: 张伟 checks in himself, 郑华 (no app) is checked in by the host.
  await w.ok(WANG, 'meeting', 'meeting.open', { consultationId: ADS });
  await w.ok(ZHANG, 'meeting', 'meeting.checkIn', { consultationId: ADS });
  await w.ok(WANG, 'meeting', 'meeting.checkInFor', { consultationId: ADS, entryId: registerEntry('郑华') });
});
afterAll(() => w.close());

it('is refused while check-in is still open, changing nothing', async () => {
  const before = await records(w);
  expect(await w.call(WANG, 'voting', 'vote.enterRoomCount', count())).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  expect(await records(w)).toEqual(before);
});

describe('by the host once check-in has closed', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    await w.ok(WANG, 'meeting', 'meeting.close', { consultationId: ADS });
    seen = await watch(w);
    await w.ok(WANG, 'voting', 'vote.enterRoomCount', count());
  });

  it('keeps the room’s count on the tally, of the two present, and fixes who was present', async () => {
    const [tally] = await w.store.find<TallyDoc>('tallies', { consultationId: ADS });
    expect(tally.room).toMatchObject({ method: 'hands', counts, present: 2, teller: '张伟', scrutineer: '李秀英', evidence: [evidence] });
    const [meeting] = await w.store.find<MeetingDoc>('meetings', { consultationId: ADS });
    expect(meeting.status).toBe('counted');
  });

  it('logs the count as the host’s, with the numbers and the counters', async () => {
    const [tally] = await w.store.find<TallyDoc>('tallies', { consultationId: ADS });
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'vote.enterRoomCount',
        entity: 'tally',
        entityId: `${tally._id}:room`,
        actor: await actorOf(w, WANG),
        before: null,
        note: expect.stringMatching(/实到 2，同意 1.*计票人 张伟，监票人 李秀英/),
      }),
    ]);
  });

  it('tells no one', async () => {
    expect(await seen.news()).toEqual([]);
  });

  it('is refused to a resident', async () => {
    const before = await records(w);
    expect(await w.call(ZHANG, 'voting', 'vote.enterRoomCount', count())).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await records(w)).toEqual(before);
  });
});
