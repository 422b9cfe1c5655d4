import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildFunction, buildFunctions, bundle, deployedFunctions } from '../../scripts/build-functions';
import { openapiOf, portsUsedBy } from '../../scripts/openapi';
import { encodeTemplates } from '../../cloudfunctions/core/notify/templates';
import { makeRosterWorkbook, rosterCounts } from '../fixtures/make-roster';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { findThemes } from '../../cloudfunctions/core/themes/findThemes';
import { parkingSaid } from '../support/parkingThemes';

/**
 * The deployable bundles: each loads with nothing but its declared dependencies installed,
 * declares the WeChat openapi its code calls, answers through the production entry, and carries
 * none of the local host's demo identities.
 * (Calling CloudBase itself needs an environment and is not exercised here.)
 */
const run = promisify(execFile);
let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'xieshang-fn-'));
  await buildFunctions(out);
  // Only the declared external, as the platform would install it from package.json.
  const modules = path.join(out, 'node_modules', '@cloudbase');
  await mkdir(modules, { recursive: true });
  await symlink(path.resolve('node_modules/@cloudbase/node-sdk'), path.join(modules, 'node-sdk'));
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

const readJson = (file: string) => readFile(file, 'utf8').then(JSON.parse, () => null);

/** What a built function declares: the SDKs the platform installs and the openapi WeChat allows. */
async function declared(dir: string) {
  const pkg = await readJson(path.join(dir, 'package.json'));
  const config = await readJson(path.join(dir, 'config.json'));
  return { sdks: Object.keys(pkg.dependencies), openapi: config?.permissions?.openapi ?? [], pkg };
}

