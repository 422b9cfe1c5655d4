import type { Page } from 'playwright-core';
import { browserAvailable, loginAs, openSession, see, type Session } from './browser';

jest.setTimeout(180_000);
const suite = browserAvailable() ? describe : describe.skip;

const TITLE = { name: '例如：2号楼加装电梯方案' };

/** From home, as a committee member: 发起协商, pick a catalogue item, type the title. */
async function startDraft(page: Page, category: string, item: string, title: string) {
  await page.getByText('发起协商').click();
  await page.getByText(category).click();
  await page.getByText(item).click();
  await page.getByRole('textbox', TITLE).fill(title);
}

/** 发布公告, then yes in the confirmation. */
async function publish(page: Page) {
  await page.getByText('发布公告', { exact: true }).last().click();
  await page.getByText('确定发布', { exact: true }).click();
}

suite('in Chromium against the local host', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('a resident opens home, opens a consultation and reads its notice', async () => {
    const page = await loginAs(session, 'demo-zhang-wei');
    await see(page, '幸福里社区');
    await see(page, '即将召开');
    await see(page, '已结束');
    expect(await page.getByText('发起协商').count()).toBe(0);
    await page.getByText('小区公共停车位设定及管理办法').click();
    await see(page, '拟在东侧空地划定公共停车位');
    await see(page, '社区党群服务中心二楼会议室');
    await see(page, '公示期至');
    await see(page, '协商进程');
    expect(await page.getByText('委员会操作').count()).toBe(0);
    await page.context().close();
  });

  it('a resident sees who they are on 我的', async () => {
    const page = await loginAs(session, 'demo-liu-fang');
    await page.getByText('我的', { exact: true }).last().click();
    await see(page, '刘芳');
    await see(page, '居民');
    await see(page, '已认证');
    await page.context().close();
  });

  it('a visitor who has not joined is told so', async () => {
    const page = await loginAs(session, 'demo-visitor');
    await see(page, '您还不是本社区的成员');
    await page.getByText('我的', { exact: true }).last().click();
    await see(page, '您还没有加入社区');
    await page.context().close();
  });

  it('a committee member creates a draft from the catalogue and publishes it; residents then see it', async () => {
    const committee = await loginAs(session, 'demo-wang-jianguo');
    await startDraft(committee, '公益事业类', '门禁改造、视频监控、电子快递柜、充电桩设立', '东门增设电动自行车充电桩');
    await committee.getByRole('textbox', { name: '为什么要协商这件事' }).fill('楼道充电有火灾隐患，拟在东门增设集中充电桩，商议位置与收费。');
    await committee.getByText('会议', { exact: true }).click();
    await committee.getByRole('textbox', { name: '会议或听证的地点' }).fill('社区党群服务中心二楼会议室');
    await committee.getByRole('textbox', { name: '主持人姓名' }).fill('王建国');
    await committee.getByText('全体居民', { exact: true }).click();
    await publish(committee);
    await see(committee, '东门增设电动自行车充电桩');
    await see(committee, '公示中');
    await see(committee, '公告发布');

    const resident = await loginAs(session, 'demo-chen-jing');
    await see(resident, '即将召开');
    await resident.getByText('东门增设电动自行车充电桩').click();
    await see(resident, '楼道充电有火灾隐患');
    await committee.context().close();
    await resident.context().close();
  });

  it('publishing an incomplete plan keeps what was typed and says what is missing', async () => {
    const page = await loginAs(session, 'demo-li-xiuying');
    await startDraft(page, '为民服务类', '邻里纠纷调处', '3号楼噪音纠纷调处');
    // Checked before anything is asked: no confirmation for a plan that cannot be published.
    await page.getByText('发布公告', { exact: true }).last().click();
    await see(page, '草稿已保存，发布前还需填写：背景说明、协商形式');
    expect(await page.getByRole('textbox', TITLE).inputValue()).toBe('3号楼噪音纠纷调处');
    await page.context().close();
  });
});
