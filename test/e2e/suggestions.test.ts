import type { Page } from 'playwright-core';
import type { ConsultationDoc, SuggestionDoc } from '../../cloudfunctions/core/docs';
import { PERSONA_HEADER } from '../../cloudfunctions/local/server';
import { browserAvailable, chip, confirmWith, loginAs, openSession, openTab, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(600_000);
const suite = browserAvailable() ? describe : describe.skip;

const ZHANG = 'demo-zhang-wei'; // raises the suggestion
const CHEN = 'demo-chen-jing'; // co-signs
const LIU = 'demo-liu-fang'; // co-signs
const WANG = 'demo-wang-jianguo'; // committee: accepts it
const HUANG = 'demo-huang-li';

/** What residents keep raising: four about chargers, four about rubbish sorting, each by someone else. */
const RAISED: [string, string][] = [
  [ZHANG, '电动车充电桩太少，晚上排队充电'],
  [CHEN, '楼下电动车充电桩经常坏，充电要等很久'],
  [LIU, '希望增设电动车充电桩，不要再飞线充电'],
  [HUANG, '电动车充电桩收费太贵，建议降价'],
  [ZHANG, '垃圾分类桶太少，厨余垃圾桶常常满溢'],
  [CHEN, '垃圾分类投放点太臭，建议每天清洗垃圾桶'],
  [LIU, '垃圾分类指导员只在早上，晚上垃圾乱扔'],
  [HUANG, '建议垃圾分类投放点加装洗手池和灯'],
];

const TITLE = '小区北门增设自行车棚';
const MATTER = '下水道、道路、化粪池疏通整修，公共停车位设定及管理，遮阳、雨棚安装';
const TEXT = '北门附近没有车棚，电动车和自行车停在路边，下雨天淋湿，还挡住消防通道。';

suite('suggestions in Chromium against the local host', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  const stored = async () => (await session.host.store.find<SuggestionDoc>('suggestions', { title: TITLE }))[0];
  const open = async (page: Page, path: string) => {
    await page.goto(`${session.host.url}/#${path}`);
    await page.reload();
  };

  /** A resident on the community's list co-signs the suggestion with one tap. */
  async function cosignAs(persona: string, expected: number) {
    const page = await loginAs(session, persona);
    await open(page, '/suggest/list/index');
    const card = page.locator('.suggestion-card', { hasText: TITLE }).filter({ visible: true }).first();
    await card.waitFor();
    await card.locator('.cosign-btn').click();
    await card.getByText(`已附议 ${expected}`).waitFor();
    await page.context().close();
  }

  it('a resident raises a suggestion, two others co-sign, the committee accepts it, the draft links back, and the author sees the answer', async () => {
    // 1. 张伟 raises it from the home page.
    const zhang = await loginAs(session, ZHANG);
    await tap(zhang, '我要建议');
    await textbox(zhang, '一句话说明您的建议，如：3号楼门口加装路灯').fill(TITLE);
    await textbox(zhang, '请写明现在的情况、您的建议和理由').fill(TEXT);
    await textbox(zhang, '如：3号楼、小区东门').fill('北门');
    await tap(zhang, '预览');
    await see(zhang, TEXT);
    await tap(zhang, '提交');
    await confirmWith(zhang, '确定提交');
    await zhang.waitForURL(/suggest\/item\/index/);
    await zhang.locator('.suggestion-detail').filter({ visible: true }).getByText(TITLE).waitFor();
    await see(zhang, '待答复');

    // 2. Two neighbours co-sign; a second tap would withdraw, so each taps once.
    await cosignAs(CHEN, 1);
    await cosignAs(LIU, 2);
    expect((await stored()).cosigns).toBe(2);

    // 3. The committee finds it in the ledger and accepts it.
    const wang = await loginAs(session, WANG);
    await openTab(wang, '我的');
    await tap(wang, '群众意见台账');
    const row = wang.locator('.ledger-row', { hasText: TITLE }).filter({ visible: true }).first();
    await row.waitFor();
    await row.getByText(TITLE).click();
    await wang.waitForURL(/committee\/triage\/index/);
    await see(wang, '张伟'); // the committee sees the full name
    await chip(wang, '立项协商').click();
    // 张伟 left the matter open; the committee places it in the catalogue.
    await chip(wang, '为民服务类').click();
    await visible(wang, MATTER).click();
    await tap(wang, '提交答复');
    await confirmWith(wang, '确定答复');
    await see(wang, '答复：立项协商');

    // 4. The draft made from it carries its title and links back to it.
    const draft = (await session.host.store.find<ConsultationDoc>('consultations', { fromSuggestion: (await stored())._id }))[0];
    expect(draft).toMatchObject({ status: 'draft', plan: { title: TITLE, categoryId: 'services-02' } });
    await open(wang, `/consultation/detail/index?id=${draft._id}`);
    await see(wang, '协商进程');
    await wang.locator('.from-suggestion').filter({ visible: true }).click();
    await wang.waitForURL(/suggest\/item\/index/);
    await see(wang, `已立项：《${TITLE}》`);

    // 5. The author hears of it and reads the answer.
    await openTab(zhang, '我的');
    await zhang.reload();
    await visible(zhang, '条未读）').click();
    await see(zhang, `建议答复：${TITLE}`);
    await visible(zhang, `建议答复：${TITLE}`).click();
    await zhang.waitForURL(/suggest\/item\/index/);
    const answer = zhang.locator('.suggestion-answer').filter({ visible: true });
    await answer.waitFor();
    await answer.getByText('立项协商').first().waitFor();
    await answer.getByText(`已立项：《${TITLE}》`).waitFor();
    expect(await visible(zhang, '已附议').count()).toBe(0); // nobody co-signs an answered one
  });

  it('the committee sees in the ledger what residents keep raising, theme by theme', async () => {
    for (const [i, [persona, text]] of RAISED.entries()) {
      const payload = { requestId: `e2e-ledger-theme-${i}`, title: text.slice(0, 12), description: text, place: '3号楼', photos: [], hideName: false };
      const res = await fetch(`${session.host.url}/fn/suggestion`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [PERSONA_HEADER]: persona },
        body: JSON.stringify({ action: 'suggestion.raise', payload }),
      });
      expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    }
    const wang = await loginAs(session, WANG);
    await open(wang, '/committee/ledger/index');
    // The page settles first (the committee's 录入建议 appears once it knows who reads), so the tap lands where it aims.
    await see(wang, '录入建议');
    await wang.locator('.ledger-row').filter({ visible: true }).first().waitFor();
    await tap(wang, '归纳这段时间的建议');
    // The four on chargers (and any other suggestion of the demo that speaks of them) are one theme, named so, quoted from.
    const charging = wang.locator('.card', { hasText: '充电：' }).filter({ hasText: '条建议' }).filter({ visible: true }).first();
    await charging.waitFor();
    const shown = await charging.innerText();
    expect(Number(/(\d+) 条建议/.exec(shown)![1])).toBeGreaterThanOrEqual(4);
    expect(RAISED.slice(0, 4).filter(([, text]) => shown.includes(text.slice(0, 12))).length).toBeGreaterThanOrEqual(2);
    expect(shown).not.toContain('垃圾分类');
    await wang.context().close();
  });
});
