import jsQR from 'jsqr';
import { PNG as PngImage } from 'pngjs';
import type { Page } from 'playwright-core';
import type { ConsultationDoc } from '../../cloudfunctions/core/docs';
import { browserAvailable, confirmWith, loginAs, openSession, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(300_000);
const suite = browserAvailable() ? describe : describe.skip;

const WANG = 'demo-wang-jianguo'; // committee: prints for the meeting
/** The seeded consultation in 协商 with a 居民会议 vote of all residents, open from before now. */
const ADS = '小区公共部位广告招租收益使用';

/** What a phone's camera would read from a code: the printed image itself, decoded. */
function decodeQr(dataUrl: string): string | null {
  const png = PngImage.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** The image a Taro <Image> shows, whichever element carries the class. */
const imageSource = (page: Page, selector: string) =>
  page
    .locator(selector)
    .filter({ visible: true })
    .first()
    .evaluate((el) => (el instanceof HTMLImageElement ? el : el.querySelector('img'))?.src ?? '');

/** Goes to an H5 address afresh: a change of the hash alone does not always move Taro's router. */
async function go(page: Page, url: string) {
  await page.goto(url);
  await page.reload();
}

suite('the meeting’s printables in Chromium against the local host', () => {
  let session: Session;
  let ads: ConsultationDoc;
  beforeAll(async () => {
    session = await openSession();
    ads = (await session.host.store.find<ConsultationDoc>('consultations', { 'plan.title': ADS }))[0];
  });
  afterAll(() => session?.close());

  it('prints a ballot per elector whose code opens the paper-ballot entry with that elector chosen', async () => {
    const wang = await loginAs(session, WANG);
    await go(wang, `${session.host.url}/#/vote/index/index?consultationId=${ads._id}`);
    await tap(wang, '开始表决');
    await confirmWith(wang, '确定开始');
    await tap(wang, '打印表决票');

    const first = wang.locator('.ballot').filter({ visible: true }).first();
    await first.waitFor();
    await see(wang, '表  决  票');
    await see(wang, '广告收益用于增设小区健身器材和楼道照明');
    const label = await first.locator('.ballot-label').innerText();
    // The code is drawn in the browser: wait for its image, then read it as a camera would.
    await first.locator('.ballot-code img, img.ballot-code').first().waitFor({ state: 'attached' });
    const target = decodeQr(await imageSource(wang, '.ballot .ballot-code'));
    expect(target).toMatch(new RegExp(`^${session.host.url}/#/committee/paper/index\\?consultationId=${ads._id}&elector=.+`));

    // On paper: nothing but the ballots, two to a page.
    await wang.emulateMedia({ media: 'print' });
    expect(await wang.locator('.print-actions').filter({ visible: true }).count()).toBe(0);
    expect(await first.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    await wang.emulateMedia({ media: 'screen' });

    // Scanning it opens the paper-ballot entry with that elector already chosen.
    await go(wang, target!);
    await see(wang, '录入纸质选票');
    await see(wang, '更换选民');
    await visible(wang, label, true).waitFor();
    expect(await textbox(wang, '输入姓名、住址或拼音首字母查找').count()).toBe(0);
    await wang.context().close();
  });

  it('prints the sign-in sheet on A4, group by group, with an empty 签名 column and no button on paper', async () => {
    const wang = await loginAs(session, WANG);
    await go(wang, `${session.host.url}/#/consultation/detail/index?id=${ads._id}`);
    await see(wang, '协商进程');
    await tap(wang, '打印签到表');

    const sheet = wang.locator('.signin-group').filter({ visible: true }).first();
    await sheet.waitFor();
    await see(wang, '签  到  表');
    await see(wang, '打印签到表');
    expect(await sheet.locator('.signin-head').innerText()).toMatch(/序号\s*姓名\s*住址\s*签名/);
    expect(await sheet.locator('.print-title').innerText()).toBe(ADS);
    await visible(wang, '应到').waitFor();
    // Every 签名 cell is left empty for the pen.
    const signatures = await sheet.locator('.signin-row:not(.signin-head) .signin-sign').allInnerTexts();
    expect(signatures.length).toBeGreaterThan(0);
    expect(signatures.every((s) => s.trim() === '')).toBe(true);

    await wang.emulateMedia({ media: 'print' });
    expect(await wang.locator('.print-actions').filter({ visible: true }).count()).toBe(0);
    expect(await sheet.isVisible()).toBe(true);
    expect(await visible(wang, '签名', true).isVisible()).toBe(true);
    expect(
      await sheet
        .locator('.signin-row')
        .nth(1)
        .evaluate((el) => getComputedStyle(el).breakInside),
    ).toBe('avoid');
    await wang.emulateMedia({ media: 'screen' });
    await wang.context().close();
  });
});