/** Runs a bundle's production entry in a fresh node with `env`; the last line it prints, parsed. */
async function callBundle(name: string, event: object, context: object, env: Record<string, string> = {}) {
  const script = `
    const { main } = require(${JSON.stringify(path.join(out, name, 'index.js'))});
    main(${JSON.stringify(event)}, ${JSON.stringify(context)}).then((r) => { console.log(JSON.stringify(r)); process.exit(0); });
  `;
  const { stdout } = await run(process.execPath, ['-e', script], { cwd: out, timeout: 20_000, env: { ...process.env, ...env } });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

const asUser = { environment: JSON.stringify({ WX_OPENID: 'o-someone' }) };

describe.each(deployedFunctions().map((f) => f.name))('the %s bundle', (name) => {
  it('installs wx-server-sdk and declares the permission for every WeChat openapi its deployed code calls, and nothing more', async () => {
    // Read from the deployed index.js itself, independently of the build's own derivation.
    const calls = openapiOf(portsUsedBy(await readFile(path.join(out, name, 'index.js'), 'utf8')));
    const { sdks, openapi, pkg } = await declared(path.join(out, name));
    expect(openapi).toEqual(calls);
    expect(sdks).toEqual(calls.length ? ['@cloudbase/node-sdk', 'wx-server-sdk'] : ['@cloudbase/node-sdk']);
    expect(Object.values(pkg.dependencies).every((v) => typeof v === 'string' && v !== '')).toBe(true);
    expect(pkg.main).toBe('index.js');
  });

  it('contains no demo identity', async () => {
    const code = await readFile(path.join(out, name, 'index.js'), 'utf8');
    expect(code).not.toMatch(/x-demo-persona|demo_persona|demo-visitor/);
  });
});

const callable = Object.entries(FUNCTIONS)
  .filter(([, def]) => !('anonymous' in def && def.anonymous))
  .map(([name]) => name);

describe.each(callable)('the %s bundle, called', (name) => {
  it('loads and refuses a caller WeChat did not identify', async () => {
    const action = Object.keys(FUNCTIONS[name as keyof typeof FUNCTIONS].actions)[0];
    expect(await callBundle(name, { action, payload: {} }, { environ: '' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  }, 30_000);
});

describe('the screen bundle, reached over HTTP access', () => {
  it('answers the browser’s preflight and a malformed code with a response another origin may read, before any database call', async () => {
    const preflight = await callBundle('screen', { httpMethod: 'OPTIONS', headers: {} }, { environ: '' });
    expect(preflight).toMatchObject({ statusCode: 204, headers: { 'access-control-allow-origin': '*' } });
    const body = JSON.stringify({ action: 'screen.get', payload: { code: '12' } });
    const answer = await callBundle('screen', { httpMethod: 'POST', body: Buffer.from(body).toString('base64'), isBase64Encoded: true }, { environ: '' });
    expect(answer).toMatchObject({ statusCode: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' } });
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '投屏码为8位字母或数字' });
  }, 30_000);
});

describe('the WeChat openapi a function needs', () => {
  it('is found wherever its definition reaches the port: result files objections through the content check', async () => {
    expect(await declared(path.join(out, 'result'))).toMatchObject({
      sdks: ['@cloudbase/node-sdk', 'wx-server-sdk'],
      openapi: ['security.msgSecCheck'],
    });
  });

  it('is derived for a new function from the code it reaches, and not granted for a helper it leaves unused', async () => {
    const fixture = (file: string) => path.resolve('test/fixtures/openapi', file);
    const shows = { name: 'shows-text', entry: fixture('showsTextToOthers.ts'), reach: fixture('showsTextToOthers.ts') };
    const photos = { name: 'photos-only', entry: fixture('checksPhotosOnly.ts'), reach: fixture('checksPhotosOnly.ts') };
    expect(await buildFunction(out, shows)).toMatchObject({ ports: ['contentCheck'], openapi: ['security.msgSecCheck'] });
    expect(await declared(path.join(out, 'shows-text'))).toMatchObject({
      sdks: ['@cloudbase/node-sdk', 'wx-server-sdk'],
      openapi: ['security.msgSecCheck'],
    });
    expect(await buildFunction(out, photos)).toMatchObject({ ports: [], openapi: [] });
    expect(await declared(path.join(out, 'photos-only'))).toMatchObject({ sdks: ['@cloudbase/node-sdk'], openapi: [] });
  }, 60_000);
});

describe('the subscription templates in a deployed function', () => {
  const templates = { vote: { id: 'tpl-vote', fields: { title: 'thing1', time: 'time2' } } };

  it('are read from the form npm run deploy passes, and handed to the client', async () => {
    const answer = await callBundle('account', { action: 'subscription.templates', payload: {} }, asUser, {
      WX_SUBSCRIBE_TEMPLATES: encodeTemplates(templates),
    });
    expect(answer).toMatchObject({ ok: true, data: { templates: [{ key: 'vote', id: 'tpl-vote' }] } });
  }, 30_000);

  it('stop the function at start, naming the variable, when malformed', async () => {
    const failure = callBundle('account', { action: 'subscription.templates', payload: {} }, asUser, { WX_SUBSCRIBE_TEMPLATES: 'base64:not base64!' });
    await expect(failure).rejects.toThrow(/WX_SUBSCRIBE_TEMPLATES 配置有误/);
  }, 30_000);
});

describe('the scheduler bundle', () => {
  it("declares for WeChat DevTools the five-minute timer trigger cloudbaserc.json gives the CLI, and the sender's openapi", async () => {
    const config = JSON.parse(await readFile(path.join(out, 'scheduler', 'config.json'), 'utf8'));
    expect(config.triggers).toEqual([{ name: 'tick', type: 'timer', config: '0 */5 * * * * *' }]);
    expect(config.permissions).toEqual({ openapi: ['subscribeMessage.send'] });
  });

  it('loads and refuses a call that carries a user, since only the timer may start it', async () => {
    expect(await callBundle('scheduler', {}, asUser)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  }, 30_000);
});

describe('jieba inside a bundle', () => {
  it('groups opinions as it does unbundled, with no node_modules (the participation function finds themes with it)', async () => {
    const entry = path.resolve('cloudfunctions/core/themes/findThemes.ts');
    const dir = path.join(out, 'themes');
    await mkdir(dir, { recursive: true });
    await bundle(entry, path.join(dir, 'findThemes.js'));
    const said = parkingSaid().slice(0, 60);
    const script = `
      require(${JSON.stringify(path.join(dir, 'findThemes.js'))}).findThemes(${JSON.stringify(said)}).then((r) => console.log(JSON.stringify(r)));
    `;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: out, timeout: 20_000 });
    expect(JSON.parse(stdout)).toEqual(await findThemes(said));
  }, 30_000);
});

describe('exceljs inside a bundle', () => {
  it('reads a roster as it does unbundled (the member function imports rosters with it)', async () => {
    const entry = path.resolve('cloudfunctions/core/member/roster/parseRoster.ts');
    const outfile = path.join(out, 'parseRoster.js');
    await bundle(entry, outfile);
    const xlsx = path.join(out, 'roster.xlsx');
    await writeFile(xlsx, await makeRosterWorkbook());
    const script = `
      const { parseRoster } = require(${JSON.stringify(outfile)});
      parseRoster(require('fs').readFileSync(${JSON.stringify(xlsx)}), 'community')
        .then((r) => console.log(JSON.stringify({ units: r.units.length, residents: r.persons.length, problems: r.problems.length })));
    `;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: out, timeout: 20_000 });
    expect(JSON.parse(stdout)).toEqual({ units: rosterCounts.units, residents: rosterCounts.residents, problems: rosterCounts.problems });
  }, 30_000);
});
