import { DAY_MS } from '@shared';
import { openWorld, ZHANG, type World } from '../../../support/harness';
import { actorOf, consultation, memberIdOf, parkingId, parkingPublished, records, requestId, watch } from '../arrange';
import type { ObjectionDoc } from '../../../../cloudfunctions/core/docs';

/** objection.file (提出异议): during the objection window a member objects to the published result, with reasons. */
let w: World;
let id: string;
let at: number;
const reason = '车位数量不足，夜间仍会占用消防通道。';
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  at = (await parkingPublished(w)) + DAY_MS;
});
afterAll(() => w.close());

it('is refused after the objection window, and changes nothing', async () => {
  const before = await records(w);
  const late = (await consultation(w, id)).objectionWindowEndsAt!;
  expect(await w.call(ZHANG, 'result', 'objection.file', { consultationId: id, requestId: requestId(), reason }, late)).toMatchObject({
    ok: false,
    code: 'DEADLINE_PASSED',
  });
  expect(await records(w)).toEqual(before);
});

describe('by a member within the window', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w, undefined, at);
    await w.ok(ZHANG, 'result', 'objection.file', { consultationId: id, requestId: requestId(), reason }, at);
  });

  it('records an open objection in their name, and counts it', async () => {
    const objections = await w.store.find<ObjectionDoc>('objections', { consultationId: id });
    expect(objections).toEqual([expect.objectContaining({ authorId: await memberIdOf(w, ZHANG), reason, state: 'open', at })]);
    const list = await w.ok(ZHANG, 'result', 'objection.list', { consultationId: id }, at);
    expect(list.objections).toHaveLength(1);
  });

  it('logs the objection as the member’s', async () => {
    const [objection] = await w.store.find<ObjectionDoc>('objections', { consultationId: id });
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'objection.file',
        entity: 'objection',
        entityId: objection._id,
        actor: await actorOf(w, ZHANG),
        before: null,
        after: { status: 'open', version: 1 },
      }),
    ]);
  });

  it('tells no one', async () => {
    expect(await seen.news(at)).toEqual([]);
  });
});
