import type { Locator, Page } from 'playwright-core';
import type { ActionName, ApiResponse, FunctionName, PayloadOf, ResultOf, Stance } from '@shared';
import type { ConsultationDoc } from '../../cloudfunctions/core/docs';
import { PERSONA_HEADER } from '../../cloudfunctions/local/server';
import { addLoadMembers } from '../support/loadMembers';
import { browserAvailable, chip, confirmWith, loginAs, openSession, openTab, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(600_000);
const suite = browserAvailable() ? describe : describe.skip;

const WANG = 'demo-wang-jianguo'; // committee
/** The seeded notice: announced, a meeting of all residents, no vote — closed with 形成协商意见. */
const PARKING = '小区公共停车位设定及管理办法';
const PARTLY = '东门车棚先装20个充电桩，按度计费、收费公示；西侧集中充电棚待消防部门评估后再定。';
const REJECTED = '地锁会挡住救护车，不装地锁；消防通道划网格线、装摄像头，占道车辆由物业通知挪车。';

/** 30 residents on one matter — 电动车充电桩 — each in their own words. */
const CHARGING: [Stance, string][] = [
  ['support', '楼下电动车太多，建议在东门车棚装一排充电桩，别再往楼道里拉电线了。'],
  ['support', '支持增设充电桩，我每天骑电动车上班，现在只能把电池拎回家充。'],
  ['suggestion', '充电桩最好装在车棚里，下雨天充电也不怕淋。'],
  ['suggestion', '希望充电桩按度收费，价格公开，不要比家里电费贵太多。'],
  ['support', '飞线充电太危险了，去年隔壁小区就着过火，赶紧装充电桩吧。'],
  ['suggestion', '建议充电桩带自动断电功能，充满就停，防止过充起火。'],
  ['neutral', '我家老人骑电动三轮车，充电桩插座能不能兼容三轮车的充电器？'],
  ['suggestion', '充电桩数量要够，至少每栋楼旁边十个，不然晚上抢不到。'],
  ['oppose', '反对把充电桩装在3号楼窗户底下，夜里充电有噪音还担心起火。'],
  ['neutral', '电动车充电桩可以用扫码支付吗？老年人不会用手机的怎么办，能不能刷卡。'],
  ['suggestion', '建议充电桩区域装监控和灭火器，出了事能及时发现。'],
  ['oppose', '充电桩的费用谁出？希望用公共收益装，不要再向业主摊钱。'],
  ['support', '赞成在小区西侧空地建集中充电棚，电动车统一停放充电。'],
  ['support', '充电桩装好以后，物业要严查电瓶车上楼入户充电。'],
  ['suggestion', '现在车棚里那几个充电插座老是坏，换成正规的充电桩吧。'],
  ['oppose', '充电桩按小时收费不合理，电动车充满要七八个小时，还是按度计费好。'],
  ['suggestion', '我是外卖骑手，一天要充两次电，希望充电桩晚上也能用，别限时。'],
  ['suggestion', '充电桩的位置离楼栋远一点，万一电池起火不会烧到楼里。'],
  ['suggestion', '装充电桩时顺便把车棚的顶棚修一下，漏雨的插座更危险。'],
  ['support', '支持装充电桩，但要选有资质的运营商，别找便宜的小作坊。'],
  ['support', '电动自行车充电难是大问题，我每天晚上找插座要找半小时。'],
  ['neutral', '建议先统计一下各楼栋电动车的数量，再定充电桩装多少。'],
  ['suggestion', '充电桩能不能装快充，上班前充一个小时就够用。'],
  ['support', '楼道里充电的电动车堵住了楼梯，老人上下楼很不方便，装了充电桩就好了。'],
  ['suggestion', '充电桩那边晚上要有照明，不然黑灯瞎火插不上充电头。'],
  ['suggestion', '希望充电桩同时能给电动车电池单独充电，有的车电池可以拆。'],
  ['suggestion', '充电桩收的钱要公示，每个月贴在公告栏上。'],
  ['support', '我同意在南门车棚加装充电桩，那里离我们5号楼最近。'],
  ['neutral', '充电桩是好事，但是施工别影响大家停车，分批装。'],
  ['support', '电动车在家充电邻居都提心吊胆，充电桩越快装越好。'],
];

/** 10 more on another: the fire lane blocked by parked cars. */
const FIRE_LANE: [Stance, string][] = [
  ['support', '消防通道天天被私家车占着，真着火了消防车根本进不来。'],
  ['suggestion', '建议在消防通道上画黄色网格线，立上禁止停车的牌子。'],
  ['suggestion', '物业要管管占用消防通道的车，贴条没用就叫交警来拖车。'],
  ['suggestion', '2号楼后面的消防通道堆满了杂物和废旧家具，得清理。'],
  ['suggestion', '消防通道晚上停满了外来车辆，门岗应该不让他们进来。'],
  ['support', '支持在消防通道两头装地锁或者隔离桩，从根上杜绝占道停车。'],
  ['support', '消防车道被占的问题说了好多年了，这次一定要解决。'],
  ['oppose', '我反对在消防通道装地锁，救护车进来也要开锁，耽误时间。'],
  ['suggestion', '可以在消防通道装摄像头，占道的车拍下来在群里曝光。'],
  ['neutral', '消防通道被占主要是车位不够，光堵不行，还得想办法增加车位。'],
];

/**
 * 意见归纳 (issue 18): 40 residents write on a consultation, 30 of them about one thing. The committee
 * finds that theme on 意见归纳 and answers all 30 in one step; each author has the answer as their
 * own, the other theme is answered too, and the consultation closes with an outcome drafted from the summary.
 */
suite('意见归纳 in Chromium against the local host', () => {
  let session: Session;
  let now = Date.now();
  beforeAll(async () => {
    session = await openSession({ clock: () => now });
  });
  afterAll(() => session?.close());

  /** A function called as this persona, as the app would: the residents' opinions are set up this way, not through 40 browsers. */
  async function as<F extends FunctionName, A extends ActionName<F>>(persona: string, fn: F, action: A, payload: PayloadOf<F, A>): Promise<ResultOf<F, A>> {
    const res = await fetch(`${session.host.url}/fn/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PERSONA_HEADER]: persona },
      body: JSON.stringify({ action, payload }),
    });
    const body = (await res.json()) as ApiResponse<ResultOf<F, A>>;
    if (!body.ok) throw new Error(`${action}: ${body.code} ${body.message}`);
    return body.data;
  }

  const parking = async () => (await session.host.store.find<ConsultationDoc>('consultations', { 'plan.title': PARKING }))[0];
  /** A theme's card on 意见归纳, by its first line of figures (nested opinion cards come after it). */
  const themeCard = (page: Page, figures: string): Locator => page.locator('.card', { hasText: figures }).filter({ visible: true }).first();

  /** 统一答复 on the form that took the page's place: the decision, a reason when given, the review's promise, then send. */
  async function replyToAll(page: Page, decision: string, reason: string, promise: string) {
    await chip(page, decision).click();
    if (reason) await textbox(page, '请说明理由（必填，每位发表人都会看到）').fill(reason);
    await tap(page, '预览');
    await see(page, promise);
    await tap(page, '确认答复');
    await see(page, '主题（按意见多少排列）');
  }

  it('the committee answers a theme of 30 in one step, every author has the answer, and the consultation closes', async () => {
    // 40 residents of their own buildings each give one opinion while the notice is up.
    const residents = await addLoadMembers(session.host.store, CHARGING.length + FIRE_LANE.length, 'themes');
    const { _id: consultationId, plan } = await parking();
    const submit = ([stance, text]: [Stance, string], i: number) =>
      as(residents[i], 'participation', 'opinion.submit', { consultationId, requestId: `e2e-themes-${i}`, stance, text, photos: [], channel: 'online' });
    const charging = await Promise.all(CHARGING.map((o, i) => submit(o, i)));
    const fireLane = await Promise.all(FIRE_LANE.map((o, i) => submit(o, CHARGING.length + i)));
    // The meeting begins: the scheduler starts consulting, the stage closed with 形成协商意见.
    now = plan.schedule!.startsAt! + 60_000;
    expect((await fetch(`${session.host.url}/demo/scheduler`, { method: 'POST' })).ok).toBe(true);
    expect((await parking()).status).toBe('consulting');

    // The engine finds two themes, the 30 and the 10 (said in numbers here, so a failure shows how it split them).
    const found = await as(WANG, 'participation', 'opinion.themes', { consultationId });
    const among = (ids: string[], of: { id: string }[]) => ids.filter((id) => of.some((o) => o.id === id)).length;
    const split = found.themes.map((t) => ({ label: t.label, charging: among(t.opinionIds, charging), fireLane: among(t.opinionIds, fireLane) }));
    expect(split).toEqual([expect.objectContaining({ charging: 30, fireLane: 0 }), expect.objectContaining({ charging: 0, fireLane: 10 })]);

    // The committee opens 意见归纳 from the opinions list.
    const wang = await loginAs(session, WANG);
    await wang.goto(`${session.host.url}/#/consultation/opinions/index?consultationId=${consultationId}`);
    await wang.reload();
    await tap(wang, '意见归纳');
    await see(wang, '共 40 条意见、40 人');
    const theme = themeCard(wang, '30 条意见 · 30 人 · 未答复 30 条');
    await theme.waitFor();
    // The stance split in words and numbers, and a quote in full.
    const stances = (s: Stance) => CHARGING.filter(([stance]) => stance === s).length;
    await theme.getByText(`支持 ${stances('support')}`, { exact: true }).waitFor();
    await theme.getByText(`反对 ${stances('oppose')}`, { exact: true }).waitFor();
    const quoted = found.themes.find((t) => t.count === 30)!.quotes[0];
    await theme.getByText(quoted.text, { exact: true }).first().waitFor();

    // 统一答复: 部分采纳 needs a reason; the review says what will happen; one tap answers all 30.
    // The theme's own button comes last in its card, after those of any copies inside it.
    await theme.getByText('统一答复', { exact: true }).last().click();
    await chip(wang, '部分采纳').click();
    await tap(wang, '预览');
    await see(wang, '部分采纳须说明理由');
    await replyToAll(wang, '部分采纳', PARTLY, '将答复 30 条未答复的意见；每位发表人都会收到这条答复');
    await themeCard(wang, '30 条意见 · 30 人 · 已全部答复').waitFor();

    // The other theme: one opinion answered on its own from the list, then the rest of it in one step.
    const other = themeCard(wang, '10 条意见 · 10 人 · 未答复 10 条');
    await other.getByText('查看全部 10 条', { exact: true }).click();
    // Found on the page, not in the theme's card: answering it changes the card's figures.
    const single = wang.locator('.card .card', { hasText: FIRE_LANE[0][1] }).filter({ visible: true }).first();
    await single.getByText('答复', { exact: true }).click();
    await chip(wang, '采纳').click();
    await single.getByText('提交答复', { exact: true }).click();
    await single.getByText('答复：采纳').waitFor();
    const remaining = themeCard(wang, '10 条意见 · 10 人 · 未答复 9 条');
    await remaining.getByText('统一答复', { exact: true }).last().click();
    await replyToAll(wang, '不采纳', REJECTED, '将答复 9 条未答复的意见，已答复的 1 条保持原答复不变');
    await themeCard(wang, '10 条意见 · 10 人 · 已全部答复').waitFor();
    await see(wang, '共 40 条意见、40 人 · 已全部答复');

    // Every one of the 30 has the answer as their own: on the opinion and in 消息.
    for (const [i, mine] of charging.entries()) {
      const [opinion] = (await as(residents[i], 'participation', 'opinion.mine', {})).opinions;
      expect([opinion.id, opinion.reply?.decision, opinion.reply?.reason]).toEqual([mine.id, 'partly', PARTLY]);
      const feed = await as(residents[i], 'account', 'feed.list', {});
      expect(feed.items.filter((n) => n.kind === 'reply').map((n) => [n.title, n.body])).toEqual([['您的意见已答复：部分采纳', PARTLY]]);
    }
    // The one answered on its own kept its answer; the other nine have the theme's.
    const fireReplies = await Promise.all(fireLane.map((_, i) => as(residents[CHARGING.length + i], 'participation', 'opinion.mine', {})));
    expect(fireReplies.map((v) => v.opinions[0].reply?.decision)).toEqual(['adopted', ...Array(9).fill('rejected')]);

    // One of them reads it in the app, under their own opinion.
    const author = await loginAs(session, residents[0]);
    await openTab(author, '我的');
    await visible(author, '我的意见').click();
    const own = author.locator('.card', { hasText: CHARGING[0][1] }).filter({ visible: true }).first();
    await own.getByText('答复：部分采纳').waitFor();
    await own.getByText(PARTLY).waitFor();

    // Nothing holds the outcome back: the drafted summary counts the 40, and fills the outcome.
    await wang.goto(`${session.host.url}/#/consultation/detail/index?id=${consultationId}`);
    await wang.reload();
    await see(wang, '协商进程');
    expect(await wang.getByText('有意见尚未答复').filter({ visible: true }).count()).toBe(0);
    await tap(wang, '形成协商意见');
    await tap(wang, '生成草稿');
    const first = wang.locator('.figure').filter({ visible: true }).first();
    expect(await first.textContent()).toBe('40');
    await first.click();
    await see(wang, '这 40 条对应的意见');
    await tap(wang, '填入协商意见');
    expect(await textbox(wang, '写明协商达成的意见').inputValue()).toMatch(/^本次协商共收到意见 40 条，来自 40 位居民/);
    await textbox(wang, '例如：物业服务中心').fill('物业服务中心');
    await tap(wang, '形成协商意见');
    await confirmWith(wang, '确定提交');
    await see(wang, '协商进程');
    expect((await parking()).status).toBe('deliberated');
    for (const page of [wang, author]) await page.context().close();
  });
});
