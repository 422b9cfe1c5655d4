import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ArchiveDoc, ConsultationDoc } from '../../cloudfunctions/core/docs';
import { HAPPY } from '../../cloudfunctions/local/seed/registry';
import { VOTE_CLOSE_GRACE_MS } from '@shared';
import { PNG } from '../support/harness';
import { makePdf } from '../support/documents';
import { addPhoto, browserAvailable, castVote, chip, confirmWith, loginAs, openSession, openTab, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(600_000);
const suite = browserAvailable() ? describe : describe.skip;

const WANG = 'demo-wang-jianguo'; // committee
const ZHANG = 'demo-zhang-wei'; // resident: takes part, votes, rates
const CHEN = 'demo-chen-jing'; // resident: takes part, votes
const LIU = 'demo-liu-fang'; // resident: objects to the result
const ZHAO = 'demo-zhao-deming'; // supervisory committee: reads the rating report

const TITLE = '东门增设智能快递柜';
const QUESTION = '同意在东门内侧增设一组智能快递柜';
const OUTCOME = '在东门内侧增设一组智能快递柜，由物业负责维护，不占用消防通道。';
const OBJECTION = '快递柜离3号楼太远，老人取件不便。';
const DISMISSAL = '东门是快递车唯一入口，3号楼旁另设代收点。';
const PROGRESS = '快递柜底座已浇筑，柜体下周进场安装。';
const REPORT = '快递柜已安装并投入使用，3号楼旁代收点同时开放。';
const COMMENT = '取件方便多了。';
const PROPOSAL = '快递柜设置方案.pdf';
const PARTS = ['consultation', 'attendance', 'opinions', 'electors', 'ballots', 'tallies', 'objections', 'progress', 'evaluations', 'audit', 'seal'];

/** The text of one part of the printable dossier. */
const partOf = (html: string, part: string) => new RegExp(`<section data-part="${part}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';

suite('results and feedback in Chromium against the local host', () => {
  let session: Session;
  let now = Date.now();
  let photo: string;
  let proposal: string;
  beforeAll(async () => {
    session = await openSession({ clock: () => now });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-progress-'));
    photo = path.join(dir, '施工现场.png');
    await writeFile(photo, PNG);
    proposal = path.join(dir, PROPOSAL);
    await writeFile(proposal, makePdf('Parcel lockers at the east gate'));
  });

  /** The local host's time: the test's base clock, plus what the demo clock has let pass. */
  const demoClock = async (): Promise<{ now: number; offsetMs: number }> => (await (await fetch(`${session.host.url}/demo/clock`)).json()).data;
  /** Lets time pass on the demo clock until `t`, the scheduler running meanwhile, as a trainer does from /demo. */
  const passUntil = async (t: number) => {
    const res = await fetch(`${session.host.url}/demo/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: t - (await demoClock()).now }),
    });
    expect(res.ok).toBe(true);
  };
  afterAll(() => session?.close());

  /** Runs the scheduler once at the test's clock, as the timer would. */
  const scheduler = async () => {
    const res = await fetch(`${session.host.url}/demo/scheduler`, { method: 'POST' });
    expect(res.ok).toBe(true);
    return (await res.json()).data;
  };
  const consultation = async () => (await session.host.store.find<ConsultationDoc>('consultations', { 'plan.title': TITLE }))[0];
  /** Opens a consultation's detail page (by default the one this test creates) afresh, as a link would. */
  const openDetail = async (page: Page, id?: string) => {
    await page.goto(`${session.host.url}/#/consultation/detail/index?id=${id ?? (await consultation())._id}`);
    await page.reload();
    await see(page, '协商进程');
  };

  it('with the demo clock, takes a new consultation from draft to archive — the vote opening by itself, the proposal attached as a PDF', async () => {
    // 1. The committee drafts it with a vote and the proposal attached, and publishes the notice.
    const wang = await loginAs(session, WANG);
    await tap(wang, '发起协商');
    await tap(wang, '公益事业类');
    await tap(wang, '门禁改造、视频监控、电子快递柜、充电桩设立');
    await textbox(wang, '例如：2号楼加装电梯方案').fill(TITLE);
    await textbox(wang, '为什么要协商这件事').fill('快递堆放在门卫室，丢件多，拟在东门增设智能快递柜。');
    await chip(wang, '会议').click();
    await textbox(wang, '会议或听证的地点').fill('社区党群服务中心二楼会议室');
    await textbox(wang, '主持人姓名').fill('王建国');
    await chip(wang, '全体居民').click();
    await chip(wang, '本次协商需要表决').click();
    await textbox(wang, '写成可以回答同意或反对的一句话').fill(QUESTION);
    await chip(wang, '协商议事会·到场多数').click();
    const [chooser] = await Promise.all([wang.waitForEvent('filechooser'), tap(wang, '添加附件')]);
    await chooser.setFiles(proposal);
    await see(wang, '✓ 已上传');
    await wang.getByText('发布公告', { exact: true }).filter({ visible: true }).last().click();
    await confirmWith(wang, '确定发布');
    await see(wang, '公示中');

    // 2. The notice is on the board; two residents apply to attend while it is up.
    const zhang = await loginAs(session, ZHANG);
    await openTab(zhang, '公示');
    await zhang.locator('.card', { hasText: TITLE }).filter({ visible: true }).first().getByText('协商公告').waitFor();
    const chen = await loginAs(session, CHEN);
    for (const resident of [zhang, chen]) {
      await openDetail(resident);
      await tap(resident, '报名参加协商');
      await see(resident, '✓ 报名参加协商');
    }
    // A resident reads the proposal before anyone votes: the PDF opens from the detail page under its own name.
    await see(zhang, `附件（1）`);
    const [pdf] = await Promise.all([
      zhang.context().waitForEvent('response', (r) => r.url().includes('/files/')),
      zhang.locator('a.attachment', { hasText: PROPOSAL }).filter({ visible: true }).click(),
    ]);
    expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf']);
    expect(decodeURIComponent(pdf.headers()['content-disposition'].split("UTF-8''")[1])).toBe(PROPOSAL);

    // 3. Time passes on the demo clock past the meeting: the scheduler starts consulting and, when
    // the meeting ends, opens the vote. Nobody opens 查看表决 to start it.
    const planned = await consultation();
    await passUntil(planned.plan.vote!.opensAt + 60_000);
    expect((await consultation()).status).toBe('voting');
    await openDetail(wang);
    await see(wang, '表决进行中');

    // 4. Both residents vote for it.
    for (const resident of [zhang, chen]) {
      await openDetail(resident);
      await tap(resident, '去投票');
      await castVote(resident, '同意');
    }

    // 5. The vote's close passes: the scheduler seals the tally.
    await passUntil(planned.plan.vote!.closesAt + VOTE_CLOSE_GRACE_MS + 60_000);
    expect((await consultation()).status).toBe('deliberated');

    // 6. The committee writes the outcome and publishes the result.
    await openDetail(wang);
    await see(wang, '✓ 表决通过');
    await tap(wang, '填写协商意见');
    await textbox(wang, '写明协商达成的意见').fill(OUTCOME);
    await textbox(wang, '例如：物业服务中心').fill('物业服务中心');
    await tap(wang, '保存协商意见');
    await see(wang, OUTCOME);
    await see(wang, '物业服务中心');
    await tap(wang, '公示结果');
    await confirmWith(wang, '确定公示');
    await see(wang, '结果公示中');
    await see(wang, '公示至');

    // 7. A participant is told: 我的 shows unread messages (the notices too); opening this one leads to the consultation.
    await openTab(zhang, '我的');
    await see(zhang, '条未读）');
    await visible(zhang, '条未读）').click();
    await see(zhang, `协商结果公示：${TITLE}`);
    await visible(zhang, `协商结果公示：${TITLE}`).click();
    await see(zhang, OUTCOME);

    // 8. A resident who disagrees files an objection while the result is on display.
    const liu = await loginAs(session, LIU);
    await openDetail(liu);
    await textbox(liu, '请写明异议的理由').fill(OBJECTION);
    await tap(liu, '提交异议');
    await confirmWith(liu, '确定提交');
    await see(liu, '查看异议及答复（1 条待答复）');

    // 9. The committee dismisses it with a reason; everyone can read both.
    await openDetail(wang);
    await tap(wang, '查看异议及答复（1 条待答复）');
    await see(wang, OBJECTION);
    await chip(wang, '不予采纳').click();
    await textbox(wang, '请说明理由').fill(DISMISSAL);
    await tap(wang, '提交答复');
    await confirmWith(wang, '确定答复');
    await see(wang, '答复：不予采纳');
    await openDetail(liu);
    await tap(liu, '查看异议及答复');
    await see(liu, DISMISSAL);

    // 10. The objection window ends — the trainer moves the clock from the demo console — and the
    // scheduler makes the result effective; the committee starts the work.
    const demo = await wang.context().newPage();
    await demo.goto(`${session.host.url}/demo`);
    for (const step of ['+7 天', '+1 天']) {
      await Promise.all([demo.waitForNavigation(), demo.getByRole('button', { name: step }).click()]);
      await demo.getByRole('status').waitFor();
    }
    await demo.close();
    expect((await consultation()).status).toBe('effective');
    await openDetail(wang);
    await see(wang, '已生效');
    await tap(wang, '组织实施');
    await confirmWith(wang, '确定开始');
    await see(wang, '报告落实进展');

    // 11. Progress with a photo, then completion with the final report.
    await tap(wang, '报告落实进展');
    await textbox(wang, '做了什么、还差什么').fill(PROGRESS);
    await wang.getByRole('spinbutton', { name: '0到100' }).filter({ visible: true }).fill('60');
    await addPhoto(wang, photo);
    await tap(wang, '发布进展');
    await see(wang, '已完成 60%');
    await see(wang, PROGRESS);
    await tap(wang, '落实完成');
    await textbox(wang, '逐项说明协商意见的落实情况').fill(REPORT);
    await tap(wang, '确认落实完成');
    await confirmWith(wang, '确定完成');
    await see(wang, '落实完成报告');
    await see(wang, REPORT);

    // 12. A participant rates it; 我的 says what is still unread, and 全部已读 clears it.
    await openDetail(zhang);
    await see(zhang, '满意度测评');
    await chip(zhang, '4分 满意').click();
    await textbox(zhang, '意见或建议').fill(COMMENT);
    await tap(zhang, '提交评价');
    await see(zhang, '我的评价：4分 满意');
    await see(zhang, '平均 4 分 · 1 人评价');
    const zhao = await loginAs(session, ZHAO);
    await openDetail(zhao);
    await tap(zhao, '测评报告');
    await see(zhao, '张伟（1号楼1单元101）');
    await see(zhao, COMMENT);
    await zhao.context().close();
    await openTab(zhang, '我的');
    await visible(zhang, '条未读）').click();
    await tap(zhang, '全部已读');
    await zhang.getByText('全部已读', { exact: true }).filter({ visible: true }).waitFor({ state: 'hidden', timeout: 15_000 });
    await see(zhang, `落实完成：${TITLE}`);
    expect(await zhang.locator('.tag', { hasText: '未读' }).filter({ visible: true }).count()).toBe(0);

    // 13. The committee seals the archive and exports it; the dossier holds every part.
    await openDetail(wang);
    await tap(wang, '归档封存');
    // The detail page names 一事一档 and has its own 归档封存: wait for the archive page itself.
    await wang.waitForURL(/committee\/archive\/index/);
    await wang.locator('.next-step').filter({ visible: true }).waitFor({ state: 'hidden' });
    await see(wang, '一事一档');
    await tap(wang, '归档封存');
    await confirmWith(wang, '确定归档');
    await see(wang, '档案已封存');
    await tap(wang, '生成档案文件');
    const dossier = wang.locator('a[data-doc="html"]').filter({ visible: true });
    await dossier.waitFor({ timeout: 15_000 });
    const href = await dossier.getAttribute('href');
    expect(href).toMatch(/^\/files\/[0-9a-f]{32}\.html\?name=/);
    // The committee member's browser opens it with their login; the bare link opens nothing.
    const html = await wang.evaluate((link) => fetch(link).then((r) => r.text()), href!);
    expect((await fetch(`${session.host.url}${href}`)).status).toBe(403);
    expect(html).toContain(`<title>一事一档-${TITLE}</title>`);
    // The workbook saves under the consultation's title, not its storage name.
    const [download] = await Promise.all([wang.waitForEvent('download'), tap(wang, '下载档案表格（Excel）')]);
    expect(download.suggestedFilename()).toBe(`一事一档-${TITLE}.xlsx`);
    for (const part of PARTS) expect(html).toContain(`data-part="${part}"`);
    expect(partOf(html, 'consultation')).toContain(TITLE);
    expect(partOf(html, 'attendance')).not.toContain('（无）');
    expect(partOf(html, 'ballots')).not.toContain('（无）');
    expect(partOf(html, 'objections')).toContain(DISMISSAL);
    expect(partOf(html, 'progress')).toContain(PROGRESS);
    expect(partOf(html, 'evaluations')).toContain(COMMENT);
    const archive = await session.host.store.get<ArchiveDoc>('archives', (await consultation())._id);
    expect(partOf(html, 'seal')).toContain(archive!.hash);
    expect((await consultation()).status).toBe('archived');

    for (const page of [wang, zhang, chen, liu]) await page.context().close();
  });

  it('the 公示 tab lists the board, and someone outside the community reads one item from a shared link', async () => {
    const zhang = await loginAs(session, ZHANG);
    await openTab(zhang, '公示');
    await see(zhang, '幸福里社区 · 公示栏');
    const lights = zhang.locator('.card', { hasText: '楼道照明亮化改造' }).filter({ visible: true }).first();
    await lights.getByText('落实完成').waitFor();
    await zhang.context().close();

    // Without a link, the board says it belongs to a community and how to join one.
    const visitor = await loginAs(session, 'demo-visitor');
    await openTab(visitor, '公示');
    await see(visitor, '公示栏属于社区');
    // The community's shared link opens its board, and an item reads as the public record.
    await visitor.goto(`${session.host.url}/#/pages/notices/index?communityId=${HAPPY}`);
    await visitor.reload();
    await see(visitor, '幸福里社区 · 公示栏');
    await visible(visitor, '楼道照明亮化改造').click();
    await see(visitor, '1号楼、3号楼楼道灯具老化');
    await see(visitor, '加入幸福里社区后');
    await see(visitor, '居民意见');
    for (const action of ['后续工作', '提交异议', '报名参加协商', '查看协商详情']) {
      expect(await visitor.getByText(action).filter({ visible: true }).count()).toBe(0);
    }
    await visitor.context().close();
  });

  it('closing consultation with an opinion unanswered lists it, keeps the form, and leads to the replies', async () => {
    const parking = (await session.host.store.find<ConsultationDoc>('consultations', { 'plan.title': '小区公共停车位设定及管理办法' }))[0];
    // During its meeting, when opinions are still taken (the base clock is set back by whatever the
    // demo clock let pass in the first test).
    now = parking.plan.schedule!.startsAt! + 60_000 - (await demoClock()).offsetMs;
    await scheduler();
    const zhang = await loginAs(session, ZHANG);
    await openDetail(zhang, parking._id);
    await tap(zhang, '发表意见');
    await chip(zhang, '支持').click();
    await textbox(zhang, '请写下您的意见和理由').fill('建议东侧空地划线停车。');
    await tap(zhang, '预览');
    await tap(zhang, '提交');
    await confirmWith(zhang, '确定提交');
    await see(zhang, '我的意见');

    const wang = await loginAs(session, WANG);
    await openDetail(wang, parking._id);
    await tap(wang, '形成协商意见');
    await see(wang, '落实期限');
    await textbox(wang, '写明协商达成的意见').fill('东侧空地划设30个车位。');
    await textbox(wang, '例如：物业服务中心').fill('物业服务中心');
    await tap(wang, '形成协商意见');
    await confirmWith(wang, '确定提交');
    await see(wang, '条意见没有答复');
    await see(wang, '支持：建议东侧空地划线停车。');
    expect(await textbox(wang, '写明协商达成的意见').inputValue()).toBe('东侧空地划设30个车位。');
    await tap(wang, '去答复意见');
    await see(wang, '待答复意见（1）');
    expect((await session.host.store.get<ConsultationDoc>('consultations', parking._id))!.status).toBe('consulting');
    for (const page of [zhang, wang]) await page.context().close();
  });
});
