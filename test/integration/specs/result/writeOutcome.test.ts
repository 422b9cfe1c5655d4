import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, consultation, parkingClosed, parkingId, parkingOutcome, records, watch } from '../arrange';

/** outcome.write (协商意见): while deliberated, the committee revises the outcome before publishing it. */
let w: World;
let id: string;
let at: number;
const revised = (at: number) => ({ ...parkingOutcome(at), text: '东侧空地划设40个车位，夜间禁止占用消防通道。' });
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  at = await parkingClosed(w);
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  const { version } = await consultation(w, id);
  expect(await w.call(ZHANG, 'result', 'outcome.write', { id, version, ...revised(at) }, at)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let version: number;
  beforeAll(async () => {
    version = (await consultation(w, id)).version;
    seen = await watch(w, undefined, at);
    await w.ok(WANG, 'result', 'outcome.write', { id, version, ...revised(at) }, at);
  });

  it('replaces the outcome’s text, the consultation staying deliberated', async () => {
    const c = await consultation(w, id);
    expect(c).toMatchObject({ status: 'deliberated', version: version + 1 });
    expect(c.outcome?.text).toBe(revised(at).text);
  });

  it('logs the revision as the committee member’s', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'consultation.writeOutcome',
        entity: 'consultation',
        entityId: id,
        actor: await actorOf(w, WANG),
        before: { status: 'deliberated', version },
        after: { status: 'deliberated', version: version + 1 },
      }),
    ]);
  });

  it('tells no one', async () => {
    expect(await seen.news(at)).toEqual([]);
  });
});

it('is refused once the result is published, changing nothing', async () => {
  const { version } = await consultation(w, id);
  await w.ok(WANG, 'result', 'result.publish', { id, version }, at);
  const before = await records(w);
  const res = await w.call(WANG, 'result', 'outcome.write', { id, version: version + 1, ...revised(at) }, at);
  expect(res).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  expect(await records(w)).toEqual(before);
});
