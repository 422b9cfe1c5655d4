import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page, Request, Response } from 'playwright-core';
import { PNG } from '../support/harness';
import { addPhoto, browserAvailable, loginAs, openSession, see, tap, type Session } from './browser';

// The first browser test of a run may build the H5 app first (openSession).
jest.setTimeout(600_000);
const suite = browserAvailable() ? describe : describe.skip;

/**
 * What one step in the H5 app costs on the wire, the way a phone on a slow network pays for it:
 * every response as sent — its headers and its body as encoded (compressed, when it is) — counted
 * from the moment the home page has finished loading until the detail page has.
 */
const BUDGET = 60 * 1024;

interface Sent {
  url: string;
  method: string;
  bytes: number;
  encoding: string | undefined;
}

/**
 * Records every response the page receives from now on, with its size as it came over the wire.
 * `done()` waits until nothing has been in flight for half a second (a hash change is no new
 * document, so the browser's own network-idle signal has already fired) and returns them.
 */
function recordResponses(page: Page) {
  const sent: Promise<Sent>[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const onRequest = () => {
    inFlight += 1;
    lastActivity = Date.now();
  };
  const onFailed = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  const onFinished = (request: Request) => {
    inFlight -= 1;
    lastActivity = Date.now();
    sent.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        return {
          url: request.url(),
          method: request.method(),
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
          encoding: (await (response as Response).allHeaders())['content-encoding'],
        };
      })(),
    );
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  return async () => {
    while (inFlight > 0 || Date.now() - lastActivity < 500) await page.waitForTimeout(100);
    page.off('request', onRequest);
    page.off('requestfinished', onFinished);
    page.off('requestfailed', onFailed);
    return Promise.all(sent);
  };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

suite('page weight in Chromium against the local host', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it(`going from the home page to a consultation's detail transfers under ${BUDGET / 1024} KiB`, async () => {
    const page = await loginAs(session, 'demo-zhang-wei');
    await see(page, '即将召开');
    // Home has finished loading: its code, its styles and its one call are in.
    await page.waitForLoadState('networkidle');

    const done = recordResponses(page);
    await page.getByText('小区公共停车位设定及管理办法').click();
    await see(page, '协商进程');
    const sent = await done();

    const total = sent.reduce((n, r) => n + r.bytes, 0);
    const listing = sent.map((r) => `${r.method} ${new URL(r.url).pathname} ${r.bytes} B ${r.encoding ?? 'identity'}`).join('\n');
    // The step was measured at all: the detail page's code came over the network, and its one call.
    expect(sent.some((r) => /\/js\/.+\.js$/.test(r.url))).toBe(true);
    expect(sent.some((r) => r.method === 'POST' && new URL(r.url).pathname === '/fn/consultation')).toBe(true);
    // Over budget, say what came: which chunk grew, or came uncompressed.
    if (total >= BUDGET) console.log(`首页到详情页共传输 ${kib(total)}：\n${listing}`);
    expect(total).toBeLessThan(BUDGET);
    await page.context().close();
  });

  it('opens a photo full screen, fetching the viewer (and the component library it needs) only on that tap', async () => {
    const photo = path.join(await mkdtemp(path.join(os.tmpdir(), 'xieshang-photo-')), '现场照片.png');
    await writeFile(photo, PNG);
    const page = await loginAs(session, 'demo-zhang-wei');
    await page.getByText('小区公共停车位设定及管理办法').click();
    await tap(page, '发表意见');
    await addPhoto(page, photo);

    const done = recordResponses(page);
    await page.locator('.photo-cell .photo').filter({ visible: true }).first().click();
    const viewer = page.locator('taro-swiper-core').filter({ visible: true });
    await viewer.waitFor({ timeout: 15_000 });
    const sent = await done();
    // The viewer's code came with the tap, not before it.
    expect(sent.filter((r) => /\/js\/.+\.js$/.test(r.url)).length).toBeGreaterThan(0);
    // And it shows the photo that was tapped.
    const shown = await viewer.locator('img').first().getAttribute('src');
    expect(shown).toBe(await page.locator('.photo-cell .photo img').filter({ visible: true }).first().getAttribute('src'));
    await page.context().close();
  });
});
