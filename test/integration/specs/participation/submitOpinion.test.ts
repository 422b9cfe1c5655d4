import type { ConsultationDoc, OpinionDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, VISITOR, ZHANG, type World } from '../../../support/harness';
import { actorOf, memberIdOf, parkingId, records, requestId, watch } from '../arrange';

/** opinion.submit (发表意见): a member in scope speaks online, within the community's limit. */
let w: World;
let id: string;
const opinion = () => ({
  consultationId: id,
  requestId: requestId(),
  stance: 'oppose' as const,
  text: '东侧空地应保留为绿地。',
  photos: [],
  channel: 'online' as const,
});
beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
});
afterAll(() => w.close());

it('is refused to someone outside the community, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(VISITOR, 'participation', 'opinion.submit', opinion())).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
  expect(await records(w)).toEqual(before);
});

describe('by a member in scope', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let shown: number;
  beforeAll(async () => {
    shown = (await w.store.get<ConsultationDoc>('consultations', id))!.counts!.opinions.visible.total;
    seen = await watch(w);
    await w.ok(ZHANG, 'participation', 'opinion.submit', opinion());
  });

  it('keeps the opinion in their name, public, unanswered, and counts it', async () => {
    const theirs = await w.store.find<OpinionDoc>('opinions', { consultationId: id, authorId: await memberIdOf(w, ZHANG) });
    expect(theirs).toEqual([
      expect.objectContaining({ stance: 'oppose', text: '东侧空地应保留为绿地。', channel: 'online', moderation: 'visible', answered: false }),
    ]);
    expect((await w.store.get<ConsultationDoc>('consultations', id))!.counts!.opinions.visible.total).toBe(shown + 1);
  });

  it('logs the opinion as the member’s', async () => {
    const [op] = await w.store.find<OpinionDoc>('opinions', { consultationId: id, authorId: await memberIdOf(w, ZHANG) });
    expect(await seen.audit()).toEqual([
      expect.objectContaining({
        action: 'opinion.submit',
        entity: 'opinion',
        entityId: op._id,
        actor: await actorOf(w, ZHANG),
        before: null,
        after: { status: 'visible', version: 1 },
      }),
    ]);
  });

  it('tells no one', async () => {
    expect(await seen.news()).toEqual([]);
  });
});
