import type { AuditDoc, CommissionDoc } from '../../../../cloudfunctions/core/docs';
import { completePlan, HE_JING, LUO_PING, openWorld, SONG_TAO, WANG, ZHANG, ZHENG, type World } from '../../../support/harness';
import { CHEN, consultation, HAPPY, requestId } from '../arrange';

/**
 * 委托协商, the whole loop: 和平街道's officer commissions 幸福里社区, its committee consults on it
 * and reports the outcome up, the officer records what the street took up, and those who took part
 * read it in 我的 → 消息, on the consultation and on the public record.
 */
const LIU_YANG = 'demo-liu-yang'; // 春风社区's committee: the same street, another community
const HOUR = 3_600_000;
const matter = {
  communityId: HAPPY,
  title: '背街小巷夜间停车整治',
  matter: '幸福里东侧小巷夜间乱停车堵塞消防通道，请社区征求居民对整治办法的意见。',
  department: '城管科',
  dueOn: '2026-12-31',
};
const OUTCOME = '东侧小巷单侧划线停车，夜间留出消防通道，由物业每晚巡查。';

let w: World;
let id: string;
let consultationId: string;
let meetingAt: number;
beforeAll(async () => {
  w = await openWorld();
});
afterAll(() => w.close());

const commission = async () => (await w.store.get<CommissionDoc>('commissions', id))!;

