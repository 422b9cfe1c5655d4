import type { Locator, Page } from 'playwright-core';
import type { CommissionDoc, ConsultationDoc } from '../../cloudfunctions/core/docs';
import { browserAvailable, chip, confirmWith, loginAs, openSession, openTab, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(600_000);
const suite = browserAvailable() ? describe : describe.skip;

const HE_JING = 'demo-he-jing'; // 和平街道's officer
const WANG = 'demo-wang-jianguo'; // 幸福里社区's committee
const ZHANG = 'demo-zhang-wei'; // a resident who takes part

const TITLE = '背街小巷夜间停车整治';
const MATTER = '幸福里东侧小巷夜间乱停车堵塞消防通道，请社区征求居民对整治办法的意见。';
const OPINION = '同意单侧划线停车，夜里一定要留出消防通道。';
const OUTCOME = '东侧小巷单侧划线停车，夜间留出消防通道，由物业每晚巡查。';
const REASONS = '夜间巡查改由街道城管中队负责，物业协助。';

/** The visible card holding this text. */
const cardWith = (page: Page, text: string): Locator => page.locator('.card', { hasText: text }).filter({ visible: true }).first();

suite('委托协商 in Chromium against the local host', () => {
  let session: Session;
  const now = Date.now();
  beforeAll(async () => {
    session = await openSession({ clock: () => now });
  });
  afterAll(() => session?.close());

  /** The local host's time: the test's base clock plus what the demo clock has let pass. */
  const demoClock = async (): Promise<{ now: number }> => (await (await fetch(`${session.host.url}/demo/clock`)).json()).data;
  /** Lets time pass on the demo clock until `t`, the scheduler running meanwhile, as a trainer does from /demo. */
  const passUntil = async (t: number) => {
    const res = await fetch(`${session.host.url}/demo/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: t - (await demoClock()).now }),
    });
    expect(res.ok).toBe(true);
  };
  const commission = async () => (await session.host.store.find<CommissionDoc>('commissions', { title: TITLE }))[0];
  const consultation = async () => (await session.host.store.get<ConsultationDoc>('consultations', (await commission()).consultationId!))!;
  const openDetail = async (page: Page) => {
    await page.goto(`${session.host.url}/#/consultation/detail/index?id=${(await commission()).consultationId}`);
    await page.reload();
    await see(page, '协商进程');
  };
  /** 街道工作台 → 委托事项, the 工作台 opened afresh as from 我的's 进入街道工作台. */
  const openStreetCommissions = async (page: Page) => {
    await page.goto(`${session.host.url}/#/street/home/index`);
    await page.reload();
    await see(page, '所辖社区（');
    await tap(page, '委托事项');
    await see(page, '委托事项（');
  };

  it('goes down to the community, is consulted on, comes back up, and its feedback reaches a resident', async () => {
    // 1. 何静 commissions 幸福里社区 on behalf of 城管科.
    const he = await loginAs(session, HE_JING);
    await openStreetCommissions(he);
    await tap(he, '委托社区协商');
    await chip(he, '幸福里社区').click();
    await textbox(he, '例如：背街小巷夜间停车整治').fill(TITLE);
    await textbox(he, '请写清要社区协商什么').fill(MATTER);
    await textbox(he, '例如：城管科').fill('城管科');
    await tap(he, '委托协商');
    await see(he, '请选择报告期限');
    await tap(he, '请选择社区报告协商结果的期限');
    await he.locator('.weui-picker__action', { hasText: '确定' }).filter({ visible: true }).click();
    await tap(he, '委托协商');
    await confirmWith(he, '确定委托');
    await see(he, '等待幸福里社区委员会发起协商。');
    await see(he, '和平街道（城管科）');

    // 2. 王建国 finds it on his desk and starts a consultation from it, then completes and publishes the plan.
    const wang = await loginAs(session, WANG);
    await openTab(wang, '我的');
    await tap(wang, '街道委托事项（1 项待报告）');
    await see(wang, MATTER);
    await tap(wang, '为民服务类');
    await tap(wang, '下水道、道路、化粪池疏通整修，公共停车位设定及管理，遮阳、雨棚安装');
    await tap(wang, '发起协商');
    await see(wang, '发布公告');
    await chip(wang, '会议').click();
    await textbox(wang, '会议或听证的地点').fill('社区党群服务中心二楼会议室');
    await textbox(wang, '主持人姓名').fill('王建国');
    await chip(wang, '全体居民').click();
    await wang.getByText('发布公告', { exact: true }).filter({ visible: true }).last().click();
    await confirmWith(wang, '确定发布');
    await see(wang, '公示中');
    await see(wang, '受和平街道（城管科）委托协商');

    // 3. 张伟 gives an opinion on the notice; the committee answers it.
    const zhang = await loginAs(session, ZHANG);
    await openDetail(zhang);
    await see(zhang, '受和平街道（城管科）委托协商');
    await tap(zhang, '发表意见');
    await chip(zhang, '支持').click();
    await textbox(zhang, '请写下您的意见和理由').fill(OPINION);
    await tap(zhang, '预览');
    await tap(zhang, '提交');
    await confirmWith(zhang, '确定提交');
    await see(zhang, '我的意见');
    await openTab(wang, '我的');
    await visible(wang, '待答复意见').click();
    const opinion = cardWith(wang, OPINION);
    await opinion
      .locator('.chip')
      .filter({ hasText: /^(✓ )?采纳$/ })
      .click();
    await opinion.getByText('提交答复', { exact: true }).click();
    await see(wang, '待答复意见（0）');

    // 4. The meeting begins (the demo clock moves); the committee closes with the outcome.
    await passUntil((await consultation()).plan.schedule!.startsAt! + 60_000);
    expect((await consultation()).status).toBe('consulting');
    await openDetail(wang);
    await tap(wang, '形成协商意见');
    await see(wang, '落实期限');
    await textbox(wang, '写明协商达成的意见').fill(OUTCOME);
    await textbox(wang, '例如：物业服务中心').fill('物业服务中心');
    await tap(wang, '形成协商意见');
    await confirmWith(wang, '确定提交');
    await see(wang, '已形成协商意见');

    // 5. He reports it up to the street with a note.
    await openTab(wang, '我的');
    await tap(wang, '街道委托事项（1 项待报告）');
    await see(wang, '协商意见会自动附在报告中。');
    await textbox(wang, '例如：居民的主要意见').fill('居民普遍支持单侧停车。');
    await tap(wang, '向街道报告');
    await confirmWith(wang, '确定报告');
    await see(wang, '已报告待研究');
    await see(wang, OUTCOME);

    // 6. 何静 reads the report and records 部分采纳 with reasons (required: refused without).
    await openStreetCommissions(he);
    await cardWith(he, TITLE).click();
    await see(he, '居民普遍支持单侧停车。');
    await see(he, '查看协商的公开记录');
    await chip(he, '部分采纳').click();
    await tap(he, '反馈');
    await see(he, '部分采纳须写明理由');
    await textbox(he, '部分采纳或不采纳的').fill(REASONS);
    await tap(he, '反馈');
    await confirmWith(he, '确定反馈');
    await see(he, '和平街道（城管科）反馈：部分采纳');
    expect((await commission()).state).toBe('answered');

    // 7. 张伟 reads it in 我的 → 消息, and on the consultation.
    await openTab(zhang, '我的');
    await visible(zhang, '条未读）').click();
    await see(zhang, `和平街道（城管科）反馈：${TITLE}`);
    await visible(zhang, `和平街道（城管科）反馈：${TITLE}`).click();
    await see(zhang, '和平街道（城管科）反馈：部分采纳');
    await see(zhang, `理由：${REASONS}`);
    for (const page of [he, wang, zhang]) await page.context().close();
  });
});
