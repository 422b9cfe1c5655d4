import type { OpinionDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, memberIdOf, opinionBy, parkingId, receivers, records, watch } from '../arrange';

/** opinion.reply (答复): the committee answers an opinion — 采纳, 部分采纳 or 不采纳 (the last two with a reason); the author is told. */
let w: World;
let opinionId: string;
beforeAll(async () => {
  w = await openWorld();
  opinionId = (await opinionBy(w, ZHANG, await parkingId(w))).id;
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'participation', 'opinion.reply', { opinionId, decision: 'adopted', reason: '' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

it('is refused 不采纳 without a reason, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(WANG, 'participation', 'opinion.reply', { opinionId, decision: 'rejected', reason: '' })).toMatchObject({
    ok: false,
    code: 'REASON_REQUIRED',
  });
  expect(await records(w)).toEqual(before);
});

describe('by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w);
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId, decision: 'rejected', reason: '东侧空地为消防通道，不能停车' });
  });

  it('answers the opinion, by whom and why', async () => {
    expect(await w.store.get<OpinionDoc>('opinions', opinionId)).toMatchObject({
      answered: true,
      reply: { decision: 'rejected', reason: '东侧空地为消防通道，不能停车', by: await memberIdOf(w, WANG) },
      version: 2,
    });
  });

  it('logs the answer as the committee member’s', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'opinion.reply',
        entity: 'opinion',
        entityId: opinionId,
        actor: await actorOf(w, WANG),
        before: { status: 'visible', version: 1 },
        after: { status: 'reply:rejected', version: 2 },
      }),
    ]);
  });

  it('tells the author alone', async () => {
    const news = await seen.news();
    expect(receivers(news, 'reply')).toEqual([await memberIdOf(w, ZHANG)]);
    expect(news).toHaveLength(1);
  });
});
