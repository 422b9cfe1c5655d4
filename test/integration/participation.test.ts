import type { AttendanceDoc, ConsultationDoc, OpinionDoc } from '../../cloudfunctions/core/docs';
import type { ContentCheck } from '../../cloudfunctions/core/ports/contentCheck';
import { DAY_MS, type PayloadOf } from '@shared';
import {
  completePlan,
  LI,
  LIN,
  NOW,
  openWorld,
  PNG,
  QIAN,
  snapshot,
  VISITOR,
  WANG,
  YANG,
  ZHANG,
  ZHAO, // the supervisor: neither author nor committee, so the public view
  ZHENG,
  type World,
} from '../support/harness';

/** The content check of the tests: text asking for 审核 is held for review, text with 违禁 is refused. */
const scriptedCheck: ContentCheck = {
  async check({ text }) {
    if (text.includes('违禁')) return 'risky';
    return text.includes('审核') ? 'review' : 'pass';
  },
};

let w: World;
let parking: string; // announced, all residents, meeting in 10 days
beforeEach(async () => {
  w = await openWorld({ contentCheck: scriptedCheck });
  parking = (await w.ok(ZHANG, 'consultation', 'consultation.list', {})).upcoming.find((c) => c.title.includes('停车位'))!.id;
});
afterEach(() => w.close());

const CHEN = 'demo-chen-jing';
const LIU = 'demo-liu-fang';
let requestNo = 0;
const opinion = (overrides: object = {}) => ({
  consultationId: parking,
  requestId: `req-op-${String(++requestNo).padStart(4, '0')}`,
  stance: 'support' as const,
  text: '建议东侧空地划线停车，夜间禁止占用消防通道。',
  photos: [] as string[],
  channel: 'online' as const,
  ...overrides,
});
const submit = (openid: string, overrides: object = {}) => w.call(openid, 'participation', 'opinion.submit', opinion(overrides));
const opinionCount = () => w.store.count('opinions', {});

/** A consultation of the given scope, published by the committee, meeting in 14 days. */
async function published(scope: PayloadOf<'consultation', 'consultation.createDraft'>['plan']['scope'], key: string) {
  const draft = await w.ok(WANG, 'consultation', 'consultation.createDraft', { requestId: `req-${key}-0001`, plan: { ...completePlan(), scope } });
  await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: draft.id, version: 1 });
  return draft.id;
}

