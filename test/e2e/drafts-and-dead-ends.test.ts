import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Dialog, Locator, Page } from 'playwright-core';
import { browserAvailable, chip, loginAs, openSession, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(300_000);
const suite = browserAvailable() ? describe : describe.skip;

const PARKING = '小区公共停车位设定及管理办法';
const OPINION_BOX = '请写下您的意见和理由';
const TITLE_BOX = '一句话说明您的建议，如：3号楼门口加装路灯';
const TEXT_BOX = '请写明现在的情况、您的建议和理由';
const PLACE_BOX = '如：3号楼、小区东门';

/** Reloads as a person would, answering the browser's "leave this site?" if it asks; says whether it asked. */
async function reload(page: Page): Promise<boolean> {
  let asked = false;
  const answer = (d: Dialog) => {
    if (d.type() !== 'beforeunload') return;
    asked = true;
    void d.accept();
  };
  page.on('dialog', answer);
  await page.reload();
  page.off('dialog', answer);
  return asked;
}

/** Whether anything kept on this device (the H5 app's storage) still holds `text`. */
const onDevice = (page: Page, text: string) => page.evaluate((t) => Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes(t)), text);

/** WCAG contrast of an element's text colour on the first opaque background behind it. */
const contrastOf = (target: Locator) =>
  target.evaluate((el) => {
    const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let node: Element | null = el;
    let background = [255, 255, 255];
    while (node) {
      const c = channels(getComputedStyle(node).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
        background = c;
        break;
      }
      node = node.parentElement;
    }
    const [hi, lo] = [luminance(channels(getComputedStyle(el).color)), luminance(background)].sort((a, b) => b - a);
    return (hi + 0.05) / (lo + 0.05);
  });

