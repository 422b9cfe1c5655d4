import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { makeDocx, makePdf } from '../support/documents';
import { browserAvailable, loginAs, openSession, see, tap, visible, type Session } from './browser';

jest.setTimeout(180_000);
const suite = browserAvailable() ? describe : describe.skip;

const CONVENTION = '停车管理公约（草案）.pdf';

/** Picks files through the page's own 添加附件 chooser, as a committee member choosing from a computer would. */
async function attach(page: Page, ...files: string[]) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, '添加附件')]);
  await chooser.setFiles(files);
}

suite('attachments in Chromium against the local host', () => {
  let session: Session;
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-attach-'));
    await writeFile(file(CONVENTION), makePdf('Parking convention, draft'));
    await writeFile(file('公约.pdf'), makeDocx()); // a Word file renamed
    await writeFile(file('会议记录.txt'), '不是可以附上的格式');
    await writeFile(file('扫描件.pdf'), Buffer.concat([makePdf(), Buffer.alloc(21 * 1024 * 1024)]));
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the committee attaches a PDF to a new plan and publishes; a resident opens it under its own name', async () => {
    const committee = await loginAs(session, 'demo-wang-jianguo');
    await committee.getByText('发起协商').click();
    await committee.getByText('公益事业类').click();
    await committee.getByText('门禁改造、视频监控、电子快递柜、充电桩设立').click();
    await committee.getByRole('textbox', { name: '例如：2号楼加装电梯方案' }).fill('地面停车管理公约');
    await committee.getByRole('textbox', { name: '为什么要协商这件事' }).fill('公约草案见附件，请居民阅读后发表意见。');
    await attach(committee, file(CONVENTION));
    await see(committee, '✓ 已上传');
    await committee.getByText('会议', { exact: true }).click();
    await committee.getByRole('textbox', { name: '会议或听证的地点' }).fill('社区党群服务中心二楼会议室');
    await committee.getByRole('textbox', { name: '主持人姓名' }).fill('王建国');
    await committee.getByText('全体居民', { exact: true }).click();
    await committee.getByText('发布公告', { exact: true }).last().click();
    await committee.getByText('确定发布', { exact: true }).click();
    await see(committee, '公示中');
    await see(committee, CONVENTION);
    await committee.context().close();

    const resident = await loginAs(session, 'demo-chen-jing');
    await resident.getByText('地面停车管理公约').click();
    await see(resident, '附件（1）');
    await see(resident, 'PDF · ');
    const link = resident.locator('a.attachment', { hasText: CONVENTION }).filter({ visible: true });
    const [response] = await Promise.all([resident.context().waitForEvent('response', (r) => r.url().includes('/files/')), link.click()]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const disposition = response.headers()['content-disposition'];
    expect(disposition).toMatch(/^inline; /);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(CONVENTION);
    await resident.context().close();
  });

  it('refuses a file of the wrong kind or too large before sending it, and a renamed one when it arrives, saying which', async () => {
    const committee = await loginAs(session, 'demo-li-xiuying');
    const uploads: string[] = [];
    committee.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/files') uploads.push(decodeURIComponent(new URL(r.url()).searchParams.get('name') ?? ''));
    });
    await committee.getByText('发起协商').click();
    await attach(committee, file('会议记录.txt'), file('扫描件.pdf'), file('公约.pdf'));
    await see(committee, '✗ 未上传：“会议记录.txt”的格式不支持');
    await see(committee, '✗ 未上传：“扫描件.pdf”超过20 MB');
    await see(committee, '✗ 未上传：“公约.pdf”的内容不是PDF文件');
    // Only the one that looked right was sent; the host refused it by its bytes.
    expect(uploads).toEqual(['公约.pdf']);
    expect(await visible(committee, '附件（选填）（0/9）').count()).toBe(1);
    await committee.context().close();
  });
});
