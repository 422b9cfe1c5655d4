import { belowFloors, STANDARD } from './floors';
import { browserAvailable, chip, loginAs, openSession, see, tap, textbox, type Session } from './browser';

jest.setTimeout(180_000);
const suite = browserAvailable() ? describe : describe.skip;

const NOTE = '本街道：需先征求物业意见';

suite('a street’s own catalogue, in Chromium against the local host', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('何静 adds a matter with a note; 王建国 of 幸福里 finds it and its note when drafting', async () => {
    const officer = await loginAs(session, 'demo-he-jing');
    await tap(officer, '进入街道工作台');
    await tap(officer, '协商事项目录');
    await see(officer, '目录版本：省级目录');
    await chip(officer, '为民服务类').click();
    await textbox(officer, '如：老旧小区加装电梯').fill('老旧小区加装电梯');
    await textbox(officer, '如：本街道：需先征求物业意见').fill(NOTE);
    await tap(officer, '新增事项');
    await see(officer, '目录版本：和平街道 第1版');
    await see(officer, `本街道说明：${NOTE}`);
    await see(officer, '第1版 · 新增事项：老旧小区加装电梯');
    // The new page keeps the floors older eyes and fingers need, controls and all.
    expect(await belowFloors(officer, STANDARD)).toEqual([]);
    await officer.context().close();

    const committee = await loginAs(session, 'demo-wang-jianguo');
    await committee.getByText('发起协商').click();
    await see(committee, '目录：和平街道 第1版');
    await chip(committee, '为民服务类').click();
    await see(committee, `老旧小区加装电梯——本街道说明：${NOTE}`);
    await chip(committee, '老旧小区加装电梯').click();
    await see(committee, '已选：老旧小区加装电梯（为民服务类）');
    await see(committee, `本街道说明：${NOTE}`);
    // The title starts from the matter's name; the saved draft keeps the street's matter.
    await tap(committee, '保存草稿');
    await see(committee, '草稿已保存');
    await committee.waitForURL(/committee\/draft\/index\?id=/);
    await see(committee, '已选：老旧小区加装电梯（为民服务类）');
    await committee.context().close();
  });
});