suite('drafts kept, dead ends opened, nothing cut or dropped unseen (Chromium, local host)', () => {
  let session: Session;
  let notAPhoto: string;
  beforeAll(async () => {
    session = await openSession();
    notAPhoto = path.join(await mkdtemp(path.join(os.tmpdir(), 'xieshang-file-')), '会议记录.txt');
    await writeFile(notAPhoto, '这不是照片');
  });
  afterAll(() => session?.close());

  it('an opinion survives the back from its preview and a reload, is sent once confirmed on a readable button, and then leaves the device', async () => {
    const text = '张伟：停车位请优先给老年住户，夜里回家不用绕远路。';
    const zhang = await loginAs(session, 'demo-zhang-wei');
    await tap(zhang, PARKING);
    await tap(zhang, '发表意见');
    await chip(zhang, '支持').click();
    await textbox(zhang, OPINION_BOX).fill(text);
    await tap(zhang, '预览');
    await see(zhang, '请核对将要公开的内容');

    // The phone's back on the preview leaves the page; coming back to the form finds the text.
    await zhang.goBack();
    await tap(zhang, '发表意见');
    await see(zhang, '已恢复您上次没有提交的内容');
    expect(await textbox(zhang, OPINION_BOX).inputValue()).toBe(text);

    // A reload asks first, and the text is there after it.
    expect(await reload(zhang)).toBe(true);
    await textbox(zhang, OPINION_BOX).waitFor();
    expect(await textbox(zhang, OPINION_BOX).inputValue()).toBe(text);

    await tap(zhang, '预览');
    await tap(zhang, '提交');
    // The dialog's yes, as rendered, reads at WCAG AA against the dialog.
    const yes = zhang.getByText('确定提交', { exact: true }).filter({ visible: true });
    await yes.waitFor();
    expect(await contrastOf(yes)).toBeGreaterThanOrEqual(4.5);
    await yes.click();
    await see(zhang, '我的意见');

    // Sent: gone from the device, the form opens empty, and leaving asks nothing.
    expect(await onDevice(zhang, text)).toBe(false);
    await tap(zhang, '发表意见');
    await textbox(zhang, OPINION_BOX).waitFor();
    expect(await textbox(zhang, OPINION_BOX).inputValue()).toBe('');
    expect(await reload(zhang)).toBe(false);
    await zhang.context().close();
  });

  it('a suggestion is kept the same way; a 2,100-character paste stays whole and is refused until shortened; a file that is no photo is named', async () => {
    const title = '小区东门加装无障碍坡道';
    const text = '东门台阶有五级，坐轮椅和推婴儿车都上不去，老人常要绕到北门。';
    const zhang = await loginAs(session, 'demo-zhang-wei');
    await tap(zhang, '我要建议');
    await textbox(zhang, TITLE_BOX).fill(title);
    await textbox(zhang, TEXT_BOX).fill(text);
    await textbox(zhang, PLACE_BOX).fill('小区东门');
    await tap(zhang, '预览');
    await see(zhang, '请核对将要公开的内容');
    await zhang.goBack();
    await tap(zhang, '我要建议');
    await see(zhang, '已恢复您上次没有提交的内容');
    expect(await textbox(zhang, TITLE_BOX).inputValue()).toBe(title);
    expect(await textbox(zhang, TEXT_BOX).inputValue()).toBe(text);
    expect(await reload(zhang)).toBe(true);
    await textbox(zhang, TEXT_BOX).waitFor();
    expect(await textbox(zhang, TEXT_BOX).inputValue()).toBe(text);

    // A picked file that is no photo is refused by name, not dropped without a word.
    const [chooser] = await Promise.all([zhang.waitForEvent('filechooser'), tap(zhang, '添加照片')]);
    await chooser.setFiles(notAPhoto);
    await see(zhang, '“会议记录.txt”不是照片，没有加入');

    // Too long: every character stays in the box, the box says by how much, and it is not sent.
    const long = '长'.repeat(2_100);
    await textbox(zhang, TEXT_BOX).fill(long);
    expect((await textbox(zhang, TEXT_BOX).inputValue()).length).toBe(2_100);
    await see(zhang, '超出 100 字');
    await tap(zhang, '预览');
    await see(zhang, '建议内容超出100字，请删减后再提交');
    expect(await visible(zhang, '请核对将要公开的内容').count()).toBe(0);

    await textbox(zhang, TEXT_BOX).fill(text);
    await tap(zhang, '预览');
    await tap(zhang, '提交');
    await zhang.getByText('确定提交', { exact: true }).filter({ visible: true }).click();
    await zhang.waitForURL(/suggest\/item\/index/);
    expect(await onDevice(zhang, text)).toBe(false);
    expect(await onDevice(zhang, title)).toBe(false);
    await zhang.context().close();
  });

  it('a newcomer is shown the way to join on 议事, never a retry that cannot help', async () => {
    const newcomer = await loginAs(session, 'demo-newcomer');
    await see(newcomer, '您还不是本社区的成员');
    await see(newcomer, '加入后可以参加协商、发表意见和投票');
    await visible(newcomer, '加入社区', true).waitFor();
    expect(await visible(newcomer, '重试', true).count()).toBe(0);
    await tap(newcomer, '加入社区');
    await see(newcomer, '第一步：输入邀请码');
    await newcomer.context().close();
  });

  it('a member of another community opening a shared link lands on the public record; a link to nothing says so and offers home', async () => {
    const qian = await loginAs(session, 'demo-qian-guilan');
    await qian.goto(`${session.host.url}/#/consultation/detail/index?id=c-seed-lights`);
    await qian.reload();
    await qian.waitForURL(/board\/item\/index\?id=c-seed-lights/);
    await see(qian, '幸福里社区 · 公示');
    await see(qian, '楼道照明亮化改造');

    await qian.goto(`${session.host.url}/#/consultation/detail/index?id=c-no-such-thing`);
    await qian.reload();
    await see(qian, '没有这项公示：链接可能有误，或议题还没有发布');
    expect(await visible(qian, '重试', true).count()).toBe(0);
    await tap(qian, '回到首页');
    await see(qian, '青山村');
    await qian.context().close();
  });
});
