import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { PNG } from '../support/harness';
import { addPhoto, browserAvailable, chip, confirmWith, loginAs, openSession, openTab, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(240_000);
const suite = browserAvailable() ? describe : describe.skip;

const PARKING = '小区公共停车位设定及管理办法';

async function openParking(page: Page) {
  await openTab(page, '议事');
  await tap(page, PARKING);
  await see(page, '协商报名');
}

/**
 * The opinion form: stance, text, optional photo, preview, submit, yes. The preview shows the name
 * as others will read it (`publicName`, masked), not a placeholder.
 */
async function giveOpinion(page: Page, stance: string, text: string, photo?: string, publicName?: string) {
  await chip(page, stance).click();
  await textbox(page, '请写下您的意见和理由').fill(text);
  if (photo) await addPhoto(page, photo);
  await tap(page, '预览');
  await see(page, '请核对将要公开的内容');
  if (publicName)
    await page
      .locator('.card-title', { hasText: new RegExp(`^${publicName.replace('*', '\\*')}$`) })
      .filter({ visible: true })
      .waitFor();
  await tap(page, '提交');
  await page.getByText('确定提交', { exact: true }).filter({ visible: true }).click();
  await see(page, '我的意见');
}

/** The card of an opinion, found by its text, among the visible ones. */
const cardWith = (page: Page, text: string): Locator => page.locator('.card', { hasText: text }).filter({ visible: true }).first();

suite('participation in Chromium against the local host', () => {
  let session: Session;
  let photo: string;
  beforeAll(async () => {
    session = await openSession();
    photo = path.join(await mkdtemp(path.join(os.tmpdir(), 'xieshang-photo-')), '现场照片.png');
    await writeFile(photo, PNG);
  });
  afterAll(() => session?.close());

  it('three people are heard on three channels, the committee replies to each, and each author sees the reply', async () => {
    // A resident gives an online opinion with a photo.
    const zhang = await loginAs(session, 'demo-zhang-wei');
    await openParking(zhang);
    await tap(zhang, '发表意见');
    await giveOpinion(zhang, '支持', '张伟：东侧空地划线停车，夜里再也不堵消防通道了。', photo, '张*');
    await see(zhang, '尚未答复');

    // An absentee says they cannot come and sends a written opinion.
    const liu = await loginAs(session, 'demo-liu-fang');
    await openParking(liu);
    await tap(liu, '无法到场');
    await tap(liu, '提交书面意见');
    await giveOpinion(liu, '反对', '刘芳书面意见：不同意收停车费，租户负担太重。');

    // A committee member records 黄丽's paper opinion on her behalf, with a photo of the original.
    const wang = await loginAs(session, 'demo-wang-jianguo');
    await openParking(wang);
    await tap(wang, '代为录入意见');
    await textbox(wang, '输入姓名或住址查找').fill('黄丽');
    await cardWith(wang, '2号楼1单元202').click();
    await chip(wang, '书面').click();
    await chip(wang, '其他建议').click();
    await textbox(wang, '请按原件或发言如实录入').fill('黄丽书面意见：留出两个访客临时车位。');
    await addPhoto(wang, photo);
    await tap(wang, '预览');
    await tap(wang, '确认录入');
    await wang.getByText('确定录入', { exact: true }).filter({ visible: true }).click();
    await see(wang, '已代 黄丽 录入');

    // The committee answers all three from its queue.
    await openTab(wang, '我的');
    await visible(wang, '待答复意见').click();
    await see(wang, '待答复意见（3）');
    const replies: [string, string, string][] = [
      ['张伟：东侧空地划线停车', '采纳', ''],
      ['刘芳书面意见', '部分采纳', '收费仅限外来车辆，本小区租户登记后免费'],
      ['黄丽书面意见', '采纳', '东门内侧留两个访客车位'],
    ];
    for (const [opinion, decision, reason] of replies) {
      const card = cardWith(wang, opinion);
      await card
        .locator('.chip')
        .filter({ hasText: new RegExp(`^(✓ )?${decision}$`) })
        .click();
      if (reason) await card.getByRole('textbox').fill(reason);
      await card.getByText('提交答复', { exact: true }).click();
      await cardWith(wang, opinion)
        .waitFor({ state: 'detached', timeout: 15_000 })
        .catch(() => undefined);
    }
    await see(wang, '待答复意见（0）');

    // Each author sees the reply to their own opinion.
    await zhang.reload();
    await openParking(zhang);
    await cardWith(zhang, '张伟：东侧空地划线停车').getByText('答复：采纳').waitFor();
    await liu.reload();
    await openParking(liu);
    await cardWith(liu, '刘芳书面意见').getByText('收费仅限外来车辆，本小区租户登记后免费').waitFor();
    const huang = await loginAs(session, 'demo-huang-li');
    await openTab(huang, '我的');
    await visible(huang, '我的意见').click();
    const entry = cardWith(huang, '黄丽书面意见');
    await entry.getByText('答复：采纳').waitFor();
    await entry.getByText('待本人确认', { exact: false }).waitFor();
    // She disputes the entry: a note is required, then it is final.
    await entry.getByText('有异议', { exact: true }).click();
    await entry.getByText('提交异议', { exact: true }).click();
    await entry.locator('.error-text', { hasText: '请说明哪里与您的意见不符' }).waitFor();
    await entry.getByRole('textbox').fill('原件写的是留三个访客车位。');
    await entry.getByText('提交异议', { exact: true }).click();
    await confirmWith(huang, '确定提交');
    await cardWith(huang, '黄丽书面意见').getByText('本人有异议', { exact: false }).waitFor();
    for (const page of [zhang, liu, wang, huang]) await page.context().close();
  });

  it('the public sees opinions by stance with masked names and the channel', async () => {
    const reader = await loginAs(session, 'demo-chen-jing');
    await openParking(reader);
    await tap(reader, '查看全部意见');
    await see(reader, '张*');
    await see(reader, '书面意见');
    const authors = await reader.locator('.card-title').filter({ visible: true }).allTextContents();
    expect(authors).toEqual(expect.arrayContaining(['张*', '刘*', '黄*']));
    expect(authors.some((a) => ['张伟', '刘芳', '黄丽'].includes(a))).toBe(false);
    await reader.context().close();
  });
});
