import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { adultOn, toChinaDateTimeParts } from '@shared';
import type { RosterEntryDoc } from '../../cloudfunctions/core/docs';
import { householdOf } from '../../cloudfunctions/core/register/people';
import { HAPPY } from '../../cloudfunctions/local/seed/registry';
import { communityCounts, makeCommunityRegister } from '../fixtures/make-register';
import { browserAvailable, chip, confirmWith, loginAs, openSession, openTab, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(240_000);
const suite = browserAvailable() ? describe : describe.skip;

const COUNT_LABELS = ['在册人数', '今日年满18周岁', '户数', '已使用小程序', '出生日期待确认', '已迁出／已故'] as const;
type Counts = Record<(typeof COUNT_LABELS)[number], number>;

/** What 名册概况 ought to say, counted from the store itself rather than taken from the page. */
async function countsInStore(session: Session): Promise<Counts> {
  const everyone = await session.host.store.find<RosterEntryDoc>('roster', { communityId: HAPPY });
  const today = toChinaDateTimeParts(Date.now()).date;
  const current = everyone.filter((p) => (p.status ?? 'current') === 'current');
  return {
    在册人数: current.length,
    今日年满18周岁: current.filter((p) => adultOn(p.birth, today) === 'adult').length,
    户数: new Set(current.map(householdOf)).size,
    已使用小程序: current.filter((p) => p.memberId !== undefined).length,
    出生日期待确认: current.filter((p) => adultOn(p.birth, today) === 'unknown').length,
    '已迁出／已故': everyone.length - current.length,
  };
}

async function countsShown(page: Page): Promise<Counts> {
  const card = page.locator('.card', { hasText: '名册概况' }).filter({ visible: true }).first();
  const shown = {} as Counts;
  for (const label of COUNT_LABELS) {
    const value = await card
      .locator('.kv', { has: page.locator('.kv-key', { hasText: new RegExp(`^${label}$`) }) })
      .locator('.kv-value')
      .innerText();
    shown[label] = Number(/^\d+/.exec(value)?.[0]);
  }
  return shown;
}

/** The page reloads its counts when shown again: waits for them to match the store, then holds them to it. */
async function expectCountsAsStored(page: Page, session: Session): Promise<Counts> {
  const stored = await countsInStore(session);
  await see(page, '名册概况');
  for (let tries = 0; tries < 30 && JSON.stringify(await countsShown(page)) !== JSON.stringify(stored); tries++) await page.waitForTimeout(500);
  expect(await countsShown(page)).toEqual(stored);
  return stored;
}

/**
 * The community's register as the committee keeps it, with two things the import must cope with:
 * the birth column headed in a way it does not know (公历生日), and a 合计 row at the foot.
 */
async function registerWorkbook(): Promise<string> {
  const workbook = new Workbook();
  await workbook.xlsx.load((await makeCommunityRegister()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('居民花名册')!;
  sheet.getRow(2).eachCell((cell) => {
    if (cell.value === '出生日期') cell.value = '公历生日';
  });
  sheet.addRow(['合计', `${communityCounts.persons}人`]);
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'xieshang-register-')), '幸福里居民名册.xlsx');
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

suite('the register in Chromium against the local host', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('the committee reads the counts, imports a register with an unknown column, adds a person, finds an elder by pinyin initials and marks her 迁出; the supervisor only reads', async () => {
    const wang = await loginAs(session, 'demo-wang-jianguo');
    await openTab(wang, '我的');
    await tap(wang, '名册');
    const seeded = await expectCountsAsStored(wang, session);
    expect(seeded).toMatchObject({ 在册人数: 17, 已使用小程序: 15 });

    // Import: the unknown header is given its meaning, checked again, and imported with it.
    await tap(wang, '导入名册');
    const [chooser] = await Promise.all([wang.waitForEvent('filechooser'), tap(wang, '选择 Excel 文件')]);
    await chooser.setFiles(await registerWorkbook());
    await see(wang, '无法识别的列（1）');
    await see(wang, '列名“公历生日”');
    await chip(wang, '出生日期').click();
    await tap(wang, '按所选含义重新检查（已选 1 列）');
    await see(wang, '已按所选含义读取的列');
    await see(wang, '待确认的行（1）');
    await see(wang, '身份证号校验不通过，未据此确定出生日期');
    await see(wang, '跳过的行（1）');
    await see(wang, '合计行，已跳过');
    expect(await visible(wang, '无法识别的列').count()).toBe(0);
    await tap(wang, '确认导入');
    await confirmWith(wang, '确定导入');
    await see(wang, '导入完成');
    await wang.goBack();
    const imported = await expectCountsAsStored(wang, session);
    expect(imported.在册人数).toBeGreaterThan(seeded.在册人数);
    expect(imported.户数).toBeGreaterThan(seeded.户数);
    expect(imported['已迁出／已故']).toBeGreaterThan(seeded['已迁出／已故']);

    // 新增人员: the server's message stands under each box left empty, and the name typed stays.
    await tap(wang, '新增人员');
    await textbox(wang, '请填写姓名').fill('何桂兰');
    await tap(wang, '登记');
    await see(wang, '请填写楼栋或村民小组');
    await see(wang, '请填写房号或户号');
    expect(await textbox(wang, '请填写姓名').inputValue()).toBe('何桂兰');
    await textbox(wang, '例如：3号楼').fill('8栋');
    await textbox(wang, '例如：101').fill('102室');
    await wang.getByRole('spinbutton', { name: '如1956' }).filter({ visible: true }).fill('1950');
    await tap(wang, '登记');
    await see(wang, '名册概况');
    const added = await expectCountsAsStored(wang, session);
    expect(added.在册人数).toBe(imported.在册人数 + 1);

    // An elder found by the initials of her name; her birth came from the column mapped above.
    await wang.getByRole('searchbox', { name: '姓名、住址或拼音首字母' }).filter({ visible: true }).fill('qyf');
    await see(wang, '找到 1 人');
    await visible(wang, '钱玉芬', true).click();
    await see(wang, '出生：1951年5月20日 · 已满18周岁');

    // 迁出 today, confirmed: she leaves the 在册 list and stands under 已迁出或已故 with the day.
    await tap(wang, '标记迁出');
    await confirmWith(wang, '确定标记');
    await see(wang, '没有找到“qyf”');
    await chip(wang, '已迁出或已故').click();
    const today = toChinaDateTimeParts(Date.now()).date;
    await see(wang, `已迁出（${today}）`);
    const [qian] = await session.host.store.find<RosterEntryDoc>('roster', { communityId: HAPPY, name: '钱玉芬' });
    expect(qian).toMatchObject({ status: 'moved_out', leftOn: today });
    const marked = await expectCountsAsStored(wang, session);
    expect(marked['已迁出／已故']).toBe(added['已迁出／已故'] + 1);
    await wang.context().close();

    // The supervisory committee reads the same counts, with nothing to add or change.
    const zhao = await loginAs(session, 'demo-zhao-deming');
    await openTab(zhao, '我的');
    await tap(zhao, '名册');
    await expectCountsAsStored(zhao, session);
    await see(zhao, '监督委员会可以查阅名册');
    await see(zhao, '何桂兰');
    expect(await visible(zhao, '新增人员').count()).toBe(0);
    expect(await visible(zhao, '导入名册').count()).toBe(0);
    expect(await visible(zhao, '更正或标记迁出 ›').count()).toBe(0);
    await zhao.context().close();
  });
});
