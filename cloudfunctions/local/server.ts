import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { UseCaseContext } from '../core/context';
import { acceptUpload, requireUploader } from '../core/files/acceptUpload';
import { fileAccess } from '../core/files/fileAccess';
import { runFunction } from '../core/functionKit';
import { ATTACHMENT_LIMITS, DOCUMENT_TYPES, DomainError, ERROR_MESSAGES, formatBytes, formatChinaTime, safeFileName } from '@shared';
import { openEmbedded, type EmbeddedServices } from './embedded';
import { FUNCTIONS } from '../functions';
import { runScheduler, type SchedulerReport } from '../core/scheduler/runScheduler';
import { clockPage } from './clockPage';
import { compressible, CompressedFiles, MIN_COMPRESSIBLE_BYTES, pickEncoding } from './compression';
import { openDemoClock } from './demoClock';
import { loginPage } from './loginPage';
import { messagesPage } from './messagesPage';
import { listPersonas } from './personas';
import { seedDemo } from './seed';

export interface LocalHostOptions {
  /** Where the embedded store keeps its files (`.data/` for `npm start`). */
  dataDir: string;
  /** The built H5 app to serve; without it only the functions and the login page answer. */
  staticDir?: string;
  port?: number;
  /**
   * Demo mode: the caller is the demo persona chosen at /login or named in the x-demo-persona
   * header. Off, the host vouches for nobody: there is no other identity outside WeChat.
   */
  demo: boolean;
  /** The clock the functions see; tests may move it. */
  clock?: () => number;
  /**
   * How often the scheduler runs, as CloudBase's timer trigger runs it in production; off when
   * absent. In demo mode `POST /demo/scheduler` also runs it once, for tests and demonstrations.
   */
  schedulerEveryMs?: number;
  log?: (line: string) => void;
}

export interface LocalHost {
  url: string;
  services: EmbeddedServices;
  store: EmbeddedServices['store'];
  close(): Promise<void>;
}

/** @internal The browser tests name the persona with it. */
export const PERSONA_HEADER = 'x-demo-persona';
const DEMO_IDENTITY = /^demo-[a-z0-9-]{1,40}$/;
const PERSONA_COOKIE = 'demo_persona';
/**
 * Room for the largest payload the functions accept (a plan naming 5,000 units in its scope and as
 * many in its vote's, about 700 KB); files come through /files, never inline.
 */
const MAX_CALL_BODY = 1_048_576;
/** An upload is at most one document (photos are smaller); a larger one is refused unread. */
const MAX_UPLOAD_BODY = ATTACHMENT_LIMITS.maxBytes;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  // Stored documents are served as what their checked bytes are.
  ...Object.fromEntries(Object.entries(DOCUMENT_TYPES).map(([ext, t]) => [`.${ext}`, t.mime])),
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * The H5 build names its scripts and styles by their content (`js/app.9cffc5c8.js`): a name
 * never changes its bytes, so a browser may keep them for good and ask again only for index.html.
 */
const HASHED_ASSET = /^\/(js|css)\/[^/]+\.[0-9a-f]{8}\.(js|css)$/;

/**
 * The local host, the embedded default: the same function handlers as CloudBase runs, over
 * `POST /fn/<function>`, on the embedded store, with the H5 app beside them. In demo mode the
 * caller is whichever demo persona the login page (or the `x-demo-persona` header) names.
 * Nothing here is part of a deployed function.
 */
