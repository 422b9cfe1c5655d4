import type { ConsultationDoc, OpinionDoc } from '../../../../cloudfunctions/core/docs';
import { openWorld, WANG, ZHANG, type World } from '../../../support/harness';
import { actorOf, CHEN, consultation, LIU, memberIdOf, opinionBy, parkingId, receivers, records, watch } from '../arrange';

/**
 * opinion.replyGroup (统一答复): the committee answers a theme or a group of copies once; each
 * waiting opinion gets the answer as its own, an opinion answered on its own keeps its answer.
 */
let w: World;
let id: string;
let zhang: string;
let chen: string;
let liu: string;
const REASON = '停车费标准将在公开收支后再议';
const group = (over: Record<string, unknown> = {}) => ({
  consultationId: id,
  requestId: 'req-group-0001',
  opinionIds: [zhang, chen, liu],
  decision: 'partly' as const,
  reason: REASON,
  ...over,
});
const unanswered = async () => ((await consultation(w, id)) as ConsultationDoc).counts!.opinions.visible.unanswered;

beforeAll(async () => {
  w = await openWorld();
  id = await parkingId(w);
  zhang = (await opinionBy(w, ZHANG, id, '停车月租涨价前请先公开收支。')).id;
  chen = (await opinionBy(w, CHEN, id, '停车月租不能涨，先公开账目。')).id;
  liu = (await opinionBy(w, LIU, id, '月租上涨要先公开公共收益。')).id;
  await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: chen, decision: 'adopted', reason: '' });
});
afterAll(() => w.close());

it('is refused to a resident, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(ZHANG, 'participation', 'opinion.replyGroup', group())).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await records(w)).toEqual(before);
});

it('is refused 部分采纳 without a reason, and changes nothing', async () => {
  const before = await records(w);
  expect(await w.call(WANG, 'participation', 'opinion.replyGroup', group({ reason: '' }))).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  expect(await records(w)).toEqual(before);
});

it('is refused when an opinion is not this consultation’s, and changes nothing', async () => {
  const before = await records(w);
  const res = await w.call(WANG, 'participation', 'opinion.replyGroup', group({ opinionIds: [zhang, 'no-such-opinion'] }));
  expect(res).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  expect(await records(w)).toEqual(before);
});

describe('by the committee', () => {
  let seen: Awaited<ReturnType<typeof watch>>;
  let waitingBefore: number;
  let result: { replied: number; kept: number };
  beforeAll(async () => {
    seen = await watch(w);
    waitingBefore = await unanswered();
    result = await w.ok(WANG, 'participation', 'opinion.replyGroup', group());
  });

  it('answers each waiting opinion as its own, and keeps the one answered on its own', async () => {
    expect(result).toEqual({ replied: 2, kept: 1 });
    const by = await memberIdOf(w, WANG);
    for (const o of [zhang, liu]) {
      expect(await w.store.get<OpinionDoc>('opinions', o)).toMatchObject({ answered: true, reply: { decision: 'partly', reason: REASON, by }, version: 2 });
    }
    expect(await w.store.get<OpinionDoc>('opinions', chen)).toMatchObject({ reply: { decision: 'adopted' } });
  });

  it('no longer counts them as waiting', async () => {
    expect(await unanswered()).toBe(waitingBefore - 2);
  });

  it('logs each answer as the committee member’s', async () => {
    const audit = await seen.audit();
    expect(audit.map((a) => a.entityId).sort()).toEqual([zhang, liu].sort());
    for (const a of audit) {
      expect(a).toMatchObject({
        action: 'opinion.reply',
        entity: 'opinion',
        actor: await actorOf(w, WANG),
        before: { status: 'visible', version: 1 },
        after: { status: 'reply:partly', version: 2 },
        note: '统一答复',
      });
    }
  });

  it('tells the authors it answered, and no one else', async () => {
    const news = await seen.news();
    expect(receivers(news, 'reply')).toEqual([await memberIdOf(w, ZHANG), await memberIdOf(w, LIU)].sort());
    expect(news).toHaveLength(2);
  });

  it('shows each author the answer on their own opinion', async () => {
    const mine = await w.ok(LIU, 'participation', 'opinion.mine', {});
    expect(mine.opinions.find((o) => o.id === liu)?.reply).toMatchObject({ decision: 'partly', decisionLabel: '部分采纳', reason: REASON });
  });

  it('a retry answers nothing twice and tells nobody again', async () => {
    const again = await watch(w);
    expect(await w.ok(WANG, 'participation', 'opinion.replyGroup', group())).toEqual({ replied: 2, kept: 1 });
    expect(await again.audit()).toEqual([]);
    expect(await again.news()).toEqual([]);
    expect(await unanswered()).toBe(waitingBefore - 2);
  });

  it('leaves one opinion of the group open to its own answer', async () => {
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: liu, decision: 'adopted', reason: '' });
    expect(await w.store.get<OpinionDoc>('opinions', liu)).toMatchObject({ reply: { decision: 'adopted' }, version: 3 });
    expect(await w.store.get<OpinionDoc>('opinions', zhang)).toMatchObject({ reply: { decision: 'partly' } });
  });
});
