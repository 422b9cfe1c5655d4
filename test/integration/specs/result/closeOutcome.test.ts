import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, consultation, parkingConsulted, parkingId, parkingOutcome, records, watch } from '../arrange';

/** outcome.close (形成协商意见): the committee closes consultation with its outcome, once every opinion is answered. */
let w: World;
let id: string;
let at: number;
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  at = (await parkingConsulted(w)) + 3_600_000;
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  const version = (await consultation(w, id)).version;
  expect(await w.call(ZHANG, 'result', 'outcome.close', { id, version, ...parkingOutcome(at) }, at)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

it('is refused on a stale version, and changes nothing', async () => {
  const before = await records(w);
  const stale = (await consultation(w, id)).version - 1;
  expect(await w.call(WANG, 'result', 'outcome.close', { id, version: stale, ...parkingOutcome(at) }, at)).toMatchObject({ ok: false, code: 'CONFLICT' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee, every opinion answered', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let version: number;
  beforeAll(async () => {
    version = (await consultation(w, id)).version;
    seen = await watch(w, undefined, at);
    await w.ok(WANG, 'result', 'outcome.close', { id, version, ...parkingOutcome(at) }, at);
  });

  it('records the outcome and moves the consultation to deliberated', async () => {
    const c = await consultation(w, id);
    expect(c).toMatchObject({ status: 'deliberated', version: version + 1 });
    expect(c.outcome).toMatchObject({ text: parkingOutcome(at).text, responsible: '物业服务中心', dueAt: parkingOutcome(at).dueAt });
  });

  it('logs the transition as the committee member’s', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'consultation.closeConsultation',
        entity: 'consultation',
        entityId: id,
        actor: await actorOf(w, WANG),
        before: { status: 'consulting', version },
        after: { status: 'deliberated', version: version + 1 },
      }),
    ]);
  });

  it('tells no one yet (the result is told when published)', async () => {
    expect(await seen.news(at)).toEqual([]);
  });
});