describe('down: the officer commissions a community', () => {
  const req = requestId();
  it('records the matter once however often the request is retried', async () => {
    const first = await w.ok(HE_JING, 'street', 'street.commission', { requestId: req, ...matter });
    expect(first).toMatchObject({
      commissioner: '和平街道（城管科）',
      community: { name: '幸福里社区' },
      state: 'waiting',
      stateLabel: '待协商',
      overdue: false,
    });
    expect(await w.ok(HE_JING, 'street', 'street.commission', { requestId: req, ...matter })).toEqual(first);
    expect(await w.store.count('commissions', {})).toBe(1);
    id = first.id;
  });

  it('refuses the 民政 reader and another street’s officer, writing nothing', async () => {
    expect(await w.call(LUO_PING, 'street', 'street.commission', { requestId: requestId(), ...matter })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await w.call(SONG_TAO, 'street', 'street.commission', { requestId: requestId(), ...matter })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await w.store.count('commissions', {})).toBe(1);
  });

  it('shows the reader the matter without a form, and another street nothing of it', async () => {
    const read = await w.ok(LUO_PING, 'street', 'street.commissions', {});
    expect(read.items).toEqual([expect.objectContaining({ id, can: { draft: false, report: false, feedback: false } })]);
    expect((await w.ok(SONG_TAO, 'street', 'street.commissions', {})).items).toEqual([]);
    expect(await w.call(SONG_TAO, 'street', 'street.commissionItem', { id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('flags the matter overdue once its due day has passed with no report', async () => {
    const late = Date.UTC(2027, 0, 1, 2);
    expect((await w.ok(HE_JING, 'street', 'street.commissionItem', { id }, late)).overdue).toBe(true);
  });
});

describe('received: the committee starts its consultation', () => {
  it('puts it on the committee’s desk, and on no other community’s', async () => {
    const me = await w.ok(WANG, 'account', 'me.get', {});
    expect(me.committee?.commissions).toBe(1);
    const list = await w.ok(WANG, 'consultation', 'commission.list', {});
    expect(list.open).toBe(1);
    expect(list.items).toEqual([expect.objectContaining({ id, dueOn: '2026-12-31', can: { draft: true, report: false, feedback: false } })]);
    expect((await w.ok(LIU_YANG, 'consultation', 'commission.list', {})).items).toEqual([]);
    expect(await w.call(ZHENG, 'consultation', 'commission.draft', { id, categoryId: 'services-01' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('refuses a report before there is a consultation', async () => {
    expect(await w.call(WANG, 'consultation', 'commission.report', { id })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  });

  it('makes one draft marked as commissioned, however often started', async () => {
    const started = await w.ok(WANG, 'consultation', 'commission.draft', { id, categoryId: 'services-01' });
    expect(started).toMatchObject({ state: 'consulting', stateLabel: '协商中', consultationId: expect.any(String) });
    consultationId = started.consultationId!;
    expect((await w.ok(WANG, 'consultation', 'commission.draft', { id, categoryId: 'services-01' })).consultationId).toBe(consultationId);
    const { consultation: c } = await w.ok(WANG, 'consultation', 'consultation.get', { id: consultationId });
    expect(c).toMatchObject({ status: 'draft', plan: { title: matter.title }, commission: { commissioner: '和平街道（城管科）' } });
    expect(c.plan.background).toContain(matter.matter);
    expect(await w.store.count('consultations', { _id: consultationId })).toBe(1);
  });

  it('refuses the report while the consultation runs, saying why', async () => {
    const plan = { ...completePlan(), title: matter.title, categoryId: 'services-01' };
    await w.ok(WANG, 'consultation', 'consultation.updateDraft', { id: consultationId, version: 1, plan });
    await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: consultationId, version: 2 });
    const res = await w.call(WANG, 'consultation', 'commission.report', { id });
    expect(res).toMatchObject({ ok: false, code: 'WRONG_STATE', message: '协商还没有形成协商意见，形成后才能向街道报告' });
    const [item] = (await w.ok(WANG, 'consultation', 'commission.list', {})).items;
    expect(item).toMatchObject({ can: { report: false }, reportBlocked: '协商还没有形成协商意见，形成后才能向街道报告' });
  });
});

describe('up: the committee reports the outcome', () => {
  beforeAll(async () => {
    // 张伟 gives an opinion and is answered; the meeting begins; the committee writes the outcome.
    const op = await w.ok(ZHANG, 'participation', 'opinion.submit', {
      consultationId,
      requestId: requestId(),
      stance: 'support',
      text: '同意单侧划线，夜里要留消防通道。',
      photos: [],
      channel: 'online',
    });
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: op.id, decision: 'adopted', reason: '采纳' });
    meetingAt = (await consultation(w, consultationId)).plan.schedule!.startsAt! + 3 * HOUR;
    await w.tick(meetingAt - 3 * HOUR);
    const { version } = await consultation(w, consultationId);
    await w.ok(
      WANG,
      'result',
      'outcome.close',
      { id: consultationId, version, text: OUTCOME, responsible: '物业服务中心', dueAt: meetingAt + 30 * 86_400_000 },
      meetingAt,
    );
  });

  it('is refused to another community’s committee, even under the same street', async () => {
    for (const other of [ZHENG, LIU_YANG]) {
      expect(await w.call(other, 'consultation', 'commission.report', { id }, meetingAt)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    expect((await commission()).state).toBe('consulting');
  });

  it('sends the outcome with the note once; a retry is harmless, another report is refused', async () => {
    const sent = await w.ok(WANG, 'consultation', 'commission.report', { id, note: '居民普遍支持。' }, meetingAt);
    expect(sent).toMatchObject({ state: 'reported', stateLabel: '已报告待研究', report: { outcome: OUTCOME, note: '居民普遍支持。', at: meetingAt } });
    expect(await w.ok(WANG, 'consultation', 'commission.report', { id, note: '居民普遍支持。' }, meetingAt + HOUR)).toEqual(sent);
    expect(await w.call(WANG, 'consultation', 'commission.report', { id, note: '再报一次' }, meetingAt)).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect((await w.store.find<AuditDoc>('audit', { action: 'commission.report' })).length).toBe(1);
    expect((await w.ok(WANG, 'account', 'me.get', {}, meetingAt)).committee?.commissions).toBe(0);
  });
});

describe('研究吸纳 and feedback', () => {
  const reasons = '夜间巡查由街道城管中队负责，物业协助。';

  it('offers the form to the officer only, with the report and the public record’s id', async () => {
    expect(await w.ok(HE_JING, 'street', 'street.commissionItem', { id }, meetingAt)).toMatchObject({
      state: 'reported',
      consultationId,
      report: { outcome: OUTCOME },
      can: { feedback: true },
    });
    expect((await w.ok(LUO_PING, 'street', 'street.commissionItem', { id }, meetingAt)).can.feedback).toBe(false);
    expect((await w.ok(LUO_PING, 'consultation', 'board.item', { id: consultationId }, meetingAt)).result).toBeDefined();
  });

  it('refuses the reader, another street’s officer, and 部分采纳 without reasons, changing nothing', async () => {
    const payload = { id, decision: 'partly' as const, reasons };
    expect(await w.call(LUO_PING, 'street', 'street.feedback', payload, meetingAt)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await w.call(SONG_TAO, 'street', 'street.feedback', payload, meetingAt)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await w.call(HE_JING, 'street', 'street.feedback', { id, decision: 'partly' }, meetingAt)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await w.call(HE_JING, 'street', 'street.feedback', { id, decision: 'declined', reasons: '  ' }, meetingAt)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect((await commission()).state).toBe('reported');
  });

  it('records 部分采纳 once, a retry changing nothing, and logs it under the street', async () => {
    const fed = await w.ok(HE_JING, 'street', 'street.feedback', { id, decision: 'partly', reasons }, meetingAt + HOUR);
    expect(fed).toMatchObject({ state: 'answered', stateLabel: '已反馈', feedback: { decisionLabel: '部分采纳', reasons }, can: { feedback: false } });
    expect(await w.ok(HE_JING, 'street', 'street.feedback', { id, decision: 'partly', reasons }, meetingAt + 2 * HOUR)).toEqual(fed);
    expect(await w.call(HE_JING, 'street', 'street.feedback', { id, decision: 'adopted' }, meetingAt + 2 * HOUR)).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
    });
    const logged = await w.store.find<AuditDoc>('audit', { action: 'commission.feedback' });
    expect(logged).toEqual([expect.objectContaining({ communityId: HAPPY, actor: { staffId: expect.any(String), streetName: '和平街道' } })]);
    expect(await w.store.count('announcements', { kind: 'commissionFeedback' })).toBe(1);
  });

  it('reaches the consultation’s detail and its public record', async () => {
    const feedback = { decision: 'partly', decisionLabel: '部分采纳', reasons };
    const detail = await w.ok(ZHANG, 'consultation', 'consultation.get', { id: consultationId }, meetingAt + 2 * HOUR);
    expect(detail.consultation.commission).toEqual({ commissioner: '和平街道（城管科）', feedback: expect.objectContaining(feedback) });
    const board = await w.ok(LUO_PING, 'consultation', 'board.item', { id: consultationId }, meetingAt + 2 * HOUR);
    expect(board.consultation.commission?.feedback).toMatchObject(feedback);
  });

  it('reaches 张伟, who took part, in 我的 → 消息', async () => {
    const feed = await w.ok(ZHANG, 'account', 'feed.list', {}, meetingAt + 2 * HOUR);
    expect(feed.items.filter((i) => i.kind === 'commissionFeedback')).toEqual([
      expect.objectContaining({
        consultationId,
        kindLabel: '委托事项反馈',
        title: `和平街道（城管科）反馈：${matter.title}`,
        body: expect.stringContaining(`部分采纳。理由：${reasons}`),
      }),
    ]);
    // Someone who did not take part hears nothing of it.
    const other = await w.ok(CHEN, 'account', 'feed.list', {}, meetingAt + 2 * HOUR);
    expect(other.items.some((i) => i.kind === 'commissionFeedback')).toBe(false);
  });
});
