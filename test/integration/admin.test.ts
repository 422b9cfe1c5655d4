import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runAdmin } from '../../scripts/admin';
import { runFunction } from '../../cloudfunctions/core/functionKit';
import { openEmbedded } from '../../cloudfunctions/local/embedded';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { announcement } from '../../cloudfunctions/core/notify/announce';
import { openNedbStore } from '../../cloudfunctions/core/store/nedb';
import { recountConsultation } from '../../cloudfunctions/core/consultation/counts';
import type { ConsultationDoc, SuggestionDoc } from '../../cloudfunctions/core/docs';
import { seedDemo } from '../../cloudfunctions/local/seed';
import type { GrantDoc, MemberDoc, NotificationDoc } from '../../cloudfunctions/core/docs';
import { runScheduler } from '../../cloudfunctions/core/scheduler/runScheduler';
import { completePlan, NOW, WANG, ZHANG } from '../support/harness';

/** The operator's command against the local store: create a community, then its first committee member joins. */
let dir: string;
const saved = process.env.DATA_DIR;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-admin-'));
  process.env.DATA_DIR = dir;
});
afterEach(async () => {
  process.env.DATA_DIR = saved;
  await rm(dir, { recursive: true, force: true });
});

const admin = async (...argv: string[]) => (await adminWithStatus(...argv)).lines;
const adminWithStatus = async (...argv: string[]) => {
  const lines: string[] = [];
  const status = await runAdmin(argv, (line) => lines.push(line));
  return { lines, status };
};

