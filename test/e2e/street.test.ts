import type { Page } from 'playwright-core';
import { VOTE_CLOSE_GRACE_MS } from '@shared';
import type { ConsultationDoc, JointDoc } from '../../cloudfunctions/core/docs';
import { browserAvailable, castVote, chip, confirmWith, loginAs, openSession, openTab, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(300_000);
const suite = browserAvailable() ? describe : describe.skip;

const TITLE = '和平路拓宽改造';

/** A resident votes on their own community's part, from 议事. */
async function voteOnPart(page: Page, choice: '同意' | '反对') {
  await openTab(page, '议事');
  await tap(page, TITLE);
  await see(page, '和平街道牵头的跨社区协商');
  await visible(page, '去投票').click();
  await page.waitForURL(/vote\/index\/index/);
  await castVote(page, choice);
}

/**
 * 跨社区协商 in Chromium: 和平街道's officer runs one matter across 幸福里社区 and 春风社区; residents
 * of each vote in their own community; each community's count and the combined count show; the
 * outcome's deadline passes and the 街道工作台 shows it overdue. The 民政 reader reads it all and is
 * offered no writes; 东湖镇's officer finds nothing of it.
 */
suite('a matter across communities, in Chromium', () => {
  let session: Session;
  let now = Date.now();
  beforeAll(async () => {
    session = await openSession({ clock: () => now });
  });
  afterAll(() => session?.close());
  const scheduler = () => fetch(`${session.host.url}/demo/scheduler`, { method: 'POST' });

  it('runs from the street to each community and back to the dashboard', async () => {
    const he = await loginAs(session, 'demo-he-jing');
    await see(he, '您是和平街道的街道工作人员');
    await tap(he, '进入街道工作台');
    await see(he, '所辖社区（2）');
    await tap(he, '发起跨社区协商');
    await he.getByText('公益事业类').click();
    await he.getByText('门禁改造、视频监控、电子快递柜、充电桩设立').click();
    await textbox(he, '例如：和平路拓宽改造').fill(TITLE);
    await textbox(he, '涉及哪些社区、为什么要一起商量').fill('和平路连接幸福里社区和春风社区，拟拓宽为双向两车道。');
    await textbox(he, '例如：和平街道 何静').fill('何静');
    await chip(he, '本次协商需要表决').click();
    await textbox(he, '写成可以回答同意或反对的一句话，例如：同意在2号楼加装电梯，费用按楼层分摊').fill('同意和平路拓宽方案');
    await chip(he, '协商议事会·到场多数').click();
    await tap(he, '发布到各社区');
    await confirmWith(he, '确定发布');
    await he.waitForURL(/street\/joint\/index\?id=/);
    await see(he, '各社区协商中');
    expect(await he.getByText('公示中', { exact: true }).filter({ visible: true }).count()).toBe(2);

    // The meeting time comes and the vote opens in both communities.
    const [joint] = await session.host.store.find<JointDoc>('joints', {});
    const [part] = await session.host.store.find<ConsultationDoc>('consultations', { _id: joint.parts[0].consultationId });
    const vote = part.plan.vote!;
    now = vote.opensAt + 60_000;
    await scheduler();
    await scheduler();

    for (const [persona, choice] of [
      ['demo-zhang-wei', '同意'],
      ['demo-gao-feng', '同意'],
      ['demo-song-jia', '反对'],
    ] as const) {
      const resident = await loginAs(session, persona);
      await voteOnPart(resident, choice);
      await resident.context().close();
    }

    now = vote.closesAt + VOTE_CLOSE_GRACE_MS + 1000;
    await scheduler();
    await scheduler();
    await he.reload();
    await see(he, '同意 1，反对 0，弃权 0：本社区通过');
    await see(he, '同意 1，反对 1，弃权 0：本社区未通过');
    await see(he, '各社区合计：应参加 20 人，已表决 3 人；同意 2，反对 1，弃权 0');
    await see(he, '按计票方式：通过');

    await textbox(he, '各社区协商和表决后商定的意见').fill('按方案拓宽和平路，施工期间两社区各设临时停车点');
    await textbox(he, '例如：街道城管科').fill('街道城管科');
    await tap(he, '提交协商意见');
    await confirmWith(he, '确定提交');
    await see(he, '责任单位：街道城管科');

    // The deadline passes with nothing reported: the 街道工作台 flags it.
    now += 31 * 86_400_000;
    await openStreetHome(he, session);
    await see(he, '落实逾期');
    await see(he, '已逾期，请督促落实');

    // 街道督导: the same matter overdue, each community's figures, a drill-down into one's public record, the report.
    await tap(he, '街道督导：各社区协商情况');
    await see(he, '跨社区事项落实逾期（1）');
    await see(he, '各社区（2）');
    await chip(he, '逾期多的在前').click();
    await tap(he, '幸福里社区');
    await see(he, '幸福里社区 · 公开记录');
    await see(he, '楼道照明亮化改造');
    await he.goto(`${session.host.url}/#/street/dashboard/index`);
    await he.reload();
    await visible(he, '报表（Excel）').click();
    await he.locator('a[data-doc="xlsx"]').filter({ visible: true }).waitFor();
    const link = await he.locator('a[data-doc="xlsx"]').filter({ visible: true }).getAttribute('href');
    const download = await he.request.get(new URL(link!, session.host.url).toString());
    expect(download.ok()).toBe(true);
    expect((await download.body()).subarray(0, 2).toString()).toBe('PK');
    await visible(he, '报表打印版').click();
    await see(he, '城乡社区协商工作情况');
    await see(he, '打印报表');
    expect(await visible(he, '合计').count()).toBe(1);
    await he.context().close();

    const luo = await loginAs(session, 'demo-luo-ping');
    await openStreetHome(luo, session);
    await see(luo, '民政／督查账号可以查看所辖社区的公开记录和统计，不能发起或修改任何事项。');
    await see(luo, '已逾期，请督促落实');
    expect(await visible(luo, '发起跨社区协商').count()).toBe(0);
    await tap(luo, TITLE);
    await see(luo, '按计票方式：通过');
    expect(await visible(luo, '报告落实完成').count()).toBe(0);
    await luo.context().close();

    const song = await loginAs(session, 'demo-song-tao');
    await openStreetHome(song, session);
    await see(song, '还没有跨社区协商');
    await song.goto(`${session.host.url}/#/street/joint/index?id=${joint._id}`);
    await song.reload();
    await see(song, '找不到该跨社区协商');
    await song.context().close();
  });
});

async function openStreetHome(page: Page, session: Session) {
  await page.goto(`${session.host.url}/#/street/home/index`);
  await page.reload();
  await see(page, '跨社区协商');
}
