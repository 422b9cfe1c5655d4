import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ConsultationDoc, TallyDoc } from '../../cloudfunctions/core/docs';
import { noCounts, VOTE_CLOSE_GRACE_MS } from '@shared';
import { PNG } from '../support/harness';
import { addPhoto, browserAvailable, castVote, chip, confirmWith, loginAs, openSession, openTab, see, tap, textbox, visible, type Session } from './browser';

jest.setTimeout(240_000);
const suite = browserAvailable() ? describe : describe.skip;

const ADS = '小区公共部位广告招租收益使用';

/** From home, the consultation's vote screen. */
async function openVoteScreen(page: Page) {
  await openTab(page, '议事');
  await tap(page, ADS);
  await visible(page, '去投票').or(visible(page, '查看表决')).click();
  // The question is on the detail page too: wait for the vote screen itself.
  await page.waitForURL(/vote\/index\/index/);
  await page.locator('.next-step').filter({ visible: true }).waitFor({ state: 'hidden' });
  await see(page, '广告收益用于增设小区健身器材和楼道照明');
}

/** From the vote screen: finds the elector by `query`, and enters their signed paper ballot (同意) with its photo. */
async function enterPaperBallot(page: Page, query: string, elector: string, photo: string) {
  await tap(page, '录入纸质选票');
  await textbox(page, '输入姓名、住址或拼音首字母查找').fill(query);
  await page.locator('.card', { hasText: elector }).filter({ visible: true }).first().click();
  await chip(page, '同意').click();
  await addPhoto(page, photo);
  await tap(page, '预览');
  await tap(page, '确认录入');
  await confirmWith(page, '确定录入');
  await see(page, `已为 ${elector} 录入纸质选票`);
}

suite('voting in Chromium against the local host', () => {
  let session: Session;
  let now = Date.now();
  let photo: string;
  beforeAll(async () => {
    session = await openSession({ clock: () => now });
    photo = path.join(await mkdtemp(path.join(os.tmpdir(), 'xieshang-ballot-')), '签字选票.png');
    await writeFile(photo, PNG);
  });
  afterAll(() => session?.close());

  it('residents vote, one changes their vote, a paper ballot is entered, the vote closes and the sealed result explains itself', async () => {
    const wang = await loginAs(session, 'demo-wang-jianguo');
    await openVoteScreen(wang);
    await see(wang, '开始表决');

    // The scheduler's run began the electorate at the opening time and was cut short: the screen says
    // so, and the committee's tap goes on with it (from the register as it now is) and opens the vote.
    const ads = (await session.host.store.find<ConsultationDoc>('consultations', { 'plan.title': ADS }))[0];
    const begun: TallyDoc = {
      _id: ads._id,
      communityId: ads.communityId,
      consultationId: ads._id,
      round: 1,
      rule: ads.plan.vote!.rule,
      secret: false,
      electors: 17,
      areaTotal: 0,
      status: 'preparing',
      preparing: { written: 0, digest: 'of a register since changed', startedAt: now, leaseUntil: 0 },
      counters: { agree: 0, disagree: 0, abstain: 0, agreeArea: 0, disagreeArea: 0, abstainArea: 0 },
      openedAt: now,
    };
    await session.host.store.insert('tallies', begun);
    await wang.reload();
    await see(wang, '正在生成选民名单');
    await tap(wang, '继续生成选民名单');
    await see(wang, '请投票');

    const zhang = await loginAs(session, 'demo-zhang-wei');
    await openVoteScreen(zhang);
    await castVote(zhang, '同意');
    await castVote(zhang, '反对'); // changes their mind before the close

    for (const persona of ['demo-chen-jing', 'demo-yang-lei', 'demo-huang-li', 'demo-zhou-qiang', 'demo-wu-min', 'demo-xu-jun']) {
      const resident = await loginAs(session, persona);
      await openVoteScreen(resident);
      await castVote(resident, '同意');
      await resident.context().close();
    }

    // 刘芳 handed in a signed paper ballot: the committee enters it with a photo of it.
    await wang.reload();
    await see(wang, '录入纸质选票');
    await enterPaperBallot(wang, '刘芳', '刘芳（1号楼2单元202）', photo);

    // 郑华 never joined the app, but he is on the register: an elector, found by the initials of his name.
    await wang.goto(`${session.host.url}/#/vote/index/index?consultationId=${ads._id}`);
    await enterPaperBallot(wang, 'zh', '郑华（3号楼1单元101）', photo);

    // 刘芳 confirms the entered ballot is hers (the dialog's button is the last of that name).
    const liu = await loginAs(session, 'demo-liu-fang');
    await openVoteScreen(liu);
    await see(liu, '委员会为您录入的选票');
    await tap(liu, '确认属实');
    await liu.getByText('确认属实', { exact: true }).filter({ visible: true }).last().click();
    await see(liu, '本人已确认');
    await liu.context().close();

    // Time passes to the close; the committee closes and the tally is sealed.
    now = ads.plan.vote!.closesAt + VOTE_CLOSE_GRACE_MS + 1000;
    await wang.goto(`${session.host.url}/#/vote/index/index?consultationId=${ads._id}`);
    await see(wang, '关闭表决并计票');

    // The scheduler's run began the count and was cut short: the screen says it is counting, and the committee's tap goes on with it.
    const counting = { cursor: '', by: noCounts(), rejected: [], ballots: 0, startedAt: now };
    await session.host.store.update('tallies', { _id: ads._id, status: 'open' }, { set: { status: 'counting', counting } });
    await wang.reload();
    await see(wang, '正在计票');
    await tap(wang, '继续计票');
    // Eight app users alone were 8 of the register's 17: 郑华's paper ballot made it a quorum.
    await see(wang, '参与表决人数 53.0% > 1/2；同意人数 88.9% > 1/2。表决通过');
    // 9 of 17 is 52.94…%: the bar rounds it as the explanation does, towards the verdict, and says so.
    await see(wang, '9 / 17 人（53.0%）');
    await see(wang, '按结论方向取舍');

    // Everyone sees the sealed result and its explanation.
    await zhang.reload();
    await openVoteScreen(zhang);
    await see(zhang, '表决通过');
    await see(zhang, '同意人数 88.9% > 1/2');
    // The legal words explain themselves where they are read: under the rule, the result's signs and 应到.
    const card = (text: string) => zhang.locator('.card').filter({ hasText: text }).filter({ visible: true }).first();
    await card('怎样通过').getByText('过半数：超过一半；正好一半不算').waitFor();
    await card('同意人数 88.9% > 1/2').getByText('“>”：大于，要比后面的数多；正好相等不算').waitFor();
    await card('应到 17 人').getByText('应到：名册上有资格参加这次表决的人数').waitFor();
    await see(zhang, '您的表决：反对（网上）');
    await wang.context().close();
    await zhang.context().close();
  });
});