describe('npm run admin', () => {
  it('creates a community and prints its codes; the committee code works once', async () => {
    const out = await admin('community:create', '--name', '东方社区', '--kind', 'community', '--parent', '和平街道');
    expect(out[0]).toMatch(/^已创建：东方社区（编号 cm-[0-9a-f]{8}）$/);
    const residentCode = /居民邀请码：([A-Z0-9]{8})/.exec(out[1])![1];
    const committeeCode = /委员会邀请码：([A-Z0-9]{12})/.exec(out[2])![1];

    const services = await openEmbedded(dir);
    const call = (openid: string, action: string, payload: unknown) =>
      runFunction(FUNCTIONS.member, { action, payload }, { ...services, openid, now: Date.now() });
    const address = { building: '1号楼', unit: '1单元', room: '101' };
    expect(await call('o-first', 'member.join', { code: committeeCode, name: '周主任', address, tenure: 'owner' })).toMatchObject({
      ok: true,
      data: { member: { role: 'committee', status: 'active' }, community: { name: '东方社区' } },
    });
    expect(await call('o-second', 'member.join', { code: committeeCode, name: '冒名', address, tenure: 'owner' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await call('o-second', 'member.join', { code: residentCode, name: '居民甲', address, tenure: 'tenant' })).toMatchObject({
      ok: true,
      data: { member: { status: 'pending' } },
    });
    await services.store.close();

    const listed = await admin('community:list');
    expect(listed).toEqual([expect.stringContaining(`东方社区（社区）  居民邀请码 ${residentCode}  委员会成员 1 人`)]);
  });

  it('issues a fresh one-time committee code for an existing community', async () => {
    const [created] = await admin('community:create', '--name', '青石村', '--kind', 'village');
    const id = /编号 (cm-[0-9a-f]{8})/.exec(created)![1];
    const [line] = await admin('community:invite', '--id', id);
    expect(line).toMatch(/^青石村 的新委员会邀请码：[A-Z0-9]{12}（仅可使用一次）$/);
  });

  it('says what is wrong with bad input and creates nothing', async () => {
    await expect(admin('community:create', '--name', '东', '--kind', 'town')).rejects.toThrow('社区名称至少2个字；类型须为 community（社区）或 village（村）');
    await expect(admin('community:frobnicate')).rejects.toThrow('用法');
    expect(await admin('community:list')).toEqual([]);
  });

  it('shows a push job a killed run holds, and frees it for the next run', async () => {
    const store = await openNedbStore(dir);
    const now = Date.now();
    const job = announcement(now - 60_000, {
      key: 'c-1:notice:2',
      kind: 'notice',
      communityId: 'cm-1',
      consultationId: 'c-1',
      audience: { kind: 'scope', scopes: [{ kind: 'residents' }] },
      title: '协商公告：加装电梯',
      body: '时间：……',
      fields: { title: '加装电梯', status: '公告', time: now, note: '线上参与' },
    });
    await store.insert('announcements', { ...job, push: { ...job.push, chunks: 2, queued: 700, cursor: 'm-0999:notice', leaseUntil: now + 30_000 } });
    await store.close();

    const held = await adminWithStatus('jobs');
    expect(held.status).toBe(1);
    expect(held.lines[0]).toBe('推送任务未完成 1 个');
    expect(held.lines[1]).toMatch(/^ {2}c-1:notice:2 {2}notice {2}.+ {2}已完成 2 块，入队 700 条，游标 m-0999:notice {2}执行中或卡住（租约未到期）$/);
    expect(held.lines.at(-1)).toBe('发件箱：待发 0，发送中 0，结果不明 0');

    expect(await admin('jobs:resume', 'c-1:notice:2')).toEqual(['已释放：c-1:notice:2 将由下一轮 scheduler 从游标处继续推送（已入队的不会重复）']);
    const freed = await adminWithStatus('jobs');
    expect(freed.status).toBe(0);
    expect(freed.lines[1]).toMatch(/等待下一轮$/);
    expect(await adminWithStatus('jobs:resume', 'c-unknown')).toEqual({ status: 1, lines: ['没有未完成的推送任务：c-unknown'] });
  });

  it('recounts what is kept as counts, from the records, when a request left one short', async () => {
    const services = await openEmbedded(dir);
    await seedDemo(services, Date.now());
    const { store } = services;
    const [c] = await store.find<ConsultationDoc>('consultations', { communityId: 'demo-xingfuli', status: 'announced' }, { limit: 1 });
    const right = await recountConsultation(store, c._id);
    await store.update('consultations', { _id: c._id }, { set: { 'counts.attendance.participant': 9 } });
    await store.update('roster', { communityId: 'demo-xingfuli' }, { unset: ['householdAdultFrom'] });
    const [s] = await store.find<SuggestionDoc>('suggestions', { communityId: 'demo-xingfuli', state: 'open' }, { limit: 1 });
    await store.update('suggestions', { _id: s._id }, { set: { cosigns: 40 } });
    await store.close();

    expect(await admin('counts:recount', '--id', 'demo-xingfuli')).toEqual(['已重新计数：幸福里社区（名册各户、5 个未归档议题、2 条待答复建议）']);
    await expect(admin('counts:recount', '--id', 'no-such')).rejects.toThrow('找不到社区');

    const after = await openEmbedded(dir);
    expect((await after.store.get<ConsultationDoc>('consultations', c._id))!.counts).toEqual(right);
    expect(await after.store.count('roster', { communityId: 'demo-xingfuli', householdAdultFrom: { $gt: 0 } })).toBeGreaterThan(0);
    expect((await after.store.get<SuggestionDoc>('suggestions', s._id))!.cosigns).toBe(await after.store.count('cosigns', { suggestionId: s._id }));
    await after.store.close();
  });

  it('upgrades grants from before the push job kept their community, so their holders are pushed to again', async () => {
    const services = await openEmbedded(dir);
    const now = NOW;
    await seedDemo(services, now);
    const { store } = services;
    const [zhang] = await store.find<MemberDoc>('members', { openid: ZHANG });
    // As an earlier version wrote them: no community. One is a member's who has since gone.
    const legacy = (memberId: string, template: GrantDoc['template']): GrantDoc => ({
      _id: `${memberId}:${template}`,
      memberId,
      template,
      remaining: 1,
      updatedAt: now,
    });
    await store.remove('grants', { memberId: zhang._id });
    await store.insertMany('grants', [legacy(zhang._id, 'notice'), legacy(zhang._id, 'vote'), legacy('m-gone', 'notice')]);
    await store.close();

    const out = await admin('upgrade');
    expect(out[0]).toBe('订阅授权补记社区：2 条');
    expect(out).toContain('已重新计数：幸福里社区（名册各户、5 个未归档议题、2 条待答复建议）');
    expect((await admin('upgrade'))[0]).toBe('订阅授权补记社区：0 条');

    const after = await openEmbedded(dir);
    expect((await after.store.get<GrantDoc>('grants', `${zhang._id}:notice`))!.communityId).toBe(zhang.communityId);
    const call = (action: string, payload: unknown) => runFunction(FUNCTIONS.consultation, { action, payload }, { ...after, openid: WANG, now });
    const draft = await call('consultation.createDraft', { requestId: 'admin-upgrade-1', plan: completePlan(14) });
    if (!draft.ok) throw new Error(draft.message);
    const { id, version } = draft.data as { id: string; version: number };
    expect((await call('consultation.publishNotice', { id, version })).ok).toBe(true);
    await runScheduler({ ...after, now: now + 1_000 }, () => undefined);
    const sent = await after.store.find<NotificationDoc>('notifications', { memberId: zhang._id, consultationId: id });
    expect(sent.map((n) => n.state)).toEqual(['sent']);
    await after.store.close();
  });
});
