import type { ProgressDoc } from '../../../../cloudfunctions/core/docs';
import { DAY_MS } from '@shared';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, CHEN, consultation, memberIdOf, parkingId, parkingImplementing, expectParticipantsToldOnly, records, requestId, watch } from '../arrange';

/** progress.post (落实进展): the committee reports progress in public, and those who took part are told. */
let w: World;
let id: string;
let at: number;
const post = () => ({ consultationId: id, requestId: requestId(), text: '已完成东侧空地划线。', percent: 60, photos: [] });
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  at = (await parkingImplementing(w, [ZHANG, CHEN])) + DAY_MS;
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'result', 'progress.post', post(), at)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w, undefined, at);
    await w.ok(WANG, 'result', 'progress.post', post(), at);
  });

  it('keeps the report and sets the consultation’s percent', async () => {
    const posts = await w.store.find<ProgressDoc>('progress', { consultationId: id });
    expect(posts).toEqual([expect.objectContaining({ text: '已完成东侧空地划线。', percent: 60, by: await memberIdOf(w, WANG), at })]);
    expect(await consultation(w, id)).toMatchObject({ status: 'implementing', progressPercent: 60 });
  });

  it('logs the report as the committee member’s', async () => {
    const [p] = await w.store.find<ProgressDoc>('progress', { consultationId: id });
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'progress.post',
        entity: 'progress',
        entityId: p._id,
        actor: await actorOf(w, WANG),
        before: null,
        after: { status: '60%', version: 1 },
      }),
    ]);
  });

  it('tells those who took part, and no one else', async () => {
    const news = await seen.news(at);
    await expectParticipantsToldOnly(w, news, 'progress', id);
  });
});