describe('submitting an opinion', () => {
  it('stores it once however often the phone retries the same request, even at once', async () => {
    const same = opinion();
    const results = await Promise.all([1, 2, 3].map(() => w.call(ZHANG, 'participation', 'opinion.submit', same)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.ok && r.data.id)).size).toBe(1);
    expect(await opinionCount()).toBe(1);
    expect(await w.store.count('audit', { action: 'opinion.submit' })).toBe(1);
  });

  it('takes photos that really are images', async () => {
    const photo = await w.files.put(PNG);
    const res = await submit(ZHANG, { photos: [photo] });
    expect(res).toMatchObject({ ok: true, data: { photos: [{ id: photo, url: `/files/${photo.slice(6)}` }] } });
  });

  it('refuses a photo that is missing or not an image, and stores nothing', async () => {
    await expect(w.files.put(Buffer.from('%PDF-1.4 not a photo'))).rejects.toMatchObject({ code: 'FILE_REJECTED' });
    const before = await snapshot(w.store);
    const good = await w.files.put(PNG);
    for (const photos of [[good, 'local:00000000000000000000000000000000.png'], ['cloud://env/opinions/x.jpg']]) {
      expect(await submit(ZHANG, { photos })).toMatchObject({ ok: false, code: 'FILE_REJECTED' });
    }
    expect(await opinionCount()).toBe(0);
    expect((await snapshot(w.store)).audit).toEqual(before.audit);
  });

  it('refuses someone outside the scope, with OUT_OF_SCOPE and nothing stored', async () => {
    const owners2 = await published({ kind: 'owners', buildings: ['2号楼'] }, 'owners2');
    expect(await submit(ZHANG, { consultationId: owners2 })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' }); // lives in 1号楼
    expect(await submit(CHEN, { consultationId: owners2 })).toMatchObject({ ok: true }); // lives in 2号楼
    const reps = await published({ kind: 'representatives' }, 'reps');
    expect(await submit(ZHANG, { consultationId: reps })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await submit(YANG, { consultationId: reps })).toMatchObject({ ok: true });
    expect(await opinionCount()).toBe(2);
  });

  it('refuses after the window, with DEADLINE_PASSED and nothing stored', async () => {
    const consulting = (await w.ok(ZHANG, 'consultation', 'consultation.list', {})).ongoing[0].id; // its meeting has ended
    expect(await submit(ZHANG, { consultationId: consulting })).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    const finished = (await w.ok(ZHANG, 'consultation', 'consultation.list', {})).finished[0].id;
    expect(await submit(ZHANG, { consultationId: finished })).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    const detail = await w.ok(ZHANG, 'consultation', 'consultation.get', { id: parking });
    const afterMeeting = detail.consultation.plan.schedule!.endsAt! + 1;
    expect(await w.call(ZHANG, 'participation', 'opinion.submit', opinion(), afterMeeting)).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(await opinionCount()).toBe(0);
  });

  it('refuses someone who is not a member, or not yet approved, or of another community', async () => {
    expect(await submit(VISITOR)).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
    expect(await submit(LIN)).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
    expect(await submit(QIAN)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await w.call(null, 'participation', 'opinion.submit', opinion())).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await opinionCount()).toBe(0);
  });

  it('refuses text the content check finds risky, and holds for review what it is unsure of', async () => {
    expect(await submit(ZHANG, { text: '这里有违禁内容' })).toMatchObject({ ok: false, code: 'CONTENT_REJECTED' });
    expect(await opinionCount()).toBe(0);
    const held = await w.ok(ZHANG, 'participation', 'opinion.submit', opinion({ text: '请审核：物业费问题' }));
    expect(held).toMatchObject({ moderation: 'review', moderationLabel: '待审核' });
    const pub = await w.ok(CHEN, 'participation', 'opinion.list', { consultationId: parking });
    expect(pub.opinions).toEqual([]);
    expect([pub.counts.total, pub.counts.unanswered]).toEqual([0, 0]);
    const committee = await w.ok(WANG, 'participation', 'opinion.list', { consultationId: parking });
    expect([committee.counts.underReview, committee.counts.unanswered]).toEqual([1, 1]);
    expect(committee.opinions[0]).toMatchObject({ id: held.id, can: { moderate: true, reply: false } });
    expect(await w.call(WANG, 'participation', 'opinion.reply', { opinionId: held.id, decision: 'adopted', reason: '' })).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
    });
    await w.ok(LI, 'participation', 'opinion.moderate', { opinionId: held.id, approve: true });
    expect((await w.ok(CHEN, 'participation', 'opinion.list', { consultationId: parking })).opinions.map((o) => o.id)).toEqual([held.id]);
  });

  it('as a written opinion from someone who cannot come, records their absence too, and keeps the signed paper private', async () => {
    const photo = await w.files.put(PNG);
    const res = await w.ok(LIU, 'participation', 'opinion.submit', opinion({ channel: 'written', photos: [photo], stance: 'oppose' }));
    expect(res).toMatchObject({ channel: 'written', channelLabel: '书面', stanceLabel: '反对', photos: [], evidence: [{ id: photo }] });
    const pub = await w.ok(ZHANG, 'participation', 'opinion.list', { consultationId: parking });
    expect(pub.opinions[0]).toMatchObject({ photos: [] });
    expect(pub.opinions[0].evidence).toBeUndefined();
    const committee = await w.ok(WANG, 'participation', 'opinion.list', { consultationId: parking });
    expect(committee.opinions[0].evidence).toEqual([{ id: photo, url: expect.stringContaining('/files/') }]);
    expect(await w.store.get<AttendanceDoc>('attendance', `${parking}:m-liu-fang`)).toMatchObject({ kind: 'absent' });
  });
});

