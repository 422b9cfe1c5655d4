import type { AuditDoc, ConsultationDoc } from '../../cloudfunctions/core/docs';
import { DAY_MS, type PayloadOf } from '@shared';
import { LI, NOW, QIAN, VISITOR, WANG, YANG, ZHANG, ZHAO, ZHENG, completePlan, openWorld, snapshot, type World } from '../support/harness';

let w: World;
beforeEach(async () => {
  w = await openWorld();
});
afterEach(() => w.close());

type Plan = PayloadOf<'consultation', 'consultation.createDraft'>['plan'];
const newDraft = (openid = WANG, requestId = 'req-test-0001', plan: Plan = completePlan()) =>
  w.ok(openid, 'consultation', 'consultation.createDraft', { requestId, plan });

describe('who may do what', () => {
  it('lets only committee members create, edit, publish and withdraw', async () => {
    const draft = await newDraft();
    const before = await snapshot(w.store);
    for (const who of [ZHANG, YANG, ZHAO]) {
      const attempts = [
        await w.call(who, 'consultation', 'consultation.createDraft', { requestId: 'req-resident', plan: completePlan() }),
        await w.call(who, 'consultation', 'consultation.updateDraft', { id: draft.id, version: 1, plan: completePlan() }),
        await w.call(who, 'consultation', 'consultation.publishNotice', { id: draft.id, version: 1 }),
        await w.call(who, 'consultation', 'consultation.withdraw', { id: draft.id, reason: '不想要了' }),
      ];
      for (const res of attempts) expect(res).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '您没有权限进行此操作' });
    }
    expect(await snapshot(w.store)).toEqual(before);
  });

  it('tells a visitor who has not joined that they are not a member', async () => {
    expect(await w.call(VISITOR, 'consultation', 'consultation.list', {})).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
    expect(await w.ok(VISITOR, 'account', 'me.get', {})).toEqual({ member: null, community: null, awaitingMyConfirmation: 0, unread: 0 });
  });

  it('answers nobody whom the platform does not vouch for', async () => {
    expect(await w.call(null, 'consultation', 'consultation.list', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});

describe('communities are sealed from each other', () => {
  it('keeps community A’s consultations out of community B’s list', async () => {
    const list = await w.ok(ZHENG, 'consultation', 'consultation.list', {});
    expect(list.community.name).toBe('青山村');
    const titles = [...list.upcoming, ...list.ongoing, ...list.finished, ...(list.drafts ?? [])].map((c) => c.title);
    expect(titles).toEqual(['村东组道路硬化一事一议筹资方案']);
  });

  it('gives a committee member of B nothing of A: not to read, not to change', async () => {
    const draft = await newDraft();
    const announced = (await w.ok(ZHANG, 'consultation', 'consultation.list', {})).upcoming[0];
    const before = await snapshot(w.store);
    for (const id of [draft.id, announced.id]) {
      expect(await w.call(ZHENG, 'consultation', 'consultation.get', { id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await w.call(ZHENG, 'consultation', 'consultation.updateDraft', { id, version: 1, plan: completePlan() })).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      });
      expect(await w.call(ZHENG, 'consultation', 'consultation.publishNotice', { id, version: 1 })).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      });
      expect(await w.call(ZHENG, 'consultation', 'consultation.withdraw', { id, reason: '越权' })).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      });
      expect(await w.call(QIAN, 'consultation', 'consultation.get', { id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    expect(await snapshot(w.store)).toEqual(before);
  });
});

describe('malformed requests', () => {
  it('get INVALID_INPUT and change nothing', async () => {
    const draft = await newDraft();
    const before = await snapshot(w.store);
    const bad: [string, unknown][] = [
      ['consultation.createDraft', { requestId: 'req-bad-0001', plan: { title: 42, categoryId: 'services-01' } }],
      ['consultation.createDraft', { requestId: 'req-bad-0002', plan: { title: '停车', categoryId: 'services-01' }, openid: WANG }],
      ['consultation.createDraft', { plan: { title: '停车位', categoryId: 'services-01' } }],
      ['consultation.createDraft', 'not an object'],
      ['consultation.updateDraft', { id: draft.id, version: 1, plan: { title: '停车位', categoryId: 'nope' } }],
      ['consultation.updateDraft', { id: draft.id, version: 0, plan: completePlan() }],
      ['consultation.publishNotice', { id: draft.id }],
      ['consultation.withdraw', { id: draft.id, reason: '因'.repeat(501) }],
      ['consultation.get', { id: '' }],
    ];
    for (const [action, payload] of bad) {
      const res = await w.raw(WANG, 'consultation', { action, payload });
      expect({ action, res }).toMatchObject({ action, res: { ok: false, code: 'INVALID_INPUT' } });
    }
    expect(await snapshot(w.store)).toEqual(before);
  });

  it('say in Chinese what is wrong and list every problem', async () => {
    const res = await w.call(WANG, 'consultation', 'consultation.createDraft', {
      requestId: 'req-bad-0003',
      plan: { title: '梯', categoryId: '为民服务-99' },
    });
    expect(res).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '议题标题至少2个字' });
    expect(!res.ok && res.details).toEqual(['plan.title: 议题标题至少2个字', 'plan.categoryId: 请从协商事项目录中选择事项']);
  });

  it('reject events without an action, and actions a function does not have', async () => {
    expect(await w.raw(WANG, 'consultation', { payload: {} })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await w.raw(WANG, 'consultation', null)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await w.raw(WANG, 'consultation', { action: 'me.get' })).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(await w.raw(WANG, 'consultation', { action: 'toString' })).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });

  it('refuse a missing payload, and instants outside 2000 to 2100, as malformed', async () => {
    const before = await snapshot(w.store);
    expect(await w.raw(WANG, 'consultation', { action: 'consultation.createDraft' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '缺少请求内容',
    });
    // Near the largest date JavaScript holds: once accepted, every feed printed NaN年NaN月NaN日.
    for (const startsAt of [8.64e15 - 1, Date.UTC(2100, 0, 2), Date.UTC(1999, 11, 31), -1]) {
      const res = await w.call(WANG, 'consultation', 'consultation.createDraft', {
        requestId: 'req-far-0001',
        plan: { title: '加装电梯', categoryId: completePlan().categoryId, schedule: { startsAt } },
      });
      expect(res).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '时间须在2000年至2100年之间' });
    }
    expect(await snapshot(w.store)).toEqual(before);
  });
});

