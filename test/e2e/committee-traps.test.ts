import type { Page } from 'playwright-core';
import type { ConsultationDoc } from '../../cloudfunctions/core/docs';
import type { Filter } from '../../cloudfunctions/core/store/port';
import { browserAvailable, chip, confirmWith, loginAs, openSession, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(300_000);
const suite = browserAvailable() ? describe : describe.skip;

const WANG = 'demo-wang-jianguo'; // committee
const ZHANG = 'demo-zhang-wei'; // resident
const ADS = 'c-seed-ads'; // consulting, its 居民会议 vote planned to close three days after the seed
const PARKING = '小区公共停车位设定及管理办法'; // announced, meeting in ten days

/**
 * Where a committee running its first real consultation was hurt: a vote nobody opened, a draft
 * duplicated by a reload, applicants nobody could confirm once the meeting began.
 */
suite('a committee’s first consultation, without traps, in Chromium', () => {
  let session: Session;
  let now = Date.now();
  beforeAll(async () => {
    session = await openSession({ clock: () => now });
  });
  afterAll(() => session?.close());

  const doc = async (filter: Filter) => (await session.host.store.find<ConsultationDoc>('consultations', filter))[0];
  const scheduler = () => fetch(`${session.host.url}/demo/scheduler`, { method: 'POST' }).then((r) => r.json());
  const openDetail = async (page: Page, id: string) => {
    await page.goto(`${session.host.url}/#/consultation/detail/index?id=${id}`);
    await page.reload();
    await see(page, '协商进程');
  };

  it('a vote whose window passed unopened is never opened late: the committee is told to move it, moves it, and the scheduler opens it on time', async () => {
    const ads = await doc({ _id: ADS });
    now = ads.plan.vote!.closesAt + 3_600_000;
    await scheduler();
    expect((await doc({ _id: ADS })).status).toBe('consulting');

    const wang = await loginAs(session, WANG);
    await openDetail(wang, ADS);
    await see(wang, '下一步');
    await see(wang, '表决没有开始。请重新安排表决时间');
    await wang.locator('.next-step .btn', { hasText: '调整表决时间' }).filter({ visible: true }).click();
    await see(wang, '原定截止时间已过，表决没有开始，请重新安排。');
    await textbox(wang, '例如：会议延期').fill('原定表决期间未能开始，重新安排');
    await wang.locator('.btn-primary', { hasText: '调整表决时间' }).filter({ visible: true }).click();
    await confirmWith(wang, '确定调整');
    await see(wang, '等待表决开始');

    const moved = await doc({ _id: ADS });
    expect(moved.plan.vote!.closesAt).toBeGreaterThan(now);
    // One announcement of the new times (who reads it is the integration tests' to count).
    expect(await session.host.store.count('announcements', { consultationId: ADS, kind: 'voteRescheduled' })).toBe(1);

    // The new opening time comes; the scheduler opens the vote — nobody taps 开始表决.
    now = moved.plan.vote!.opensAt + 60_000;
    await scheduler();
    const zhang = await loginAs(session, ZHANG);
    await openDetail(zhang, ADS);
    await tap(zhang, '去投票');
    await see(zhang, '请投票');
    await wang.context().close();
    await zhang.context().close();
  });

  it('a saved draft keeps its address: a reload opens it, the next save updates it, and an unfinished vote is saved too', async () => {
    const wang = await loginAs(session, WANG);
    await tap(wang, '发起协商');
    await tap(wang, '公益事业类');
    await tap(wang, '门禁改造、视频监控、电子快递柜、充电桩设立');
    await textbox(wang, '例如：2号楼加装电梯方案').fill('北门增设快递柜');
    await chip(wang, '本次协商需要表决').click();
    await tap(wang, '保存草稿');
    await wang.waitForURL(/committee\/draft\/index\?id=c[0-9a-f]+/);
    await see(wang, '表决安排尚未完成');

    await wang.reload();
    await see(wang, '表决安排尚未完成');
    expect(await textbox(wang, '例如：2号楼加装电梯方案').inputValue()).toBe('北门增设快递柜');
    await textbox(wang, '为什么要协商这件事').fill('快递堆放在门卫室。');
    await tap(wang, '保存草稿');
    await see(wang, '草稿已保存');
    const drafts = await session.host.store.find<ConsultationDoc>('consultations', { 'plan.title': '北门增设快递柜' });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ version: 2, plan: { background: '快递堆放在门卫室。', voteDraft: { question: '' } } });

    // 发布公告 names every gap at once, before asking anything.
    await wang.getByText('发布公告', { exact: true }).filter({ visible: true }).last().click();
    await see(wang, '草稿已保存，发布前还需填写：协商形式');
    await see(wang, '表决事项');
    expect(await visible(wang, '确定发布').count()).toBe(0);
    await wang.context().close();
  });

  it('once the meeting begins the committee still confirms who applied, and the resident sees it', async () => {
    const parking = await doc({ 'plan.title': PARKING });
    const zhang = await loginAs(session, ZHANG);
    await openDetail(zhang, parking._id);
    await tap(zhang, '报名参加协商');
    await see(zhang, '（待委员会确认）');

    now = Math.max(now, parking.plan.schedule!.startsAt!) + 60_000;
    await scheduler();
    expect((await doc({ _id: parking._id })).status).toBe('consulting');

    const wang = await loginAs(session, WANG);
    await openDetail(wang, parking._id);
    await tap(wang, '报名情况');
    await see(wang, '张伟');
    await tap(wang, '确认参加');
    await see(wang, '✓ 已确认参加');

    await openDetail(zhang, parking._id);
    await see(zhang, '参加协商（委员会已确认）');
    await wang.context().close();
    await zhang.context().close();
  });
});
