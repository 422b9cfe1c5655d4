import type { ArchiveDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, consultation, LIGHTS, parkingId, records, watch } from '../arrange';

/** archive.seal (一事一档): a completed consultation is archived and its whole record sealed with a SHA-256. */
let w: World;
beforeAll(async () => {
  w = await openWorld();
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'result', 'archive.seal', { id: LIGHTS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

it('is refused for a consultation not yet completed, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(WANG, 'result', 'archive.seal', { id: await parkingId(w) })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee, of the completed 楼道照明', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let version: number;
  let view: Awaited<ReturnType<typeof seal>>;
  const seal = () => w.ok(WANG, 'result', 'archive.seal', { id: LIGHTS });
  beforeAll(async () => {
    version = (await consultation(w, LIGHTS)).version;
    seen = await watch(w);
    view = await seal();
  });

  it('archives the consultation and keeps the seal', async () => {
    expect((await consultation(w, LIGHTS)).status).toBe('archived');
    const archive = await w.store.get<ArchiveDoc>('archives', LIGHTS);
    expect(archive).toMatchObject({ hash: view.hash, by: expect.any(String) });
    expect(view.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('logs the archiving and the seal, both the committee member’s', async () => {
    const actor = await actorOf(w, WANG);
    const events = await seen.audit();
    expect(events.map((e) => [e.action, e.entity, e.entityId, e.actor]).sort()).toEqual([
      ['archive.seal', 'archive', `archive:${LIGHTS}`, actor],
      ['consultation.archive', 'consultation', LIGHTS, actor],
    ]);
    expect(events.find((e) => e.action === 'consultation.archive')).toMatchObject({
      before: { status: 'completed', version },
      after: { status: 'archived', version: version + 1 },
    });
  });

  it('tells no one', async () => {
    expect(await seen.news()).toEqual([]);
  });

  it('seals once: asked again, it answers the same seal and writes nothing', async () => {
    const before = await records(w);
    expect(await seal()).toMatchObject({ hash: view.hash, sealedAt: view.sealedAt });
    expect(await records(w)).toEqual(before);
  });
});
