import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAvailable, loginAs, openSession, see, visible, type Session } from './browser';

jest.setTimeout(180_000);
const suite = browserAvailable() ? describe : describe.skip;

const tap = (page: Page, text: string) => visible(page, text, true).click();
const fill = (page: Page, placeholder: string, value: string) => page.getByRole('textbox', { name: placeholder }).filter({ visible: true }).first().fill(value);

async function openTab(page: Page, tab: '议事' | '公示' | '我的') {
  await page.locator('.weui-tabbar__label', { hasText: tab }).click();
}

/** From 我的, as someone who has not joined: the invite code, then name, address and tenure. */
async function askToJoin(page: Page, name: string, address: [string, string, string]) {
  await openTab(page, '我的');
  // 议事 offers 加入社区 too: wait for 我的's own before tapping.
  await see(page, '您还没有加入社区');
  await tap(page, '加入社区');
  await fill(page, '请输入邀请码', 'xfl2026');
  await tap(page, '下一步');
  await see(page, '您将加入：幸福里社区（社区）');
  await fill(page, '请填写真实姓名', name);
  await fill(page, '例如：3号楼', address[0]);
  await fill(page, '例如：1单元', address[1]);
  await fill(page, '例如：101', address[2]);
  await tap(page, '业主');
  await tap(page, '提交申请');
  await see(page, '入社申请审核中');
}

/** As a committee member: 我的 → 成员审核与管理, at the card of this person's request. */
async function openRequest(page: Page, name: string) {
  await openTab(page, '我的');
  await visible(page, '成员审核与管理').click();
  await see(page, '待审核申请');
  return page
    .locator('.card', { has: page.locator('.card-title', { hasText: name }) })
    .filter({ visible: true })
    .first();
}

suite('membership in Chromium against the local host', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('a newcomer joins with the invite code, the committee approves, and they open a consultation as a resident', async () => {
    const newcomer = await loginAs(session, 'demo-newcomer');
    await see(newcomer, '您还不是本社区的成员');
    await askToJoin(newcomer, '郑华', ['3号楼', '1单元', '101']);

    const committee = await loginAs(session, 'demo-wang-jianguo');
    const request = await openRequest(committee, '郑华');
    await request.getByText('花名册：✓ 在册').waitFor();
    await request.getByText('房屋台账：已登记 3号楼1单元101').waitFor();
    await request.getByText('通过', { exact: true }).click();
    await see(committee, '已通过 郑华 的入社申请');

    await newcomer.reload();
    await openTab(newcomer, '我的');
    await see(newcomer, '已认证');
    await openTab(newcomer, '议事');
    await tap(newcomer, '小区公共停车位设定及管理办法');
    await see(newcomer, '拟在东侧空地划定公共停车位');
    await see(newcomer, '公示期至');
    await newcomer.context().close();
    await committee.context().close();
  });

  it('a rejected applicant reads the reason and cannot open a consultation', async () => {
    const visitor = await loginAs(session, 'demo-visitor');
    await askToJoin(visitor, '冒名者', ['1号楼', '1单元', '101']);

    const committee = await loginAs(session, 'demo-li-xiuying');
    const request = await openRequest(committee, '冒名者');
    await request.getByText('不通过', { exact: true }).click();
    await request.getByRole('textbox', { name: '请填写不通过的原因' }).fill('该房屋的登记业主不是您，请到居委会核实');
    await request.getByText('确认不通过', { exact: true }).click();
    await see(committee, '已将 冒名者 的申请设为不通过');

    await visitor.reload();
    await openTab(visitor, '我的');
    await see(visitor, '入社申请未通过');
    await see(visitor, '该房屋的登记业主不是您，请到居委会核实');
    await openTab(visitor, '议事');
    await see(visitor, '您还不是本社区的成员');
    await visitor.goto(`${session.host.url}/#/consultation/detail/index?id=c-seed-lights`);
    await see(visitor, '您还不是本社区的成员');
    expect(await visible(visitor, '楼道照明亮化改造').count()).toBe(0);
    await visitor.context().close();
    await committee.context().close();
  });

  it('the committee imports the roster workbook and sees the bad rows before anything is written', async () => {
    const committee = await loginAs(session, 'demo-wang-jianguo');
    await openTab(committee, '我的');
    await visible(committee, '导入花名册').click();
    const [chooser] = await Promise.all([committee.waitForEvent('filechooser'), tap(committee, '选择 Excel 文件')]);
    await chooser.setFiles(path.resolve(__dirname, '../fixtures/roster-xingfuli.xlsx'));
    await see(committee, '有误的行（9）');
    await see(committee, '面积“abc”不是有效数字');
    // A 身份 the import cannot read keeps the row, marked for the committee to confirm.
    await see(committee, '待确认的行（1）');
    await see(committee, '身份“房东”应为业主或租户，未记录');
    await tap(committee, '确认导入');
    await committee.getByText('确定导入', { exact: true }).filter({ visible: true }).click();
    await see(committee, '导入完成');
    await committee.context().close();
  });
});
