import jsQR from 'jsqr';
import { PNG as PngImage } from 'pngjs';
import type { ConsultationDoc, GrantDoc, MemberDoc } from '../../cloudfunctions/core/docs';
import { browserAvailable, loginAs, openSession, openTab, see, tap, visible, type Session } from './browser';

jest.setTimeout(600_000);
const suite = browserAvailable() ? describe : describe.skip;

const WANG = 'demo-wang-jianguo'; // committee: prints the notice
const ZHANG = 'demo-zhang-wei'; // resident: follows a consultation and hears of it
const VISITOR = 'demo-visitor'; // has joined nothing: scans the code on the board
/** The seeded notice: announced, a meeting of all residents. */
const PARKING = '小区公共停车位设定及管理办法';

/** What a phone's camera would read from the code: the poster's own image, decoded. */
function decodeQr(dataUrl: string): string | null {
  const png = PngImage.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

suite('notices out in Chromium against the local host', () => {
  let session: Session;
  let now = Date.now();
  beforeAll(async () => {
    session = await openSession({ clock: () => now });
  });
  afterAll(() => session?.close());

  const parking = async () => (await session.host.store.find<ConsultationDoc>('consultations', { 'plan.title': PARKING }))[0];
  const openDetail = async (page: import('playwright-core').Page, id: string) => {
    await page.goto(`${session.host.url}/#/consultation/detail/index?id=${id}`);
    await page.reload();
  };

  it('prints an A4 notice whose code opens the consultation, for a member and for someone who has not joined', async () => {
    const { _id: id } = await parking();
    const wang = await loginAs(session, WANG);
    await openDetail(wang, id);
    await see(wang, '协商进程');
    await tap(wang, '打印公告');

    const sheet = wang.locator('.poster-sheet').filter({ visible: true });
    await sheet.waitFor();
    await see(wang, '公  告');
    expect(await sheet.locator('.poster-title').innerText()).toBe(PARKING);
    for (const text of ['协商时间', '协商地点', '社区党群服务中心二楼会议室', '主持人', '幸福里社区居民委员会', '扫码打开议题页面']) {
      await visible(wang, text).waitFor();
    }
    await visible(wang, '打印公告').waitFor(); // the print button below the sheet
    // On paper: A4, and nothing but the sheet.
    await wang.emulateMedia({ media: 'print' });
    expect(await wang.locator('.poster-actions').filter({ visible: true }).count()).toBe(0);
    expect(await sheet.isVisible()).toBe(true);
    await wang.emulateMedia({ media: 'screen' });

    const src = await sheet
      .locator('.poster-code img, img.poster-code, .poster-code')
      .first()
      .evaluate((el) => {
        const img = el instanceof HTMLImageElement ? el : el.querySelector('img');
        return img?.src ?? '';
      });
    const target = decodeQr(src);
    expect(target).toBe(`${session.host.url}/#/consultation/detail/index?id=${id}&communityId=${(await parking()).communityId}`);

    // A resident scanning it lands on the consultation.
    const zhang = await loginAs(session, ZHANG);
    await zhang.goto(target!);
    await zhang.reload();
    await see(zhang, '协商进程');
    await visible(zhang, PARKING).waitFor();

    // A code printed before the detail page moved into its subpackage names the old address; it
    // still opens the consultation, at the page's new address.
    await zhang.goto(target!.replace('#/consultation/detail/index', '#/pages/consultation/index'));
    await zhang.reload();
    await zhang.waitForURL(/#\/consultation\/detail\/index\?.*\bid=/);
    await see(zhang, '协商进程');
    await visible(zhang, PARKING).waitFor();

    // Someone who has not joined sees the public record, and is invited to join.
    const visitor = await loginAs(session, VISITOR);
    await visitor.goto(target!);
    await visitor.reload();
    await visitor.waitForURL(/board\/item\/index/);
    await visible(visitor, PARKING).waitFor();
  });

  it('lets a resident follow a consultation, reminds them before the meeting, and shows the message with an unread badge', async () => {
    const c = await parking();
    const zhang = await loginAs(session, ZHANG);
    await openDetail(zhang, c._id);
    await tap(zhang, '关注此议题');
    await see(zhang, '已关注（取消关注）');
    const member = (await session.host.store.find<MemberDoc>('members', { openid: ZHANG }))[0];
    const grants = await session.host.store.find<GrantDoc>('grants', { memberId: member._id });
    expect(grants.map((g) => [g.template, g.remaining]).sort()).toEqual([
      ['notice', 1],
      ['result', 1],
      ['vote', 1],
    ]);

    // Half a day before the meeting, the scheduler reminds those who have not responded: 张伟 among them.
    now = c.plan.schedule!.startsAt! - 12 * 3_600_000;
    const res = await fetch(`${session.host.url}/demo/scheduler`, { method: 'POST' });
    expect((await res.json()).data.reminders.meeting.changed).toBeGreaterThan(0);

    // The local sender recorded the WeChat message it would have sent him.
    const log = await (await fetch(`${session.host.url}/demo/messages`)).text();
    const row = new RegExp(`<tr data-id="${c._id}:remind:meeting:${member._id}" data-state="sent">[\\s\\S]*?</tr>`).exec(log)?.[0] ?? '';
    expect(row).toContain('张伟');
    expect(row).toContain('会议提醒');
    expect(row).toContain('已发送');
    expect(row).toContain('thing1');

    // In the app: the 我的 tab carries the unread count; the message is in 我的 → 消息.
    await openTab(zhang, '议事');
    await zhang.reload();
    const badge = zhang.locator('.weui-tabbar__item').filter({ hasText: '我的' }).locator('.weui-badge');
    await badge.waitFor();
    const unread = Number(await badge.innerText());
    expect(unread).toBeGreaterThan(0);
    await openTab(zhang, '我的');
    await tap(zhang, `消息（${unread} 条未读）`);
    await see(zhang, '会议提醒');
    await see(zhang, `协商即将开始：${PARKING}`);
    await tap(zhang, '全部已读');
    await openTab(zhang, '我的');
    await see(zhang, '消息');
    expect(await badge.isVisible()).toBe(false);
  });
});
