import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startLocalHost, type LocalHost } from '../../cloudfunctions/local/server';
import { makeDocx, makePdf } from '../support/documents';
import { completePlan, NOW, PNG, WANG, ZHANG } from '../support/harness';

let dataDir: string;
let staticDir: string;
let host: LocalHost;

const start = () => startLocalHost({ dataDir, staticDir, demo: true, clock: () => NOW });
const fn = (name: string, body: unknown, persona?: string) =>
  fetch(`${host.url}/fn/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(persona ? { 'x-demo-persona': persona } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A script as the H5 build names it, by its content's hash, and long enough to be worth compressing. */
const SCRIPT = 'app.0123abcd.js';
const SCRIPT_TEXT = Array.from({ length: 400 }, (_, i) => `function step${i}(){return "第${i}步：协商";}`).join('\n');

/** One GET or HEAD as a browser sends it, the body as it came over the wire (fetch would decompress it). */
function raw(pathname: string, headers: Record<string, string>, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${host.url}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-host-'));
  staticDir = path.join(dataDir, 'h5');
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>社区协商</title>');
  await mkdir(path.join(staticDir, 'js'));
  await writeFile(path.join(staticDir, 'js', SCRIPT), SCRIPT_TEXT);
  await writeFile(path.join(staticDir, 'logo.png'), PNG);
  await writeFile(path.join(staticDir, 'notes.css'), SCRIPT_TEXT.replace(/./g, 'a'));
  host = await start();
});
afterAll(async () => {
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the local host', () => {
  it('lists the demo personas: committee, supervisor, residents of both communities, a request waiting, and people who joined nothing', async () => {
    const personas = (await (await fetch(`${host.url}/demo/personas`)).json()) as { id: string; roleLabel: string; communityName: string }[];
    expect(personas.filter((p) => p.communityName === '幸福里社区')).toHaveLength(16);
    expect(personas.filter((p) => p.roleLabel === '居委会成员' && p.communityName === '幸福里社区')).toHaveLength(2);
    expect(personas.filter((p) => p.roleLabel === '居务监督委员会成员')).toHaveLength(1);
    expect(personas.filter((p) => p.roleLabel === '待审核').map((p) => p.id)).toEqual(['demo-lin-xiao']);
    expect(personas.some((p) => p.communityName === '青山村')).toBe(true);
    // The 街道's staff sign in as themselves: an officer and a 民政 reader of 和平街道, 东湖镇's officer.
    expect(personas.filter((p) => p.communityName === '和平街道').map((p) => p.roleLabel)).toEqual(['街道工作人员', '民政／督查（只读）']);
    expect(personas.filter((p) => p.communityName === '东湖镇').map((p) => p.roleLabel)).toEqual(['乡镇工作人员']);
    expect(personas.slice(-2)).toMatchObject([
      { id: 'demo-visitor', roleLabel: '未加入社区' },
      { id: 'demo-newcomer', roleLabel: '未加入社区' },
    ]);
  });

  it('answers each function at POST /fn/<name> as the named persona', async () => {
    const res = await fn('account', { action: 'me.get', payload: {} }, ZHANG);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, data: { member: { name: '张伟', roleLabel: '居民' }, community: { name: '幸福里社区' } } });
  });

  it('vouches for nobody without a persona, or with one that is not a demo identity', async () => {
    expect(await (await fn('account', { action: 'me.get', payload: {} })).json()).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await (await fn('account', { action: 'me.get', payload: {} }, 'someone-else')).json()).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await (await fn('account', { action: 'me.get', payload: {} }, 'demo-x'.padEnd(60, 'x'))).json()).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
  });

  it('keeps a persona who deleted their data, as someone who has joined nothing', async () => {
    const liu = 'demo-liu-fang';
    expect(await (await fn('account', { action: 'me.deleteData', payload: { confirm: true } }, liu)).json()).toMatchObject({ ok: true });
    expect(await (await fn('account', { action: 'me.get', payload: {} }, liu)).json()).toEqual({
      ok: true,
      data: { member: null, community: null, awaitingMyConfirmation: 0, unread: 0 },
    });
  });

  it('takes identity from the persona, never from the payload', async () => {
    const res = await fn('account', { action: 'me.get', payload: { openid: WANG } }, ZHANG);
    expect(await res.json()).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('answers a body that is not JSON with INVALID_INPUT, and an unknown function with 404', async () => {
    expect(await (await fn('consultation', '{not json', ZHANG)).json()).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect((await fn('nosuch', { action: 'x' }, ZHANG)).status).toBe(404);
  });

  it('sends a browser without a persona to the login page, and the login sets one', async () => {
    const first = await fetch(`${host.url}/`, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/login');
    const page = await (await fetch(`${host.url}/login`)).text();
    expect(page).toContain('选择演示身份');
    expect(page).toContain('王建国');
    const login = await fetch(`${host.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `persona=${WANG}`,
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const app = await fetch(`${host.url}/`, { headers: { cookie } });
    expect(app.status).toBe(200);
    expect(await app.text()).toContain('社区协商');
    const me = await fetch(`${host.url}/fn/account`, { method: 'POST', headers: { cookie }, body: JSON.stringify({ action: 'me.get', payload: {} }) });
    expect(await me.json()).toMatchObject({ ok: true, data: { member: { name: '王建国' } } });
  });

  it('sends the app’s scripts compressed: brotli where the browser takes it, else gzip, else as they are', async () => {
    const br = await raw(`/js/${SCRIPT}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(SCRIPT_TEXT) / 4);
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(SCRIPT_TEXT);

    const gz = await raw(`/js/${SCRIPT}`, { 'accept-encoding': 'br;q=0, gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
    expect(gunzipSync(gz.body).toString('utf8')).toBe(SCRIPT_TEXT);

    const plain = await raw(`/js/${SCRIPT}`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.toString('utf8')).toBe(SCRIPT_TEXT);

    // HEAD says what GET would send, without the body.
    const head = await raw(`/js/${SCRIPT}`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(br.headers['content-length']);
    expect(head.body.length).toBe(0);
  });

  it('compresses a file afresh once a rebuild has changed it', async () => {
    const file = path.join(staticDir, 'js', 'page.89abcdef.js');
    await writeFile(file, SCRIPT_TEXT);
    const before = await raw('/js/page.89abcdef.js', { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(before.body).toString('utf8')).toBe(SCRIPT_TEXT);
    await writeFile(file, `${SCRIPT_TEXT}\n// 重新构建`);
    const after = await raw('/js/page.89abcdef.js', { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(after.body).toString('utf8')).toBe(`${SCRIPT_TEXT}\n// 重新构建`);
  });

  it('sends images as they are, and keeps a file under a kilobyte uncompressed', async () => {
    const png = await raw('/logo.png', { 'accept-encoding': 'gzip, br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();
    expect(png.body.equals(PNG)).toBe(true);
    const page = await raw('/index.html', { 'accept-encoding': 'gzip, br', 'x-demo-persona': WANG });
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.body.toString('utf8')).toContain('社区协商');
  });

  it('lets a browser keep a script named by its content for good, and has it ask again for the page and unnamed files', async () => {
    expect((await raw(`/js/${SCRIPT}`, {})).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw('/index.html', { 'x-demo-persona': WANG })).headers['cache-control']).toBe('no-cache');
    expect((await raw('/notes.css', {})).headers['cache-control']).toBe('public, max-age=3600');
    // A script that is not there falls back to the app's page, which is never kept.
    const missing = await raw('/js/app.fedcba98.js', { 'x-demo-persona': WANG });
    expect(missing.headers['cache-control']).toBe('no-cache');
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('does not serve files outside the app folder', async () => {
    const res = await fetch(`${host.url}/..%2f..%2fpackage.json`);
    expect(res.status).toBe(403);
  });

  it('answers a malformed address or a name every object has with a 4xx, never a server error', async () => {
    expect((await raw('/%E4%B8', { 'x-demo-persona': WANG })).status).toBe(400);
    expect((await raw('/js/%zz.js', {})).status).toBe(400);
    const constructor = await fn('constructor', { action: 'me.get', payload: {} }, WANG);
    expect(constructor.status).toBe(404);
    expect(await constructor.json()).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // A persona cookie with a broken escape names nobody.
    const res = await fetch(`${host.url}/fn/account`, {
      method: 'POST',
      headers: { cookie: 'demo_persona=%E4%B8' },
      body: JSON.stringify({ action: 'me.get', payload: {} }),
    });
    expect(await res.json()).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('outside demo mode accepts no persona and offers no login', async () => {
    const plain = await startLocalHost({ dataDir: path.join(dataDir, 'plain'), demo: false });
    try {
      const res = await fetch(`${plain.url}/fn/account`, {
        method: 'POST',
        headers: { 'x-demo-persona': ZHANG, cookie: `demo_persona=${ZHANG}` },
        body: JSON.stringify({ action: 'me.get', payload: {} }),
      });
      expect(await res.json()).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
      expect((await fetch(`${plain.url}/demo/personas`)).status).toBe(404);
      expect((await fetch(`${plain.url}/login`)).status).toBe(404);
      expect((await fetch(`${plain.url}/demo`)).status).toBe(404);
      expect((await fetch(`${plain.url}/demo/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 86_400_000 }) })).status).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it('takes photo uploads as wx.cloud.uploadFile would, checking what they really are', async () => {
    const upload = (body: Buffer, persona?: string) =>
      fetch(`${host.url}/files`, { method: 'POST', headers: persona ? { 'x-demo-persona': persona } : {}, body: new Uint8Array(body) }).then((r) => r.json());
    const ok = await upload(PNG, ZHANG);
    expect(ok).toMatchObject({ ok: true, data: { fileId: expect.stringMatching(/^local:[0-9a-f]{32}\.png$/) } });
    const served = await fetch(`${host.url}/files/${ok.data.fileId.slice('local:'.length)}`, { headers: { 'x-demo-persona': ZHANG } });
    expect([served.status, served.headers.get('content-type'), served.headers.get('x-content-type-options')]).toEqual([200, 'image/png', 'nosniff']);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
    expect(await upload(Buffer.from('<svg onload="alert(1)"/>'), ZHANG)).toMatchObject({ ok: false, code: 'FILE_REJECTED' });
    expect(await upload(Buffer.alloc(5 * 1024 * 1024 + 1, 0xff), ZHANG)).toMatchObject({ ok: false, code: 'FILE_REJECTED' });
    expect(await upload(PNG)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect((await fetch(`${host.url}/files/${'0'.repeat(32)}.png`)).status).toBe(404);
  });

  it('takes documents with the name they were picked under, checking the bytes against it, and serves them as what they are', async () => {
    const upload = (body: Buffer, name: string) =>
      fetch(`${host.url}/files?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'x-demo-persona': WANG }, body: new Uint8Array(body) }).then(
        (r) => r.json(),
      );
    const pdf = makePdf();
    const ok = await upload(pdf, '公约草案.pdf');
    expect(ok).toMatchObject({ ok: true, data: { fileId: expect.stringMatching(/^local:[0-9a-f]{32}\.pdf$/) } });
    const link = (await host.services.files.urls([ok.data.fileId], { [ok.data.fileId]: '公约草案.pdf' }))[ok.data.fileId];
    const served = await fetch(`${host.url}${link}`, { headers: { 'x-demo-persona': WANG } });
    expect([served.status, served.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(served.headers.get('content-disposition')).toBe(`inline; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('公约草案.pdf')}`);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(pdf);
    const docx = await upload(makeDocx(), '方案.docx');
    const word = await fetch(`${host.url}${(await host.services.files.urls([docx.data.fileId], { [docx.data.fileId]: '方案.docx' }))[docx.data.fileId]}`, {
      headers: { 'x-demo-persona': WANG },
    });
    expect(word.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(word.headers.get('content-disposition')).toMatch(/^attachment; /);

    expect(await upload(makeDocx(), '公约草案.pdf')).toEqual({
      ok: false,
      code: 'FILE_REJECTED',
      message: '“公约草案.pdf”的内容不是PDF文件，请确认文件后重新上传',
    });
    expect(await upload(pdf, '病毒.exe')).toMatchObject({ ok: false, code: 'FILE_REJECTED', message: expect.stringContaining('“病毒.exe”的格式不支持') });
    const huge = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024)]);
    expect(await upload(huge, '扫描件.pdf')).toEqual({ ok: false, code: 'FILE_REJECTED', message: '“扫描件.pdf”超过20 MB，请压缩或拆分后再上传' });
  });

  it('takes no function call larger than the largest payload, now that files come through /files', async () => {
    const big = JSON.stringify({ action: 'consultation.list', payload: { padding: 'x'.repeat(1_100_000) } });
    expect(await (await fn('consultation', big, ZHANG)).json()).toEqual({ ok: false, code: 'INVALID_INPUT', message: '请求内容过多' });
    expect(await (await fn('consultation', { action: 'consultation.list', payload: {} }, ZHANG)).json()).toMatchObject({ ok: true });
  });

  it('serves a file under the name its link gives, in words, never with a path in it', async () => {
    const { data } = await fetch(`${host.url}/files`, { method: 'POST', headers: { 'x-demo-persona': ZHANG }, body: new Uint8Array(PNG) }).then((r) =>
      r.json(),
    );
    const named = await fetch(`${host.url}${(await host.services.files.urls([data.fileId], { [data.fileId]: '../楼道"照片' }))[data.fileId]}`, {
      headers: { 'x-demo-persona': ZHANG },
    });
    const disposition = named.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^inline; filename="[^"/]+\.png"; /);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('楼道 照片.png');
    const plain = await fetch(`${host.url}/files/${data.fileId.slice('local:'.length)}`, { headers: { 'x-demo-persona': ZHANG } });
    expect(plain.headers.get('content-disposition')).toBeNull();
  });

  it('keeps data across a restart without seeding twice', async () => {
    const created = await (
      await fn('consultation', { action: 'consultation.createDraft', payload: { requestId: 'req-restart-1', plan: completePlan() } }, WANG)
    ).json();
    expect(created).toMatchObject({ ok: true });
    await host.close();
    host = await start();
    const detail = await (await fn('consultation', { action: 'consultation.get', payload: { id: created.data.id } }, WANG)).json();
    expect(detail).toMatchObject({ ok: true, data: { consultation: { plan: { title: '小区东门增设非机动车充电桩' } } } });
    expect(await host.store.count('communities', {})).toBe(3);
  });
});

describe('the demo clock', () => {
  const DAY = 86_400_000;
  let dir: string;
  let demo: LocalHost;
  const startDemo = () => startLocalHost({ dataDir: dir, demo: true, clock: () => NOW });
  const advance = (body: unknown) =>
    fetch(`${demo.url}/demo/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const statusOf = async (id: string) =>
    (
      await (
        await fetch(`${demo.url}/fn/consultation`, {
          method: 'POST',
          headers: { 'x-demo-persona': WANG },
          body: JSON.stringify({ action: 'consultation.get', payload: { id } }),
        })
      ).json()
    ).data.consultation.status;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-clock-'));
    demo = await startDemo();
  });
  afterEach(async () => {
    await demo.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('moves the host’s time forward, runs the scheduler, and tells the app the time it now keeps', async () => {
    expect(await (await fetch(`${demo.url}/demo/clock`)).json()).toEqual({ ok: true, data: { now: NOW, offsetMs: 0 } });
    expect(await statusOf('c-seed-ads')).toBe('consulting');
    const res = await (await advance({ advanceMs: 4 * DAY })).json();
    expect(res).toMatchObject({ ok: true, data: { now: NOW + 4 * DAY, offsetMs: 4 * DAY } });
    // Time passed with the scheduler running meanwhile: the seeded vote, open from before and due to
    // close in three days, was opened and then closed — not skipped by the jump.
    expect(res.data.scheduler).toMatchObject({ votesOpened: 1, votesClosed: 1 });
    expect(res.data.scheduler.runs).toBeGreaterThan(100);
    expect(await statusOf('c-seed-ads')).toBe('deliberated');
    const answer = await fetch(`${demo.url}/fn/account`, {
      method: 'POST',
      headers: { 'x-demo-persona': ZHANG },
      body: JSON.stringify({ action: 'me.get', payload: {} }),
    });
    expect(Number(answer.headers.get('x-server-time'))).toBe(NOW + 4 * DAY);
  }, 60_000);

  it('only goes forward, a year at most, and changes nothing when refused', async () => {
    for (const body of [{ advanceMs: -DAY }, { advanceMs: 0 }, { advanceMs: 400 * DAY }, { advanceMs: 'tomorrow' }, {}]) {
      const res = await advance(body);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
    expect((await (await fetch(`${demo.url}/demo/clock`)).json()).data).toEqual({ now: NOW, offsetMs: 0 });
  });

  it('keeps its time across a restart', async () => {
    await advance({ advanceMs: 2 * DAY });
    await demo.close();
    demo = await startDemo();
    expect((await (await fetch(`${demo.url}/demo/clock`)).json()).data).toEqual({ now: NOW + 2 * DAY, offsetMs: 2 * DAY });
  });

  it('has a page with the time and buttons that move it, back to the page', async () => {
    const page = await (await fetch(`${demo.url}/demo`)).text();
    expect(page).toContain('演示控制台');
    expect(page).toContain('name="advanceMs" value="86400000"');
    const posted = await fetch(`${demo.url}/demo/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'advanceMs=86400000',
      redirect: 'manual',
    });
    expect(posted.status).toBe(303);
    expect(decodeURIComponent(posted.headers.get('location')!)).toMatch(/^\/demo\?done=已调到 /);
    expect((await (await fetch(`${demo.url}/demo/clock`)).json()).data.offsetMs).toBe(DAY);
  });
});