export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  // In demo mode the clock may run ahead of the machine's (the demo clock); tests may set the base.
  const demoClock = options.demo ? await openDemoClock(options.dataDir, options.clock ?? Date.now) : null;
  const clock = demoClock ? demoClock.now : (options.clock ?? Date.now);
  const log = options.log ?? (() => {});
  // QR codes on posters point at this host's H5 pages; the port is known once it listens.
  let baseUrl = '';
  const services = await openEmbedded(options.dataDir, () => baseUrl, clock);
  const { store } = services;
  await seedDemo(services, clock());

  const compressedFiles = new CompressedFiles();
  let running: Promise<unknown> = Promise.resolve();
  const tick = (): Promise<SchedulerReport> => {
    const run = runScheduler({ ...services, now: clock() }, (e) => log(`scheduler: ${(e as Error).stack ?? e}`));
    running = run;
    return run;
  };
  const timer = options.schedulerEveryMs ? setInterval(() => void tick().catch((e) => log(`scheduler: ${e}`)), options.schedulerEveryMs) : null;

  const personaOf = (req: http.IncomingMessage): string | null => {
    if (!options.demo) return null;
    const named = header(req, PERSONA_HEADER) ?? cookie(req, PERSONA_COOKIE);
    // Any demo identity, listed or not: a persona who deleted their data is someone new, not nobody.
    return named && DEMO_IDENTITY.test(named) ? named : null;
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      log(`local host error: ${(e as Error).stack ?? e}`);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', '服务器内部错误');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const fn = /^\/fn\/([a-z]+)$/.exec(url.pathname);
    if (fn && req.method === 'POST') return callFunction(fn[1], req, res);
    // A trivial endpoint: the benchmark's yardstick for what the server itself costs.
    if (url.pathname === '/health') return sendJson(res, 200, { ok: true });
    if (url.pathname === '/files' && req.method === 'POST') return upload(url, req, res);
    if (url.pathname.startsWith('/files/') && (req.method === 'GET' || req.method === 'HEAD')) {
      // A stored file's name is what the file store says it is (its id without `local:`).
      return serveUpload(`local:${url.pathname.slice('/files/'.length)}`, url.searchParams.get('name'), req, res);
    }
    if (!options.demo && /^\/(demo(\/|$)|login|logout)/.test(url.pathname)) {
      return send(res, 404, 'text/plain; charset=utf-8', '演示身份未开启');
    }
    if (url.pathname === '/demo/scheduler' && req.method === 'POST') {
      const report = await tick();
      return fromForm(req) ? redirect(res, `/demo?done=${encodeURIComponent('已运行定时任务')}`) : sendJson(res, 200, { ok: true, data: report });
    }
    if (url.pathname === '/demo' && req.method === 'GET') {
      return send(res, 200, TYPES['.html'], clockPage(clock(), demoClock!.offsetMs(), url.searchParams.get('done') ?? ''));
    }
    if (url.pathname === '/demo/clock' && req.method === 'GET') return sendJson(res, 200, { ok: true, data: clockState() });
    if (url.pathname === '/demo/clock' && req.method === 'POST') return advanceClock(req, res);
    if (url.pathname === '/demo/messages' && req.method === 'GET') return send(res, 200, TYPES['.html'], await messagesPage(store));
    if (url.pathname === '/demo/personas' && req.method === 'GET') {
      return sendJson(res, 200, await listPersonas(store));
    }
    if (url.pathname === '/login' && req.method === 'GET') {
      return send(res, 200, TYPES['.html'], loginPage(await listPersonas(store)));
    }
    if (url.pathname === '/login' && req.method === 'POST') return login(req, res);
    if (url.pathname === '/logout') {
      res.setHeader('set-cookie', `${PERSONA_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`);
      return redirect(res, '/login');
    }
    if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(url, req, res);
    send(res, 405, 'text/plain; charset=utf-8', '不支持的请求');
  }

  async function callFunction(name: string, req: http.IncomingMessage, res: http.ServerResponse) {
    // Own names only: `constructor` and the like are on every plain object.
    const def = Object.prototype.hasOwnProperty.call(FUNCTIONS, name)
      ? (FUNCTIONS as Record<string, (typeof FUNCTIONS)[keyof typeof FUNCTIONS]>)[name]
      : undefined;
    if (!def) return sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: `没有名为 ${name} 的云函数` });
    let event: unknown;
    try {
      event = JSON.parse((await readBody(req, MAX_CALL_BODY)).toString('utf8') || '{}');
    } catch (e) {
      if (e instanceof BodyTooLarge) return sendJson(res, 200, { ok: false, code: 'INVALID_INPUT', message: '请求内容过多' });
      return sendJson(res, 200, { ok: false, code: 'INVALID_INPUT', message: '请求格式有误' });
    }
    const openid = personaOf(req);
    const now = clock();
    const result = await runFunction(def, event, { ...services, openid, now, logError: (e) => log(String(e)) });
    // The H5 app keeps its own sense of now in step with this host's (the demo clock may run ahead).
    res.setHeader('x-server-time', String(now));
    sendJson(res, 200, result);
  }

  function clockState() {
    return { now: clock(), offsetMs: demoClock!.offsetMs() };
  }

  /**
   * POST /demo/clock {advanceMs}: lets time pass on the demo clock with the scheduler running as it
   * would meanwhile, so what fell due in the jump happened in order. From the /demo page's
   * buttons, back to that page.
   */
  async function advanceClock(req: http.IncomingMessage, res: http.ServerResponse) {
    const form = fromForm(req);
    const body = (await readBody(req, MAX_CALL_BODY)).toString('utf8');
    const runs: SchedulerReport[] = [];
    try {
      const advanceMs = Number(form ? new URLSearchParams(body).get('advanceMs') : (JSON.parse(body || '{}') as { advanceMs?: unknown }).advanceMs);
      await demoClock!.pass(advanceMs, async () => runs.push(await tick()));
    } catch (e) {
      const message = e instanceof RangeError ? e.message : '请求格式有误';
      return sendJson(res, 400, { ok: false, code: 'INVALID_INPUT', message });
    }
    const report = { runs: runs.length, ...changedIn(runs) };
    if (form) return redirect(res, `/demo?done=${encodeURIComponent(`已调到 ${formatChinaTime(clock())}`)}`);
    sendJson(res, 200, { ok: true, data: { ...clockState(), scheduler: report } });
  }

  /**
   * What wx.cloud.uploadFile is in production: the client sends a file first, then its id. A
   * photo comes bare; a document (`?name=公约草案.pdf`) with the name it was picked under, which
   * its bytes must agree with.
   */
  async function upload(url: URL, req: http.IncomingMessage, res: http.ServerResponse) {
    const openid = personaOf(req);
    if (!openid) return sendJson(res, 200, { ok: false, code: 'UNAUTHENTICATED', message: ERROR_MESSAGES.UNAUTHENTICATED });
    const ctx: UseCaseContext = { ...services, now: clock(), caller: { openid } };
    const name = url.searchParams.get('name');
    try {
      // Who may upload is asked before the body is read: a stranger's 20 MB is refused unread.
      const uploader = await requireUploader(ctx);
      const bytes = await readBody(req, MAX_UPLOAD_BODY);
      const fileId = await acceptUpload(ctx, uploader, bytes.length, async () => {
        const id = name ? await services.files.putDocument(bytes, name) : await services.files.put(bytes);
        return { fileId: id, contentType: services.files.contentTypeOf(id) };
      });
      sendJson(res, 200, { ok: true, data: { fileId } });
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        const message = `${name ? `“${name}”` : '文件'}超过${formatBytes(MAX_UPLOAD_BODY)}，请压缩或拆分后再上传`;
        return sendJson(res, 200, { ok: false, code: 'FILE_REJECTED', message });
      }
      if (!(e instanceof DomainError)) throw e;
      sendJson(res, 200, { ok: false, code: e.code, message: e.message });
    }
  }

  /**
   * A stored file, to whoever the record holding it lets read it (the caller as for /fn calls,
   * from the persona cookie an <img> sends too). It is served as the type recorded when its bytes
   * were checked, never as its name or a sniff suggests, and `nosniff` tells the browser the same.
   * The answer depends on who asks, so a shared browser's cache keeps one per persona.
   */
  async function serveUpload(fileId: string, downloadName: string | null, req: http.IncomingMessage, res: http.ServerResponse) {
    const file = services.files.pathOf(fileId);
    const access = file ? await fileAccess(store, fileId, personaOf(req)) : null;
    if (access && !access.ok) return sendFileRefusal(res, access.status, access.message);
    const info = file && access ? await stat(file).catch(() => null) : null;
    if (!access || !info) return sendFileRefusal(res, 404, '文件不存在');
    res.writeHead(200, {
      'content-type': access.file.contentType,
      'content-length': info.size,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=3600',
      vary: `Cookie, ${PERSONA_HEADER}`,
      ...(downloadName ? { 'content-disposition': contentDisposition(downloadName, path.extname(file!)) } : {}),
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file!).pipe(res);
  }

  async function login(req: http.IncomingMessage, res: http.ServerResponse) {
    const persona = new URLSearchParams((await readBody(req, MAX_CALL_BODY)).toString('utf8')).get('persona') ?? '';
    const known = await listPersonas(store);
    if (!known.some((p) => p.id === persona)) return redirect(res, '/login');
    res.setHeader('set-cookie', `${PERSONA_COOKIE}=${encodeURIComponent(persona)}; Path=/; SameSite=Lax; HttpOnly`);
    redirect(res, '/');
  }

  async function serveStatic(url: URL, req: http.IncomingMessage, res: http.ServerResponse) {
    const { pathname } = url;
    // Without a chosen persona the app could do nothing; send people to pick one first — except
    // the hall's projector (/?screen), which logs no one in: its code opens the counts.
    const entry = pathname === '/' || pathname === '/index.html';
    if (options.demo && entry && !personaOf(req) && !url.searchParams.has('screen')) return redirect(res, '/login');
    if (!options.staticDir) return send(res, 404, 'text/plain; charset=utf-8', '尚未构建 H5 应用：请先运行 npm run build:h5');
    const root = path.resolve(options.staticDir);
    const decoded = decodedOrNull(pathname);
    if (decoded === null) return send(res, 400, 'text/plain; charset=utf-8', '网址格式有误');
    let file = path.resolve(root, '.' + decoded);
    if (!file.startsWith(root + path.sep) && file !== root) return send(res, 403, 'text/plain; charset=utf-8', '禁止访问');
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info) {
      // Client-side routes fall back to the app's entry page.
      file = path.join(root, 'index.html');
      info = await stat(file).catch(() => null);
      if (!info) return send(res, 404, 'text/plain; charset=utf-8', '尚未构建 H5 应用：请先运行 npm run build:h5');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const cacheControl = file.endsWith('.html') ? 'no-cache' : HASHED_ASSET.test(pathname) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
    const textual = compressible(type);
    const encoding = textual && info.size >= MIN_COMPRESSIBLE_BYTES ? pickEncoding(header(req, 'accept-encoding')) : null;
    const headers = {
      'content-type': type,
      'cache-control': cacheControl,
      // What is sent depends on what the browser said it accepts: a cache must not hand a
      // brotli body to one that cannot read it.
      ...(textual ? { vary: 'Accept-Encoding' } : {}),
    };
    if (encoding) {
      const body = await compressedFiles.get(file, info, encoding);
      res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { ...headers, 'content-length': info.size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    services,
    store,
    async close() {
      if (timer) clearInterval(timer);
      await running.catch(() => {});
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

/** How many consultations each deadline step moved on over several scheduler runs. */
function changedIn(runs: SchedulerReport[]) {
  const sum = (pick: (r: SchedulerReport) => number) => runs.reduce((n, r) => n + pick(r), 0);
  return {
    started: sum((r) => r.started.changed),
    votesOpened: sum((r) => r.votesOpened.changed),
    votesClosed: sum((r) => r.votesClosed.changed),
    effective: sum((r) => r.effective.changed),
    overdue: sum((r) => r.overdue.changed),
  };
}

/** A plain HTML form posted this (the demo pages' buttons), rather than a script. */
function fromForm(req: http.IncomingMessage): boolean {
  return (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
}

function header(req: http.IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return typeof v === 'string' && v !== '' ? v : null;
}

function cookie(req: http.IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodedOrNull(v.join('=')) || null;
  }
  return null;
}

/** A malformed escape (`%E4%B8`, `%zz`) is the sender's mistake, not the server's: null, never a throw. */
function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The name a file is saved under (a dossier under its consultation's title): the storage extension
 * kept, path separators, quotes and control characters dropped. Browsers show pages and images
 * inline and save the rest.
 */
function contentDisposition(name: string, ext: string): string {
  const base = safeFileName(name, 100);
  const full = base.toLowerCase().endsWith(ext) ? base : `${base}${ext}`;
  const ascii = full.replace(/[^\x20-\x7e]/g, '_');
  const inline = ['.html', '.pdf', '.png', '.jpg', '.webp'].includes(ext);
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(full)}`;
}

class BodyTooLarge extends Error {}

/**
 * The request's body, refused past `limit` bytes: at once when its declared length says so, else
 * as soon as it has sent more. Nothing past the limit is kept.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Past the limit the rest is let through unkept, so the client still reads the refusal.
      if (size > limit) reject(new BodyTooLarge());
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function sendFileRefusal(res: http.ServerResponse, status: 403 | 404, message: string) {
  res.setHeader('x-content-type-options', 'nosniff');
  send(res, status, 'text/plain; charset=utf-8', message);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown) {
  send(res, status, TYPES['.json'], JSON.stringify(value));
}

function redirect(res: http.ServerResponse, location: string) {
  res.writeHead(303, { location });
  res.end();
}
