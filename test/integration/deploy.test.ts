import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { encodeTemplates, templatesFrom } from '../../cloudfunctions/core/notify/templates';
import { deployedFunctions } from '../../scripts/build-functions';

/**
 * `npm run deploy` (scripts/deploy.ts, run for real) against a stand-in `tcb` on the PATH that
 * records each call and answers as CloudBase CLI 2.12 does: a success line on stderr, or a
 * failure printed on stdout with exit status 0 — the CLI does not fail its exit status when a
 * deploy fails. The real build is skipped (DEPLOY_SKIP_BUILD=1); functionBundle tests it.
 */
const root = path.resolve(__dirname, '../..');
const tsx = require.resolve('tsx/cli');
const NAMES = deployedFunctions().map((f) => f.name);
const TEMPLATES = {
  notice: { id: 'tpl-notice', fields: { title: 'thing1', time: 'time2', note: 'thing3' } },
  vote: { id: 'tpl-vote', fields: { title: 'thing1', status: 'phrase2' } },
};

let dir: string;
let bin: string;
let calls: string;

const FAKE_TCB = `
const fs = require('fs');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_TCB_CALLS, JSON.stringify({ args, templates: process.env.WX_SUBSCRIBE_TEMPLATES }) + '\\n');
const name = args[2];
if (name === process.env.FAKE_TCB_EXIT_1) process.exit(1);
if (name === process.env.FAKE_TCB_SAYS_FAILED) {
  console.log('✖ [' + name + '] 函数部署失败');
  console.log('✖   错误信息: [' + name + '] 部署失败，InvalidParameter');
  process.exit(0);
}
process.stderr.write('✔ [' + name + '] 云函数部署成功！\\n');
`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-deploy-'));
  bin = path.join(dir, 'bin');
  await mkdir(bin);
  await writeFile(path.join(dir, 'fake-tcb.js'), FAKE_TCB);
  // A shell wrapper with absolute paths, so the PATH need hold nothing but this folder.
  await writeFile(path.join(bin, 'tcb'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(dir, 'fake-tcb.js')}" "$@"\n`);
  await chmod(path.join(bin, 'tcb'), 0o755);
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  calls = path.join(dir, `calls-${Date.now()}.jsonl`);
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function deploy(env: Record<string, string>): Promise<Run> {
  // The caller's own PATH (and any tcb on it) and deploy settings are replaced.
  const base = { PATH: bin, TCB_ENV_ID: 'env-test', WX_SUBSCRIBE_TEMPLATES: '', DEPLOY_SKIP_BUILD: '1', FAKE_TCB_CALLS: calls };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsx, 'scripts/deploy.ts'],
      { cwd: root, env: { ...process.env, ...base, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

async function recordedCalls(): Promise<{ args: string[]; templates?: string }[]> {
  const text = await readFile(calls, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/**
 * What the CloudBase CLI makes of cloudbaserc.json, re-enacted from @cloudbase/toolbox's
 * ConfigParser.parseRawConfig as bundled in @cloudbase/cli 2.12.10: the config is
 * JSON.stringify'd, each `{{env.X}}` is replaced by the variable's text as it is (mustache with
 * an escape that leaves strings alone; unset gives ''), the result is JSON.parse'd, and any
 * string value that itself parses as a JSON object becomes that object.
 */
function parseLikeCloudbaseCli(rcText: string, env: Record<string, string | undefined>): unknown {
  const rendered = JSON.stringify(JSON.parse(rcText)).replace(/\{\{\s*env\.(\w+)\s*\}\}/g, (_, name: string) => env[name] ?? '');
  return JSON.parse(rendered, (_key, value) => {
    if (typeof value !== 'string') return value;
    try {
      const parsed = JSON.parse(value);
      return typeof parsed === 'object' && parsed !== null ? parsed : value;
    } catch {
      return value;
    }
  });
}

describe('npm run deploy', () => {
  it('deploys every function with tcb fn deploy, never tcb fn trigger create, and says so when all succeed', async () => {
    const run = await deploy({ WX_SUBSCRIBE_TEMPLATES: JSON.stringify(TEMPLATES) });
    expect(run.code).toBe(0);
    const made = await recordedCalls();
    // One call per function; fn deploy creates the timer trigger cloudbaserc.json declares.
    // The projector's function is also given its HTTP access path, the one the hosted page posts to.
    const http = (name: string) => (name === 'screen' ? ['--path', '/fn/screen'] : []);
    expect(made.map((c) => c.args)).toEqual(NAMES.map((name) => ['fn', 'deploy', name, '--force', '-e', 'env-test', ...http(name)]));
    // The templates reach the CLI in the form its config parsing keeps intact (below).
    expect(made.every((c) => c.templates === encodeTemplates(TEMPLATES))).toBe(true);
    expect(run.stdout).toContain(`已部署 (deployed) ${NAMES.length} 个函数到 env-test`);
  }, 90_000);

  it('deploys the projector page to static hosting when FUNCTIONS_ORIGIN names where it reaches the functions', async () => {
    const run = await deploy({ FUNCTIONS_ORIGIN: 'https://env-test.ap-shanghai.app.tcloudbase.com' });
    expect(run.code).toBe(0);
    expect((await recordedCalls()).at(-1)!.args).toEqual(['hosting', 'deploy', path.join(root, 'dist', 'h5'), '/', '-e', 'env-test']);
    const without = await deploy({});
    expect(without.code).toBe(0);
    expect(without.stderr).toContain('未设置 FUNCTIONS_ORIGIN：投屏页未部署');
  }, 120_000);

  it('exits non-zero naming every function that failed, whether tcb exited 1 or only printed the failure', async () => {
    const run = await deploy({ FAKE_TCB_EXIT_1: 'voting', FAKE_TCB_SAYS_FAILED: 'result' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('部署失败 (deploy failed): voting, result');
    // The rest were still deployed, so the report is complete.
    expect((await recordedCalls()).map((c) => c.args[2])).toEqual(NAMES);
    expect(run.stdout).not.toContain('已部署 (deployed)');
  }, 90_000);

  it('stops before deploying, saying how to install tcb, when tcb is not on the PATH', async () => {
    const empty = path.join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    const run = await deploy({ PATH: empty });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('npm i -g @cloudbase/cli@2');
    expect(run.stderr).toContain('tcb');
  }, 90_000);

  it('stops before deploying when WX_SUBSCRIBE_TEMPLATES is malformed', async () => {
    const run = await deploy({ WX_SUBSCRIBE_TEMPLATES: '{"notice":{"id":"x","fields":{"title":"title1"}}}' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/WX_SUBSCRIBE_TEMPLATES 配置有误.*notice\.fields\.title/);
    expect(await recordedCalls()).toEqual([]);
  }, 90_000);
});

describe('WX_SUBSCRIBE_TEMPLATES on its way through the CloudBase CLI', () => {
  const rcFunctions = async (env: Record<string, string>) => {
    const rc = parseLikeCloudbaseCli(await readFile(path.join(root, 'cloudbaserc.json'), 'utf8'), env) as {
      functions: { name: string; envVariables?: Record<string, unknown> }[];
    };
    return Object.fromEntries(rc.functions.map((f) => [f.name, f.envVariables ?? {}]));
  };

  it('reaches account and scheduler, in the form npm run deploy passes, as a string they read back as the same templates', async () => {
    const vars = await rcFunctions({ TCB_ENV_ID: 'env-test', WX_SUBSCRIBE_TEMPLATES: encodeTemplates(TEMPLATES) });
    for (const name of ['account', 'scheduler']) {
      expect(typeof vars[name].WX_SUBSCRIBE_TEMPLATES).toBe('string');
      expect(templatesFrom(vars[name].WX_SUBSCRIBE_TEMPLATES as string)).toEqual(TEMPLATES);
    }
  });

  it('would not survive as JSON: pasted raw it breaks the config, escaped it arrives as an object', async () => {
    const json = JSON.stringify(TEMPLATES);
    await expect(rcFunctions({ WX_SUBSCRIBE_TEMPLATES: json })).rejects.toThrow(SyntaxError);
    const escaped = JSON.stringify(json).slice(1, -1);
    expect((await rcFunctions({ WX_SUBSCRIBE_TEMPLATES: escaped })).account.WX_SUBSCRIBE_TEMPLATES).toEqual(TEMPLATES);
  });
});