describe('drafts', () => {
  it('are created from the catalogue, with the community’s notice period when the plan has none', async () => {
    const saved = await newDraft(WANG, 'req-min-0001', { title: '健身器材', categoryId: 'public-welfare-05' });
    expect(saved).toMatchObject({ status: 'draft', version: 1 });
    expect(saved.missing).toEqual(['背景说明', '协商形式', '开始时间', '结束时间', '主持人', '参与范围']);
    const detail = await w.ok(WANG, 'consultation', 'consultation.get', { id: saved.id });
    expect(detail.consultation.plan.noticeDays).toBe(7);
    expect(detail.consultation.categoryName).toBe('健身器材的选址');
  });

  it('are seen by the committee and by no one else', async () => {
    const saved = await newDraft();
    const committeeList = await w.ok(LI, 'consultation', 'consultation.list', {});
    expect(committeeList.drafts?.map((d) => d.id)).toContain(saved.id);
    const residentList = await w.ok(ZHANG, 'consultation', 'consultation.list', {});
    expect(residentList.drafts).toBeUndefined();
    expect(residentList.canCreate).toBe(false);
    expect(await w.call(ZHANG, 'consultation', 'consultation.get', { id: saved.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('are created once however often the same request is retried, even at the same moment', async () => {
    const attempts = await Promise.all(Array.from({ length: 5 }, () => newDraft(WANG, 'req-retry-0001')));
    expect(new Set(attempts.map((a) => a.id)).size).toBe(1);
    const docs = await w.store.find<ConsultationDoc>('consultations', { _id: attempts[0].id });
    expect(docs).toHaveLength(1);
    expect(await w.store.count('audit', { entityId: attempts[0].id })).toBe(1);
  });

  it('are distinct for distinct requests', async () => {
    const a = await newDraft(WANG, 'req-dist-0001');
    const b = await newDraft(WANG, 'req-dist-0002');
    expect(a.id).not.toBe(b.id);
  });

  it('are edited against the version the editor saw', async () => {
    const saved = await newDraft();
    const edited = await w.ok(LI, 'consultation', 'consultation.updateDraft', {
      id: saved.id,
      version: 1,
      plan: { ...completePlan(), title: '东门充电桩（修订）' },
    });
    expect(edited.version).toBe(2);
    const before = await snapshot(w.store);
    const stale = await w.call(WANG, 'consultation', 'consultation.updateDraft', { id: saved.id, version: 1, plan: completePlan() });
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await snapshot(w.store)).toEqual(before);
    const detail = await w.ok(WANG, 'consultation', 'consultation.get', { id: saved.id });
    expect(detail.consultation.plan.title).toBe('东门充电桩（修订）');
  });
});

describe('publishing the notice', () => {
  it('announces a complete plan and shows it on residents’ home', async () => {
    const saved = await newDraft();
    const detail = await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 1 });
    expect(detail.consultation).toMatchObject({ status: 'announced', statusLabel: '公示中', noticePublishedAt: NOW, version: 2 });
    expect(detail.timeline.map((e) => [e.label, e.statusLabel, e.byName])).toEqual([
      ['起草议题', '草稿', '居委会成员 王*国'],
      ['发布公告', '公示中', '居委会成员 王*国'],
    ]);
    expect(detail.can).toEqual({
      edit: false,
      publish: false,
      withdraw: true,
      startConsulting: false,
      poster: true,
      rescheduleVote: false,
      checkIn: false,
      meeting: true,
    });
    const home = await w.ok(ZHANG, 'consultation', 'consultation.list', {});
    expect(home.upcoming.map((c) => c.title)).toContain('小区东门增设非机动车充电桩');
    const seen = await w.ok(ZHANG, 'consultation', 'consultation.get', { id: saved.id });
    expect(seen.can).toEqual({
      edit: false,
      publish: false,
      withdraw: false,
      startConsulting: false,
      poster: false,
      rescheduleVote: false,
      checkIn: false,
      meeting: false,
    });
    expect(seen.missing).toEqual([]);
  });

  it('records who published, when, and the state before and after', async () => {
    const saved = await newDraft();
    await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 1 });
    const events = await w.store.find<AuditDoc>('audit', { entityId: saved.id }, { sort: [{ field: 'after.version', dir: 'asc' }] });
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ['consultation.createDraft', null, { status: 'draft', version: 1 }],
      ['consultation.publishNotice', { status: 'draft', version: 1 }, { status: 'announced', version: 2 }],
    ]);
    expect(events[1]).toMatchObject({ at: NOW, actor: { memberId: 'm-wang-jianguo', role: 'committee' } });
  });

  it('refuses an incomplete plan and names what is missing', async () => {
    const saved = await newDraft(WANG, 'req-inc-0001', { title: '健身器材', categoryId: 'public-welfare-05' });
    const before = await snapshot(w.store);
    const res = await w.call(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 1 });
    expect(res).toMatchObject({ ok: false, code: 'PLAN_INCOMPLETE', message: '协商方案还缺：背景说明、协商形式、开始时间、结束时间、主持人、参与范围' });
    expect(await snapshot(w.store)).toEqual(before);
  });

  it('refuses a meeting less than the notice period away', async () => {
    const saved = await newDraft(WANG, 'req-soon-0001', completePlan(6));
    const res = await w.call(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 1 });
    expect(res).toMatchObject({ ok: false, code: 'NOTICE_TOO_SHORT' });
    const later = await w.call(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 1 }, NOW - DAY_MS);
    expect(later).toMatchObject({ ok: true });
  });

  it('refuses publishing a version the committee member has not seen', async () => {
    const saved = await newDraft();
    await w.ok(LI, 'consultation', 'consultation.updateDraft', { id: saved.id, version: 1, plan: { ...completePlan(), host: '李秀英' } });
    expect(await w.call(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 1 })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
  });

  it('leaves exactly one notice when two committee members publish at once', async () => {
    const saved = await newDraft();
    const results = await Promise.all([
      w.call(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 1 }),
      w.call(LI, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 1 }),
      w.call(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 1 }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(['WRONG_STATE', 'CONFLICT']).toContain(!r.ok && r.code);
    const doc = (await w.store.get<ConsultationDoc>('consultations', saved.id))!;
    expect(doc.timeline.filter((e) => e.action === 'publishNotice')).toHaveLength(1);
    expect(doc.version).toBe(2);
    expect(await w.store.count('audit', { entityId: saved.id, action: 'consultation.publishNotice' })).toBe(1);
  });

  it('cannot publish twice, and says the notice is already out', async () => {
    const saved = await newDraft();
    await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 1 });
    expect(await w.call(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 2 })).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
      message: '“公示中”阶段不能发布公告',
    });
  });

  it('freezes the plan once announced', async () => {
    const saved = await newDraft();
    await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 1 });
    expect(await w.call(WANG, 'consultation', 'consultation.updateDraft', { id: saved.id, version: 2, plan: completePlan() })).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
    });
  });
});

