import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildFunctions, bundle } from '../../scripts/build-functions';
import { makeRosterWorkbook, rosterCounts } from '../fixtures/make-roster';
import { FUNCTIONS } from '../../cloudfunctions/functions';

/**
 * The deployable bundles: each loads with nothing but its declared dependency installed, answers
 * through the production entry, and carries none of the local host's demo identities.
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
}, 60_000);
afterAll(() => rm(out, { recursive: true, force: true }));

/** The WeChat openapi each function calls: content security, mini-program codes for posters. */
const OPENAPI_CALLS: Record<string, string[]> = {
  participation: ['security.msgSecCheck'],
  suggestion: ['security.msgSecCheck'],
  consultation: ['wxacode.getUnlimited'],
};

describe.each(Object.keys(FUNCTIONS))('the %s bundle', (name) => {
  it('declares the SDKs it needs and nothing it bundles, and the WeChat openapi it calls', async () => {
    const pkg = JSON.parse(await readFile(path.join(out, name, 'package.json'), 'utf8'));
    const config = await readFile(path.join(out, name, 'config.json'), 'utf8').then(JSON.parse, () => null);
    const openapi = OPENAPI_CALLS[name];
    if (openapi) {
      expect(Object.keys(pkg.dependencies)).toEqual(['@cloudbase/node-sdk', 'wx-server-sdk']);
      expect(config).toEqual({ permissions: { openapi } });
    } else {
      expect(Object.keys(pkg.dependencies)).toEqual(['@cloudbase/node-sdk']);
      expect(config).toBeNull();
    }
    expect(Object.values(pkg.dependencies).every((v) => typeof v === 'string' && v !== '')).toBe(true);
    expect(pkg.main).toBe('index.js');
  });

  it('contains no demo identity', async () => {
    const code = await readFile(path.join(out, name, 'index.js'), 'utf8');
    expect(code).not.toMatch(/x-demo-persona|demo_persona|demo-visitor/);
  });

  it('loads and refuses a caller WeChat did not identify', async () => {
    const action = Object.keys(FUNCTIONS[name as keyof typeof FUNCTIONS].actions)[0];
    const script = `
      const { main } = require(${JSON.stringify(path.join(out, name, 'index.js'))});
      main({ action: ${JSON.stringify(action)}, payload: {} }, { environ: '' }).then((r) => { console.log(JSON.stringify(r)); process.exit(0); });
    `;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: out, timeout: 20_000 });
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  }, 30_000);
});

describe('the scheduler bundle', () => {
  it('declares its five-minute timer trigger for WeChat DevTools, as cloudbaserc.json does for the CLI', async () => {
    const config = JSON.parse(await readFile(path.join(out, 'scheduler', 'config.json'), 'utf8'));
    const rc = JSON.parse(await readFile('cloudbaserc.json', 'utf8'));
    const declared = rc.functions.find((f: { name: string }) => f.name === 'scheduler');
    expect(config.triggers).toEqual([{ name: 'tick', type: 'timer', config: '0 */5 * * * * *' }]);
    // The sender delivers subscription messages through the openapi.
    expect(config.permissions).toEqual({ openapi: ['subscribeMessage.send'] });
    expect(declared.triggers).toEqual(config.triggers);
  });

  it('loads and refuses a call that carries a user, since only the timer may start it', async () => {
    const script = `
      const { main } = require(${JSON.stringify(path.join(out, 'scheduler', 'index.js'))});
      main({}, { environment: JSON.stringify({ WX_OPENID: 'o-someone' }) }).then((r) => { console.log(JSON.stringify(r)); process.exit(0); });
    `;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: out, timeout: 20_000 });
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  }, 30_000);
});

describe('exceljs inside a bundle', () => {
  it('reads a roster as it does unbundled (the member function imports rosters with it)', async () => {
    const entry = path.resolve('cloudfunctions/core/membership/roster/parseRoster.ts');
    const outfile = path.join(out, 'parseRoster.js');
    await bundle(entry, outfile);
    const xlsx = path.join(out, 'roster.xlsx');
    await writeFile(xlsx, await makeRosterWorkbook());
    const script = `
      const { parseRoster } = require(${JSON.stringify(outfile)});
      parseRoster(require('fs').readFileSync(${JSON.stringify(xlsx)}), 'community')
        .then((r) => console.log(JSON.stringify({ units: r.units.length, residents: r.residents.length, problems: r.problems.length })));
    `;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: out, timeout: 20_000 });
    expect(JSON.parse(stdout)).toEqual({ units: rosterCounts.units, residents: rosterCounts.residents, problems: rosterCounts.problems });
  }, 30_000);
});
