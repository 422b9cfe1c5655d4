import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { ConsultationDoc, SuggestionDoc } from '../../cloudfunctions/core/docs';
import { browserAvailable, confirmWith, loginAs, openSession, openTab, see, tap, visible, type Session } from './browser';
import { belowFloors, CARE, STANDARD, type Floors } from './floors';

jest.setTimeout(600_000);
const suite = browserAvailable() ? describe : describe.skip;

const PARKING = '小区公共停车位设定及管理办法';
const ADS = '小区公共部位广告招租收益使用';

type Mode = 'standard' | 'care';
const MODES: [Mode, Floors][] = [
  ['standard', STANDARD],
  ['care', CARE],
];

/** Taro's H5 storage keeps `{ data }` under the key: the phone's own record of the choice (client/src/care/careMode.ts). */
async function onDevice(page: Page, mode: Mode) {
  await page.evaluate((care) => {
    localStorage.setItem('care-mode', JSON.stringify({ data: care }));
    localStorage.setItem('care-offer-answered', JSON.stringify({ data: true }));
  }, mode === 'care');
  await page.reload();
}

/** Opens a page by its address: a change of the hash alone does not always move Taro's router, so the page loads afresh. */
async function visit(page: Page, address: string) {
  await page.goto(address);
  await page.reload();
}

/** Waits until the page has drawn what it loaded: no 正在加载 left, and no request in flight. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.getByText('正在加载…').filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: 15_000 });
}

/** axe's serious and critical findings on the page as it stands, one line each. */
async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}（${v.impact}）：${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('；')}`,
    );
}

/** The pages the app declares; app.config.ts calls Taro's compile-time global, which here only hands the object back. */
function declaredPages(): string[] {
  (globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../client/src/app.config').default as { pages: string[]; subPackages: { root: string; pages: string[] }[] };
  return [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}

/** Every page the app declares, as its address with the records it needs named. */
function everyPage(ids: { consultation: string; suggestion: string }): string[] {
  const special: Record<string, string> = {
    'suggest/item/index': `id=${ids.suggestion}`,
    'committee/suggestion/index': `id=${ids.suggestion}`,
    'screen/index/index': 'code=',
  };
  return declaredPages().map((p) => `/#/${p}?${special[p] ?? `id=${ids.consultation}&consultationId=${ids.consultation}`}`);
}

suite('accessibility in Chromium, in standard mode and in 长辈模式', () => {
  let session: Session;
  let ids: { consultation: string; ads: string; suggestion: string };
  beforeAll(async () => {
    session = await openSession();
    const find = (title: string) => session.host.store.find<ConsultationDoc>('consultations', { 'plan.title': title });
    const [[parking], [ads], [suggestion]] = await Promise.all([
      find(PARKING),
      find(ADS),
      session.host.store.find<SuggestionDoc>('suggestions', {}, { limit: 1 }),
    ]);
    ids = { consultation: parking._id, ads: ads._id, suggestion: suggestion._id };
    // The vote page is measured with its ballot open: the committee opens the vote as it would.
    const wang = await loginAs(session, 'demo-wang-jianguo');
    await visit(wang, `${session.host.url}/#/vote/index/index?consultationId=${ids.ads}`);
    await tap(wang, '开始表决');
    await confirmWith(wang, '确定开始');
    await see(wang, '请投票');
    await wang.context().close();
  });
  afterAll(() => session?.close());

  it.each(MODES)('axe finds nothing serious or critical on any page (%s)', async (mode) => {
    const found: string[] = [];
    for (const persona of ['demo-zhang-wei', 'demo-wang-jianguo']) {
      const page = await loginAs(session, persona);
      await onDevice(page, mode);
      // Residents' pages as a resident, the committee's as the committee: each as its user sees it.
      const pages = everyPage(ids).filter((p) => p.startsWith('/#/committee/') === (persona === 'demo-wang-jianguo'));
      for (const address of pages) {
        await visit(page, `${session.host.url}${address}`);
        await settled(page);
        for (const finding of await axeFindings(page)) found.push(`${address.split('?')[0]} ${finding}`);
      }
      await page.context().close();
    }
    expect(found).toEqual([]);
  });

  it.each(MODES)('home, detail, opinion, vote and 我的 keep every text and target above the floors (%s)', async (mode, floors) => {
    const page = await loginAs(session, 'demo-zhang-wei');
    await onDevice(page, mode);
    const measured: Record<string, string[]> = {};
    const measure = async (name: string) => {
      await settled(page);
      measured[name] = await belowFloors(page, floors);
    };
    await openTab(page, '议事');
    await see(page, mode === 'care' ? '去表决' : '即将召开');
    await measure('首页');
    await visit(page, `${session.host.url}/#/consultation/detail/index?id=${ids.consultation}`);
    await see(page, '协商进程');
    await measure('详情');
    await visit(page, `${session.host.url}/#/consultation/opinion/index?consultationId=${ids.consultation}&channel=online`);
    await see(page, '您的意见将向本社区公开');
    await measure('提意见');
    await visit(page, `${session.host.url}/#/vote/index/index?consultationId=${ids.ads}`);
    await see(page, '请投票');
    await measure('表决');
    await page
      .locator('.vote-choice', { hasText: /^同意$/ })
      .filter({ visible: true })
      .click();
    // The confirmation dialog is part of the vote: its words and its buttons keep the floors too.
    await visible(page, '确定同意', true).waitFor();
    await measure('表决确认框');
    await visible(page, '取消', true)
      .click()
      .catch(() => undefined);
    await openTab(page, '我的');
    await see(page, '长辈模式');
    await measure('我的');
    await page.context().close();
    expect(measured).toEqual(Object.fromEntries(Object.keys(measured).map((name) => [name, []])));
  });

  it('a resident turns on 长辈模式 on 我的, sees three actions at home, and keeps it after a reload and on a new phone', async () => {
    const phone = await loginAs(session, 'demo-chen-jing');
    // Offered once at first use; declining it leaves the ordinary home, and it is not offered again.
    await see(phone, '字太小、看不清？');
    await tap(phone, '不用了');
    await see(phone, '即将召开');
    await phone.reload();
    await see(phone, '即将召开');
    expect(await visible(phone, '字太小、看不清？').isVisible()).toBe(false);

    await openTab(phone, '我的');
    await tap(phone, '开启长辈模式');
    await see(phone, '长辈模式：已开启');
    await openTab(phone, '议事');
    for (const action of ['看通知', '提意见', '去表决']) await see(phone, action);
    expect(await visible(phone, '即将召开').isVisible()).toBe(false);
    // The rest is one tap away.
    await tap(phone, '查看全部协商和群众建议');
    await see(phone, '即将召开');

    await phone.reload();
    await see(phone, '去表决');
    // A new phone: nothing on the device, the account remembers.
    const other = await loginAs(session, 'demo-chen-jing');
    await see(other, '去表决');
    expect(await other.evaluate(() => document.documentElement.classList.contains('care'))).toBe(true);
    // 去表决 with one vote open goes straight to it.
    await other.locator('.care-action', { hasText: '去表决' }).filter({ visible: true }).click();
    await other.waitForURL(/vote\/index\/index/);
    await see(other, '请投票');
    await other.context().close();
    await phone.context().close();
  });
});
