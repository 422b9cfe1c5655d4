import type { OpinionDoc } from '../../../../cloudfunctions/core/docs';
import type { ContentCheck } from '../../../../cloudfunctions/core/ports/contentCheck';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, CHEN, opinionBy, parkingId, records, watch } from '../arrange';

/** opinion.moderate (审核): an opinion the content check held is shown, or kept from public view, by the committee. */
const holdsWhatSaysReview: ContentCheck = { check: async ({ text }) => (text.includes('审核') ? 'review' : 'pass') };
let w: World;
let held: string;
let plain: string;
beforeAll(async () => {
  w = await openWorld({ contentCheck: holdsWhatSaysReview });
  const id = await parkingId(w);
  held = (await opinionBy(w, ZHANG, id, '请审核：物业乱收停车费。')).id;
  plain = (await opinionBy(w, CHEN, id)).id;
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'participation', 'opinion.moderate', { opinionId: held, approve: true })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

it('is refused for an opinion the check did not hold, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(WANG, 'participation', 'opinion.moderate', { opinionId: plain, approve: false })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  expect(await records(w)).toEqual(before);
});

describe('approved by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    expect(await w.store.get<OpinionDoc>('opinions', held)).toMatchObject({ moderation: 'review' });
    seen = await watch(w);
    await w.ok(WANG, 'participation', 'opinion.moderate', { opinionId: held, approve: true });
  });

  it('shows the opinion in public', async () => {
    expect(await w.store.get<OpinionDoc>('opinions', held)).toMatchObject({ moderation: 'visible', version: 2 });
  });

  it('logs the decision as the committee member’s', async () => {
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'opinion.moderate',
        entity: 'opinion',
        entityId: held,
        actor: await actorOf(w, WANG),
        before: { status: 'review', version: 1 },
        after: { status: 'visible', version: 2 },
      }),
    ]);
  });

  it('tells no one', async () => {
    expect(await seen.news()).toEqual([]);
  });
});
