import type { OpinionDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, PNG, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, enteredForHuang, HUANG, memberIdOf, parkingId, receivers, records, requestId, watch } from '../arrange';

/** opinion.recordOnBehalf (代为录入): the committee enters a member's paper opinion, with a photo of it; the member is told. */
let w: World;
let id: string;
let photo: string;
let huang: string;
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  photo = await w.files.put(PNG);
  huang = await memberIdOf(w, HUANG);
});
afterAll(() => w.close());

const entry = (evidence: string[]) => ({
  consultationId: id,
  requestId: requestId(),
  memberId: huang,
  channel: 'written' as const,
  stance: 'suggestion' as const,
  text: '黄丽书面意见：建议增设访客临时车位。',
  evidence,
});

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'participation', 'opinion.recordOnBehalf', entry([photo]))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

it('is refused without a photo of the original, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(WANG, 'participation', 'opinion.recordOnBehalf', entry([]))).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  beforeAll(async () => {
    seen = await watch(w);
    await enteredForHuang(w, id, photo);
  });

  it('keeps the opinion in the member’s name, with the evidence, pending their confirmation', async () => {
    const theirs = await w.store.find<OpinionDoc>('opinions', { consultationId: id, authorId: huang });
    expect(theirs).toEqual([
      expect.objectContaining({
        channel: 'written',
        evidence: [photo],
        entry: expect.objectContaining({ enteredBy: await memberIdOf(w, WANG), state: 'pending' }),
      }),
    ]);
  });

  it('logs the entry as the committee member’s, saying how it came', async () => {
    const [op] = await w.store.find<OpinionDoc>('opinions', { consultationId: id, authorId: huang });
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'opinion.recordOnBehalf',
        entity: 'opinion',
        entityId: op._id,
        actor: await actorOf(w, WANG),
        before: null,
        note: '书面意见',
      }),
    ]);
  });

  it('tells the member alone, to confirm or dispute it', async () => {
    const news = await seen.news();
    expect(receivers(news, 'onBehalf')).toEqual([huang]);
    expect(news).toHaveLength(1);
  });
});