describe('attendance', () => {
  it('lets a member apply, the committee confirm, and shows who is coming with masked names', async () => {
    const view = await w.ok(ZHANG, 'participation', 'attendance.set', { consultationId: parking, kind: 'participant' }, NOW);
    expect(view.mine.attendance).toEqual({ kind: 'participant', kindLabel: '参加协商', confirmed: false, placeLabel: '待委员会确认' });
    await w.ok(CHEN, 'participation', 'attendance.set', { consultationId: parking, kind: 'observer' }, NOW + 1);
    await w.ok(LIU, 'participation', 'attendance.set', { consultationId: parking, kind: 'absent' }, NOW + 2);
    const row = await w.ok(WANG, 'participation', 'attendance.confirm', { consultationId: parking, memberId: 'm-zhang-wei' });
    expect(row).toMatchObject({ name: '张伟', confirmed: true });
    const detail = await w.ok(YANG, 'consultation', 'consultation.get', { id: parking });
    expect(detail.participation.attendance).toEqual({
      counts: { participant: 1, observer: 1, absent: 1 },
      coming: [
        { name: '张*', kindLabel: '参加协商', confirmed: true },
        { name: '陈*', kindLabel: '列席旁听', confirmed: false },
      ],
    });
    const list = await w.ok(LI, 'participation', 'attendance.list', { consultationId: parking });
    expect(list.rows.map((r) => [r.name, r.kindLabel, r.confirmed])).toEqual([
      ['张伟', '参加协商', true],
      ['陈静', '列席旁听', false],
      ['刘芳', '无法到场', false],
    ]);
  });

  it('the committee confirms those who applied at the meeting too; after the talking an unconfirmed one says so', async () => {
    await w.ok(ZHANG, 'participation', 'attendance.set', { consultationId: parking, kind: 'participant' });
    await w.ok(CHEN, 'participation', 'attendance.set', { consultationId: parking, kind: 'participant' }, NOW + 1);
    const startsAt = (await w.ok(WANG, 'consultation', 'consultation.get', { id: parking })).consultation.plan.schedule!.startsAt!;
    await w.tick(startsAt);
    const atMeeting = await w.ok(LI, 'participation', 'attendance.list', { consultationId: parking }, startsAt);
    expect(atMeeting.consultation.statusLabel).toBe('协商中');
    expect(atMeeting.rows.map((r) => [r.name, r.confirmable, r.placeLabel])).toEqual([
      ['张伟', true, '待委员会确认'],
      ['陈静', true, '待委员会确认'],
    ]);
    expect(await w.ok(WANG, 'participation', 'attendance.confirm', { consultationId: parking, memberId: 'm-zhang-wei' }, startsAt)).toMatchObject({
      confirmed: true,
      confirmable: false,
      placeLabel: '委员会已确认',
    });
    const later = startsAt + DAY_MS;
    await w.ok(
      WANG,
      'result',
      'outcome.close',
      {
        id: parking,
        version: (await w.ok(WANG, 'consultation', 'consultation.get', { id: parking }, later)).consultation.version,
        text: '划定停车位',
        responsible: '物业',
        dueAt: later + 30 * DAY_MS,
      },
      later,
    );
    const before = await w.store.get<AttendanceDoc>('attendance', `${parking}:m-chen-jing`);
    expect(await w.call(WANG, 'participation', 'attendance.confirm', { consultationId: parking, memberId: 'm-chen-jing' }, later)).toMatchObject({
      ok: false,
      code: 'DEADLINE_PASSED',
      message: expect.stringContaining('不能再确认参加人员'),
    });
    expect(await w.store.get<AttendanceDoc>('attendance', `${parking}:m-chen-jing`)).toEqual(before);
    const chen = await w.ok(CHEN, 'consultation', 'consultation.get', { id: parking }, later);
    expect(chen.participation.mine.attendance).toMatchObject({ confirmed: false, placeLabel: '报名未经确认' });
  });

  it('an owners’ scope is the owners’: a tenant of the building may observe, not apply or speak as an owner', async () => {
    const owners1 = await published({ kind: 'owners', buildings: ['1号楼'] }, 'owners1t');
    // 刘芳 rents 1号楼2单元202.
    expect(await w.call(LIU, 'participation', 'attendance.set', { consultationId: owners1, kind: 'participant' })).toMatchObject({
      ok: false,
      code: 'OUT_OF_SCOPE',
    });
    expect(await w.call(LIU, 'participation', 'attendance.set', { consultationId: owners1, kind: 'observer' })).toMatchObject({ ok: true });
    expect(await submit(LIU, { consultationId: owners1 })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect((await w.ok(LIU, 'consultation', 'consultation.get', { id: owners1 })).participation.mine.inScope).toBe(false);
    // 张伟 owns and lives in 1号楼1单元101: an owner of the building.
    expect(await w.call(ZHANG, 'participation', 'attendance.set', { consultationId: owners1, kind: 'participant' })).toMatchObject({ ok: true });
  });

  it('changing one’s answer needs the committee to confirm again', async () => {
    await w.ok(ZHANG, 'participation', 'attendance.set', { consultationId: parking, kind: 'participant' });
    await w.ok(WANG, 'participation', 'attendance.confirm', { consultationId: parking, memberId: 'm-zhang-wei' });
    await w.ok(ZHANG, 'participation', 'attendance.set', { consultationId: parking, kind: 'absent' });
    await w.ok(ZHANG, 'participation', 'attendance.set', { consultationId: parking, kind: 'participant' });
    expect((await w.store.get<AttendanceDoc>('attendance', `${parking}:m-zhang-wei`))?.confirmed).toBe(false);
    expect(await w.store.count('attendance', {})).toBe(1);
  });

  it('lets anyone observe but only the scope take part, and only while the notice is up', async () => {
    const owners2 = await published({ kind: 'owners', buildings: ['2号楼'] }, 'owners2b');
    expect(await w.call(ZHANG, 'participation', 'attendance.set', { consultationId: owners2, kind: 'participant' })).toMatchObject({
      ok: false,
      code: 'OUT_OF_SCOPE',
    });
    expect(await w.call(ZHANG, 'participation', 'attendance.set', { consultationId: owners2, kind: 'observer' })).toMatchObject({ ok: true });
    const consulting = (await w.ok(ZHANG, 'consultation', 'consultation.list', {})).ongoing[0].id;
    expect(await w.call(ZHANG, 'participation', 'attendance.set', { consultationId: consulting, kind: 'observer' })).toMatchObject({
      ok: false,
      code: 'DEADLINE_PASSED',
    });
    expect(await w.call(ZHANG, 'participation', 'attendance.confirm', { consultationId: parking, memberId: 'm-chen-jing' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('the limit on one person’s opinions', () => {
  it('refuses a resident’s 6th opinion on one consultation with a clear message, and changes nothing', async () => {
    for (let i = 0; i < 5; i++) expect(await submit(ZHANG)).toMatchObject({ ok: true });
    const before = await snapshot(w.store);
    expect(await submit(ZHANG)).toMatchObject({ ok: false, code: 'LIMIT_REACHED', message: '每人对一个议题最多发表5条意见，您已发表5条' });
    expect(await snapshot(w.store)).toEqual(before);
    // Others still speak; the committee's entries for the resident are not theirs to spend.
    expect(await submit(LIU)).toMatchObject({ ok: true });
    const evidence = await w.files.put(PNG);
    const entry = {
      consultationId: parking,
      memberId: 'm-zhang-wei',
      channel: 'in_person',
      stance: 'neutral',
      text: '张伟现场发言：同意划线。',
      evidence: [evidence],
    } satisfies Omit<PayloadOf<'participation', 'opinion.recordOnBehalf'>, 'requestId'>;
    expect(await w.call(WANG, 'participation', 'opinion.recordOnBehalf', { ...entry, requestId: 'req-rec-over' })).toMatchObject({ ok: true });
  });

  it('lets no burst of requests past it, while a retry gets its first answer back', async () => {
    const sent = await Promise.all(Array.from({ length: 12 }, (_, i) => submit(ZHANG, { requestId: `req-burst-${String(i).padStart(4, '0')}` })));
    expect(sent.filter((r) => r.ok)).toHaveLength(5);
    expect(sent.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(7).fill('LIMIT_REACHED'));
    expect(await w.store.count('opinions', { consultationId: parking })).toBe(5);
    expect((await w.store.get<ConsultationDoc>('consultations', parking))!.counts!.opinions.visible.total).toBe(5);
    // The phone that sent the 1st never heard back and sends it again: the same opinion, not a refusal.
    const first = sent.find((r) => r.ok)!;
    const again = await submit(ZHANG, { requestId: (await w.store.get<OpinionDoc>('opinions', first.ok ? first.data.id : ''))!.requestId });
    expect(again).toMatchObject({ ok: true, data: { id: first.ok && first.data.id } });
  });

  it('is the community’s to set, within 1 to 50', async () => {
    expect(await w.call(WANG, 'member', 'community.updateSettings', { limits: { opinionsPerConsultation: 51, suggestionsPerDay: 5 } })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '每人每个议题的意见条数不能超过50条',
    });
    expect(await w.call(ZHANG, 'member', 'community.updateSettings', { limits: { opinionsPerConsultation: 9, suggestionsPerDay: 5 } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const saved = await w.ok(WANG, 'member', 'community.updateSettings', { limits: { opinionsPerConsultation: 2, suggestionsPerDay: 5 } });
    expect(saved.limits).toEqual({ opinionsPerConsultation: 2, suggestionsPerDay: 5 });
    expect(await submit(ZHANG)).toMatchObject({ ok: true });
    expect(await submit(ZHANG)).toMatchObject({ ok: true });
    expect(await submit(ZHANG)).toMatchObject({ ok: false, code: 'LIMIT_REACHED', message: '每人对一个议题最多发表2条意见，您已发表2条' });
  });
});

describe('entries on someone’s behalf', () => {
  type Entry = PayloadOf<'participation', 'opinion.recordOnBehalf'>;
  const record = (openid: string, overrides: Partial<Entry> & Pick<Entry, 'evidence'>) =>
    w.call(openid, 'participation', 'opinion.recordOnBehalf', {
      consultationId: parking,
      requestId: `req-rec-${String(++requestNo).padStart(4, '0')}`,
      memberId: 'm-huang-li',
      channel: 'written',
      stance: 'suggestion',
      text: '黄丽书面意见：建议增设访客临时车位。',
      ...overrides,
    });

  it('need a photo of the original, come from the committee only, and wait for the member to confirm', async () => {
    const evidence = await w.files.put(PNG);
    expect(await record(WANG, { evidence: [] })).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '请上传原件照片作为凭证' });
    expect(await record(ZHANG, { evidence: [evidence] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const entered = await w.ok(WANG, 'participation', 'opinion.recordOnBehalf', {
      consultationId: parking,
      requestId: 'req-rec-first',
      memberId: 'm-huang-li',
      channel: 'written',
      stance: 'suggestion',
      text: '黄丽书面意见：建议增设访客临时车位。',
      evidence: [evidence],
    });
    expect(entered).toMatchObject({
      authorName: '黄丽',
      channelLabel: '书面',
      evidence: [{ id: evidence }],
      entry: { enteredByName: '居委会成员 王*国', state: 'pending', stateLabel: '待本人确认' },
    });
    const mine = await w.ok('demo-huang-li', 'participation', 'opinion.mine', {});
    expect(mine.awaitingMyConfirmation).toBe(1);
    expect((await w.ok('demo-huang-li', 'account', 'me.get', {})).awaitingMyConfirmation).toBe(1);
    expect((await w.ok(LI, 'account', 'me.get', {})).committee?.unansweredOpinions).toBe(1);
    expect(mine.opinions[0]).toMatchObject({ id: entered.id, consultationTitle: '小区公共停车位设定及管理办法', can: { respondToEntry: true } });
    // Others see the opinion, masked, without the evidence.
    const pub = await w.ok(CHEN, 'participation', 'opinion.list', { consultationId: parking });
    expect(pub.opinions[0]).toMatchObject({ authorName: '黄*', entry: { stateLabel: '待本人确认' } });
    expect(pub.opinions[0].evidence).toBeUndefined();
    expect(pub.opinions[0].authorId).toBeUndefined();
  });

  it('can be confirmed, or disputed with what is wrong, by that member alone', async () => {
    const evidence = await w.files.put(PNG);
    const entered = (await record(LI, { evidence: [evidence] })) as { ok: true; data: { id: string } };
    expect(await w.call(ZHANG, 'participation', 'opinion.respondToEntry', { opinionId: entered.data.id, verdict: 'confirm' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await w.call('demo-huang-li', 'participation', 'opinion.respondToEntry', { opinionId: entered.data.id, verdict: 'dispute' })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    const disputed = await w.ok('demo-huang-li', 'participation', 'opinion.respondToEntry', {
      opinionId: entered.data.id,
      verdict: 'dispute',
      note: '我说的是增设访客车位，不是临时车位',
    });
    expect(disputed.entry).toMatchObject({ state: 'disputed', stateLabel: '本人有异议', note: '我说的是增设访客车位，不是临时车位' });
    expect(await w.call('demo-huang-li', 'participation', 'opinion.respondToEntry', { opinionId: entered.data.id, verdict: 'confirm' })).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
    });
  });

  it('cannot name a person of another community or outside the scope', async () => {
    const evidence = await w.files.put(PNG);
    expect(await record(WANG, { evidence: [evidence], memberId: 'm-qian-guilan' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const reps = await published({ kind: 'representatives' }, 'reps2');
    expect(await record(WANG, { evidence: [evidence], consultationId: reps })).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
  });
});

describe('replies', () => {
  it('come for every opinion; 部分采纳 and 不采纳 need a reason; the author sees the reply', async () => {
    const a = await w.ok(ZHANG, 'participation', 'opinion.submit', opinion());
    const b = await w.ok(CHEN, 'participation', 'opinion.submit', opinion({ stance: 'oppose', text: '反对收费' }));
    expect((await w.ok(ZHANG, 'consultation', 'consultation.get', { id: parking })).participation.opinions.unanswered).toBe(2);
    expect(await w.call(WANG, 'participation', 'opinion.reply', { opinionId: b.id, decision: 'rejected', reason: '' })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
      message: '不采纳须说明理由',
    });
    expect(await w.call(ZHANG, 'participation', 'opinion.reply', { opinionId: a.id, decision: 'adopted', reason: '' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: a.id, decision: 'adopted', reason: '' });
    await w.ok(LI, 'participation', 'opinion.reply', { opinionId: b.id, decision: 'partly', reason: '免费时段保留，夜间收取少量管理费' });

    const detail = await w.ok(CHEN, 'consultation', 'consultation.get', { id: parking });
    expect(detail.participation.opinions.unanswered).toBe(0);
    expect(detail.participation.mine.opinions[0].reply).toMatchObject({
      decisionLabel: '部分采纳',
      reason: '免费时段保留，夜间收取少量管理费',
      byName: '居委会成员 李*英',
    });
    expect((await w.ok(ZHANG, 'participation', 'opinion.mine', {})).opinions[0].reply).toMatchObject({ decisionLabel: '采纳' });
  });

  it('from two committee members at once: one is written, the other told to look again', async () => {
    const a = await w.ok(ZHANG, 'participation', 'opinion.submit', opinion());
    const results = await Promise.all([
      w.call(WANG, 'participation', 'opinion.reply', { opinionId: a.id, decision: 'adopted', reason: '' }),
      w.call(LI, 'participation', 'opinion.reply', { opinionId: a.id, decision: 'rejected', reason: '不可行' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: 'CONFLICT' });
  });

  it('wait in the community’s queue, oldest first, and leave it when answered', async () => {
    const first = await w.ok(ZHANG, 'participation', 'opinion.submit', opinion(), NOW);
    const second = await w.ok(CHEN, 'participation', 'opinion.submit', opinion(), NOW + 60_000);
    const queue = await w.ok(WANG, 'participation', 'opinion.queue', {});
    expect([queue.total, queue.opinions.map((o) => o.id)]).toEqual([2, [first.id, second.id]]);
    expect(queue.opinions[0]).toMatchObject({ consultationTitle: '小区公共停车位设定及管理办法', authorName: '张伟', can: { reply: true } });
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: first.id, decision: 'adopted', reason: '' });
    expect((await w.ok(WANG, 'participation', 'opinion.queue', {})).opinions.map((o) => o.id)).toEqual([second.id]);
    expect(await w.call(ZHENG, 'participation', 'opinion.queue', {})).toMatchObject({ ok: true, data: { total: 0 } });
  });
});

describe('the list views', () => {
  // Hundreds of opinions from six residents: the community raises its limit per person to the most allowed.
  beforeEach(() => w.ok(WANG, 'member', 'community.updateSettings', { limits: { opinionsPerConsultation: 50, suggestionsPerDay: 5 } }));

  async function fill(n: number, from = 0) {
    const authors = [ZHANG, CHEN, LIU, YANG, 'demo-huang-li', 'demo-ma-chao'];
    const stances = ['support', 'oppose', 'neutral', 'suggestion'] as const;
    for (let i = from; i < from + n; i++) {
      await w.ok(
        authors[i % authors.length],
        'participation',
        'opinion.submit',
        opinion({ requestId: `req-fill-${String(i).padStart(5, '0')}`, stance: stances[i % 4] }),
        NOW + i,
      );
    }
  }

  it('group by stance for the public, with masked names and the channel', async () => {
    await fill(8);
    const all = await w.ok(ZHAO, 'participation', 'opinion.list', { consultationId: parking });
    expect(all.viewer).toBe('public');
    expect(all.counts).toEqual({ total: 8, unanswered: 8, byStance: { support: 2, oppose: 2, neutral: 2, suggestion: 2 } });
    const oppose = await w.ok(ZHAO, 'participation', 'opinion.list', { consultationId: parking, stance: 'oppose' });
    expect(oppose.opinions.every((o) => o.stance === 'oppose' && o.channelLabel === '网上' && o.authorName.includes('*'))).toBe(true);
  });

  it('let the committee filter by unanswered, channel and building', async () => {
    await fill(6);
    const photo = await w.files.put(PNG);
    await w.ok(LIU, 'participation', 'opinion.submit', opinion({ channel: 'written', photos: [photo] }));
    const list = await w.ok(WANG, 'participation', 'opinion.list', { consultationId: parking });
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: list.opinions[0].id, decision: 'adopted', reason: '' });
    const unanswered = await w.ok(WANG, 'participation', 'opinion.list', { consultationId: parking, unanswered: true });
    expect(unanswered.opinions).toHaveLength(6);
    const written = await w.ok(WANG, 'participation', 'opinion.list', { consultationId: parking, channel: 'written' });
    expect(written.opinions.map((o) => o.authorName)).toEqual(['刘芳']);
    const building2 = await w.ok(WANG, 'participation', 'opinion.list', { consultationId: parking, building: '2栋' });
    expect(new Set(building2.opinions.map((o) => o.authorName))).toEqual(new Set(['陈静', '杨磊', '黄丽']));
    // The public cannot use the committee's filters.
    for (const filter of [{ channel: 'written' as const }, { unanswered: true }, { building: '2栋' }]) {
      expect(await w.call(ZHANG, 'participation', 'opinion.list', { consultationId: parking, ...filter })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
  });

  it('read one page however many opinions there are', async () => {
    const reads = async () => {
      w.resetReads();
      const list = await w.ok(WANG, 'participation', 'opinion.list', { consultationId: parking });
      const listReads = w.docsRead.get('opinions') ?? 0;
      w.resetReads();
      const detail = await w.ok(ZHAO, 'consultation', 'consultation.get', { id: parking });
      const detailReads = w.docsRead.get('opinions') ?? 0;
      w.resetReads();
      await w.ok(ZHANG, 'consultation', 'consultation.get', { id: parking });
      const authorDetailReads = w.docsRead.get('opinions') ?? 0;
      w.resetReads();
      await w.ok(WANG, 'participation', 'opinion.queue', {});
      const queueReads = w.docsRead.get('opinions') ?? 0;
      return {
        listed: list.opinions.length,
        total: list.counts.total,
        listReads,
        detailReads,
        authorDetailReads,
        queueReads,
        shown: detail.participation.opinions.total,
      };
    };
    await fill(25);
    const few = await reads();
    await fill(225, 25);
    const many = await reads();
    expect(few).toMatchObject({ listed: 20, total: 25, shown: 25 });
    expect(many).toMatchObject({ listed: 20, total: 250, shown: 250 });
    // One page and one to know there is more; the detail counts, and reads only a page of the caller's own opinions.
    expect([few.listReads, many.listReads]).toEqual([21, 21]);
    expect([few.detailReads, many.detailReads]).toEqual([0, 0]);
    expect([few.authorDetailReads, many.authorDetailReads]).toEqual([5, 20]);
    expect([few.queueReads, many.queueReads]).toEqual([21, 21]);
  });

  it('page on', async () => {
    await fill(45);
    const pages = await Promise.all([0, 1, 2].map((page) => w.ok(WANG, 'participation', 'opinion.list', { consultationId: parking, page })));
    expect(pages.map((p) => [p.opinions.length, p.hasMore])).toEqual([
      [20, true],
      [20, true],
      [5, false],
    ]);
    expect(new Set(pages.flatMap((p) => p.opinions.map((o) => o.id))).size).toBe(45);
  });

  it('stay within the community', async () => {
    expect(await w.call(ZHENG, 'participation', 'opinion.list', { consultationId: parking })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('the detail screen', () => {
  it('shows the counts, my attendance and my opinions in the one call', async () => {
    await w.ok(ZHANG, 'participation', 'attendance.set', { consultationId: parking, kind: 'participant' });
    const mine = await w.ok(ZHANG, 'participation', 'opinion.submit', opinion());
    const detail = await w.ok(ZHANG, 'consultation', 'consultation.get', { id: parking });
    expect(detail.participation).toMatchObject({
      window: { attendanceOpen: true, opinionsOpen: true },
      opinions: { total: 1, unanswered: 1 },
      mine: { inScope: true, publicName: '张*', attendance: { kind: 'participant' }, opinions: [{ id: mine.id, authorName: '张伟' }] },
    });
    const later = await w.ok(ZHANG, 'consultation', 'consultation.get', { id: parking }, NOW + 30 * DAY_MS);
    expect(later.participation.window.opinionsOpen).toBe(false);
    expect((await w.store.find<OpinionDoc>('opinions', {}))[0].buildingKey).toBe('1');
  });
});
