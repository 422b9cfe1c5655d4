import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG as PngImage } from 'pngjs';
import type { Page } from 'playwright-core';
import type { Locator } from 'playwright-core';
import { PNG } from '../support/harness';
import { addPhoto, browserAvailable, chip, confirmWith, loginAs, openSession, see, tap, textbox, type Session } from './browser';

jest.setTimeout(240_000);
const suite = browserAvailable() ? describe : describe.skip;

/** The seeded 广告招租 consultation: a 居民会议 of all residents, held in the hall. */
const ADS = 'c-seed-ads';

/** What the notice's printed code opens, read from the code itself as a phone's camera would. */
async function meetingCodeTarget(host: Page, origin: string): Promise<string> {
  await host.goto(`${origin}/#/committee/poster/index?id=${ADS}`);
  const image = host.locator('.poster-code img').filter({ visible: true }).first();
  await image.waitFor({ timeout: 15_000 });
  const src = (await image.getAttribute('src'))!;
  const png = PngImage.sync.read(Buffer.from(src.slice(src.indexOf(',') + 1), 'base64'));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!decoded) throw new Error('the notice’s code did not decode');
  return decoded.data;
}

/** A resident scans the code, lands on the consultation and taps 签到. */
async function checkInByCode(session: Session, persona: string, target: string) {
  const page = await loginAs(session, persona);
  await page.goto(target);
  await see(page, '会议正在签到');
  await tap(page, '签到');
  await see(page, '签到成功');
  await page.context().close();
}

/** The host finds an elder by the initials of her name at the table and checks her in. */
async function checkInByInitials(host: Page, initials: string, name: string) {
  await textbox(host, '输入姓名或拼音首字母，如 wxy').fill(initials);
  const row = host.locator('.attendee', { hasText: name }).filter({ visible: true }).first();
  await row.getByText('签到', { exact: true }).click();
  await see(host, `已签到：${name}`);
}

/** Waits until the element's whole text is this: the projector's polling changes it. */
const showsText = (locator: Locator, text: string, timeout: number) => locator.filter({ hasText: new RegExp(`^${text}$`) }).waitFor({ timeout });

suite('meeting day in Chromium against the local host', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('opens check-in, takes residents by the meeting code and elders by initials, and the hall’s screen follows within seconds', async () => {
    const origin = session.host.url;
    const host = await loginAs(session, 'demo-wang-jianguo');
    const target = await meetingCodeTarget(host, origin);
    expect(target).toContain(`/consultation/detail/index?id=${ADS}`);

    await host.goto(`${origin}/#/consultation/detail/index?id=${ADS}`);
    await tap(host, '会议签到');
    await tap(host, '开始签到');
    await see(host, '签到中');
    const code = (await host.locator('[data-testid="screen-code"]').filter({ visible: true }).first().textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{8}$/);

    // The hall's computer: no login, the code only.
    const projector = await (await session.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN' })).newPage();
    await projector.goto(`${origin}/?screen#/screen/index/index?code=${code}`);
    const present = projector.locator('[data-testid="present"]').filter({ visible: true }).first();
    await showsText(present, '0', 15_000);
    await see(projector, '应到');
    expect(await projector.textContent('body')).not.toContain('张伟');

    for (const persona of ['demo-zhang-wei', 'demo-chen-jing', 'demo-huang-li']) await checkInByCode(session, persona, target);
    await checkInByInitials(host, 'zh', '郑华');
    await checkInByInitials(host, 'sh', '孙红');
    const lastAt = Date.now();
    await showsText(present, '5', 5_000);
    expect(Date.now() - lastAt).toBeLessThan(5_000);
    await see(host, '实到 5 人');

    // A second tap by the same resident counts nobody twice.
    const again = await loginAs(session, 'demo-zhang-wei');
    await again.goto(target);
    await tap(again, '签到');
    await see(again, '已签到：张伟');
    await tap(host, '结束签到');
    await confirmWith(host, '确定结束');
    await see(host, '签到已结束');
    await showsText(present, '5', 5_000);
  });

  it('writes the minutes from the meeting’s draft on the phone, and the recorder and the host confirm them', async () => {
    const origin = session.host.url;
    const host = await loginAs(session, 'demo-wang-jianguo');
    await host.goto(`${origin}/#/committee/meeting/index?id=${ADS}`);
    await tap(host, '会议纪要');
    await see(host, '以下为根据会议记录生成的草稿，请核对修改后保存。');
    await see(host, '应到／实到');
    await textbox(host, '会议决定了什么').fill('同意广告收益用于健身器材和楼道照明。');
    await tap(host, '保存纪要');
    await see(host, '记录人和主持人尚未确认');
    await tap(host, '以主持人身份确认');
    await confirmWith(host, '确认纪要');
    await see(host, '✓ 主持人 王建国 已确认');

    const recorder = await loginAs(session, 'demo-li-xiuying');
    await recorder.goto(`${origin}/#/committee/minutes/index?id=${ADS}`);
    await see(recorder, '✓ 主持人 王建国 已确认');
    await tap(recorder, '以记录人身份确认');
    await confirmWith(recorder, '确认纪要');
    await see(recorder, '✓ 记录人 李秀英 已确认');
  });

  it('enters the room’s show of hands on the vote screen: counts that must come to those present, the 计票人 and 监票人, the signed 计票单', async () => {
    const origin = session.host.url;
    const host = await loginAs(session, 'demo-wang-jianguo');
    await host.goto(`${origin}/#/vote/index/index?consultationId=${ADS}`);
    await tap(host, '开始表决');
    await confirmWith(host, '确定开始');
    await see(host, '会场计票');
    await see(host, '实到 5 人');
    await chip(host, '举手表决').click();
    const count = (label: string) =>
      host
        .locator('.field', { hasText: `${label}（人）` })
        .filter({ visible: true })
        .first()
        .locator('input');
    await count('同意').fill('3');
    await count('反对').fill('1');
    await count('弃权').fill('0');
    await count('未表态').fill('2');
    await textbox(host, '不能由主持人担任').fill('张伟');
    await textbox(host, '与计票人不同的人').fill('李秀英');
    const photo = path.join(await mkdtemp(path.join(os.tmpdir(), 'xieshang-tally-')), '计票单.png');
    await writeFile(photo, PNG);
    await addPhoto(host, photo);
    // Six counted of five present: refused on the phone before anything is sent.
    await tap(host, '录入计票结果');
    await see(host, '超过实到 5 人');
    await count('未表态').fill('1');
    await tap(host, '录入计票结果');
    await confirmWith(host, '确定录入');
    await see(host, '会场计票（举手表决）');
    await see(host, '同意 3，反对 1，弃权 0，未表态 1');
  });
});
