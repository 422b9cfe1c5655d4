import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { BallotDoc, ConsultationDoc, TallyDoc } from '../../cloudfunctions/core/docs';
import { PNG } from '../support/harness';
import { addPhoto, browserAvailable, chip, confirmWith, loginAs, openSession, openTab, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(240_000);
const suite = browserAvailable() ? describe : describe.skip;

const ADS = '小区公共部位广告招租收益使用';
const PARKING = '小区公共停车位设定及管理办法';

/** From 我的, 为家人代办, and one of the consultation's tasks there. */
async function openFamilyTask(page: Page, title: string, task: '代提意见' | '代为表决') {
  await openTab(page, '我的');
  await tap(page, '为家人代办');
  await see(page, '可以为这些家人代办');
  await page.locator('.card', { hasText: title }).filter({ visible: true }).first().getByText(task, { exact: true }).click();
}

/** From home, the consultation's vote screen. */
async function openVoteScreen(page: Page) {
  await openTab(page, '议事');
  await tap(page, ADS);
  await visible(page, '去投票').or(visible(page, '查看表决')).click();
  await page.waitForURL(/vote\/index\/index/);
  await see(page, '广告收益用于增设小区健身器材和楼道照明');
}

suite('家人代办 in Chromium against the local host', () => {
  let session: Session;
  let photo: string;
  beforeAll(async () => {
    session = await openSession();
    photo = path.join(await mkdtemp(path.join(os.tmpdir(), 'xieshang-family-')), '委托书.png');
    await writeFile(photo, PNG);
  });
  afterAll(() => session?.close());

  it('吴敏 enters 徐军’s opinion and, once the committee confirmed the 委托书, his ballot; he disputes it and casts his own, which counts instead', async () => {
    // The committee opens the vote.
    const ads = (await session.host.store.find<ConsultationDoc>('consultations', { 'plan.title': ADS }))[0];
    const wang = await loginAs(session, 'demo-wang-jianguo');
    await wang.goto(`${session.host.url}/#/vote/index/index?consultationId=${ads._id}`);
    await wang.reload();
    await tap(wang, '开始表决');
    await confirmWith(wang, '确定开始');
    await see(wang, '请投票');
    await see(wang, '家人委托书待确认');

    // 吴敏 enters the opinion of 徐军, of her 户, on the parking consultation (the vote's talking is over): it shows 家人代办.
    const wu = await loginAs(session, 'demo-wu-min');
    await openFamilyTask(wu, PARKING, '代提意见');
    await chip(wu, '徐军').click();
    await chip(wu, '支持').click();
    await textbox(wu, '请照家人的原意写下意见').fill('老徐说：广告收益用来修健身器材，他赞成。');
    await tap(wu, '代为提交');
    await confirmWith(wu, '确定提交');
    await see(wu, '已代为提交');
    await see(wu, '家人代办：由家人 吴敏 代为提交 · 待本人确认');

    // She uploads the signed 委托书 for his ballot: it waits for the committee.
    await tap(wu, '返回');
    await wu.locator('.card', { hasText: ADS }).filter({ visible: true }).first().getByText('代为表决', { exact: true }).click();
    await see(wu, '请拍摄家人签字的委托书，委员会核对后才能代为投票');
    await addPhoto(wu, photo);
    await tap(wu, '上传委托书');
    await see(wu, '委托书：等待委员会确认');

    // The committee sees it on the vote screen, with the photo, and confirms it.
    await wang.reload();
    await see(wang, '家人委托书待确认（1 份）');
    await see(wang, '受托家人 吴敏');
    await tap(wang, '确认委托书');
    await confirmWith(wang, '确认有效');
    await see(wang, '没有等待确认的家人委托书');

    // 吴敏 casts 徐军's ballot: it shows 家人代办, and what she chose (the vote is not secret).
    await wu.reload();
    await openFamilyTask(wu, ADS, '代为表决');
    await see(wu, '委托书：委员会已确认');
    await wu
      .locator('.vote-choice', { hasText: /^同意$/ })
      .filter({ visible: true })
      .click();
    await confirmWith(wu, '确定投票');
    await see(wu, '选票：由您代投 · 同意 · 待本人确认');
    await see(wu, '家人代办');
    await wu.context().close();

    // 徐军 finds the opinion in 我的意见 as his own, marked 家人代办, for him to confirm.
    const xu = await loginAs(session, 'demo-xu-jun');
    await openTab(xu, '我的');
    await tap(xu, '我的意见（1 条代录待确认）');
    await see(xu, '家人代办：由家人 吴敏 代为提交 · 待本人确认');
    await see(xu, '老徐说：广告收益用来修健身器材，他赞成。');

    // He sees 家人代办 on his ballot, disputes it, and casts his own.
    await openVoteScreen(xu);
    await see(xu, '家人代办，由 吴敏 代投，待您确认');
    await tap(xu, '有异议');
    await textbox(xu, '请说明哪里与您的意愿不符（必填）').fill('我想自己投反对');
    await tap(xu, '提交异议');
    await confirmWith(xu, '确定提交');
    await see(xu, '本人有异议');
    await xu
      .locator('.vote-choice', { hasText: /^反对$/ })
      .filter({ visible: true })
      .click();
    await confirmWith(xu, '确定反对');
    await see(xu, '✓ 反对（当前选择）');

    // His own choice counts, once; 吴敏's proxy ballot is gone from the count.
    const ballots = await session.host.store.find<BallotDoc>('ballots', { consultationId: ads._id });
    expect(ballots).toEqual([expect.objectContaining({ channel: 'online', choice: 'disagree' })]);
    const tally = (await session.host.store.get<TallyDoc>('tallies', ads._id))!;
    expect(tally.counters).toMatchObject({ agree: 0, disagree: 1, abstain: 0 });
    await wang.reload();
    await see(wang, '已投 1 / 选民 17');
    await xu.context().close();
    await wang.context().close();
  });
});