describe('withdrawing', () => {
  it('needs a reason, which then shows on the timeline', async () => {
    const saved = await newDraft();
    await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: saved.id, version: 1 });
    expect(await w.call(WANG, 'consultation', 'consultation.withdraw', { id: saved.id, reason: '  ' })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    const detail = await w.ok(LI, 'consultation', 'consultation.withdraw', { id: saved.id, reason: '街道已统一安排，无需协商' });
    expect(detail.consultation).toMatchObject({ status: 'withdrawn', withdrawReason: '街道已统一安排，无需协商' });
    expect(detail.timeline.at(-1)).toMatchObject({ label: '撤回', note: '街道已统一安排，无需协商', byName: '居委会成员 李*英' });
    const home = await w.ok(ZHANG, 'consultation', 'consultation.list', {});
    expect(home.finished.find((c) => c.id === saved.id)).toMatchObject({ statusLabel: '已撤回' });
  });

  it('is not possible once consultation has begun', async () => {
    const home = await w.ok(WANG, 'consultation', 'consultation.list', {});
    const consulting = home.ongoing.find((c) => c.status === 'consulting')!;
    expect(await w.call(WANG, 'consultation', 'consultation.withdraw', { id: consulting.id, reason: '改期' })).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
    });
  });
});

describe('the home list and the detail screen', () => {
  it('group the demo consultations as residents see them', async () => {
    const home = await w.ok(ZHANG, 'consultation', 'consultation.list', {});
    expect(home.upcoming.map((c) => c.title)).toEqual(['健身器材选址', '小区公共停车位设定及管理办法']);
    expect(home.ongoing.map((c) => c.title)).toEqual(['小区公共部位广告招租收益使用']);
    expect(home.finished.map((c) => c.title)).toEqual(['楼道照明亮化改造']);
  });

  it('show the whole road of a finished consultation with names masked', async () => {
    const home = await w.ok(ZHANG, 'consultation', 'consultation.list', {});
    const detail = await w.ok(ZHANG, 'consultation', 'consultation.get', { id: home.finished[0].id });
    expect(detail.steps.map((s) => s.progress)).toEqual([...Array(7).fill('done'), 'current', 'todo']);
    expect(detail.timeline.map((e) => e.byName)).toContain('居委会成员 李*英');
    expect(detail.timeline.map((e) => e.byName)).toContain('系统');
    expect(detail.consultation.scopeLabel).toBe('指定楼栋的业主：1号楼、3号楼');
  });
});
