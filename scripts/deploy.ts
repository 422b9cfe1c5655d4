import { execSync, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { encodeTemplates, templatesFrom, TEMPLATES_ENV } from '../cloudfunctions/core/notify/templates';
import { FUNCTIONS } from '../cloudfunctions/functions';
import { buildFunctions, deployedFunctions, describeBuild, readCloudbaseRc, type BuiltFunction } from './build-functions';

/**
 * `npm run deploy`: builds the functions, then deploys each one with the CloudBase CLI found on
 * the PATH (`tcb fn deploy <name> --force -e <env>`, which also creates the timer triggers
 * cloudbaserc.json declares), and exits non-zero naming every function that failed.
 *
 * The CLI (2.x) reports a failed deploy on its output and still exits 0, both for `--all` and
 * for one function, so a function counts as deployed only when tcb exits 0 and printed its own
 * success line for that function.
 */
const root = path.resolve(__dirname, '..');
const INSTALL = 'npm i -g @cloudbase/cli@2';

/** The executable `command` resolves to on this PATH, if any. */
function findOnPath(command: string): string | undefined {
  const names = process.platform === 'win32' ? [`${command}.cmd`, `${command}.exe`] : [command];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const file = path.join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here; try the next directory
      }
    }
  }
  return undefined;
}

function requireTcb(): string {
  const tcb = findOnPath('tcb');
  if (!tcb) {
    throw new Error(
      `未找到 CloudBase CLI（tcb 不在 PATH 中）。请先安装：${INSTALL}，再运行 tcb login。\n` +
        `The CloudBase CLI (tcb) is not on the PATH. Install it with \`${INSTALL}\`, then run \`tcb login\`.`,
    );
  }
  return tcb;
}

function requireEnvId(): string {
  const envId = process.env.TCB_ENV_ID?.trim();
  // Without it the CLI would stop and ask which environment to use.
  if (!envId) throw new Error('未设置 TCB_ENV_ID：export TCB_ENV_ID=<环境 ID>\nTCB_ENV_ID is not set: export TCB_ENV_ID=<CloudBase environment id>');
  return envId;
}

/**
 * WX_SUBSCRIBE_TEMPLATES as it must reach the CLI: checked here (a malformed value stops the
 * deploy, not the functions later) and passed as base64, which survives the CLI's substitution
 * of `{{env.WX_SUBSCRIBE_TEMPLATES}}` into cloudbaserc.json; the functions read either form.
 */
function templatesForCli(): string {
  const config = templatesFrom(process.env[TEMPLATES_ENV]);
  const keys = Object.keys(config);
  if (!keys.length) {
    // Every deploy replaces a function's environment variables, so an unset value switches messages off.
    console.warn(
      `⚠ 未设置 ${TEMPLATES_ENV}：account 与 scheduler 不发送订阅消息（消息仍在「我的 → 消息」）。\n  ${TEMPLATES_ENV} is not set: no subscription messages will be sent.`,
    );
    return '';
  }
  console.log(`订阅消息模板 (subscription templates): ${keys.join(', ')}`);
  return encodeTemplates(config);
}

const SUCCESS = ['云函数部署成功', '云函数更新成功', 'Cloud function deployed successfully', 'Cloud function updated successfully'];

/** Whether the CLI's output says this function was deployed (its zh or en success line). */
function confirmsDeploy(output: string, name: string): boolean {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  return SUCCESS.some((line) => plain.includes(`[${name}] ${line}`));
}

/** Runs `tcb fn deploy` for one function, echoing its output; true when it really deployed. */
function deployOne(tcb: string, name: string, envId: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    // A function that answers without WeChat identity (the projector's) is reached over HTTP access at /fn/<name>.
    const http = httpPathOf(name);
    const args = ['fn', 'deploy', name, '--force', '-e', envId, ...(http ? ['--path', http] : [])];
    console.log(`\n▶ tcb ${args.join(' ')}`);
    // On Windows tcb is a .cmd, which only a shell runs; stdin stays the terminal's, so the CLI
    // can still ask for a login on first use.
    const windows = process.platform === 'win32';
    const child = spawn(windows ? `"${tcb}"` : tcb, args, { cwd: root, env, stdio: ['inherit', 'pipe', 'pipe'], shell: windows });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('error', (e) => {
      console.error(`[${name}] tcb 无法启动 (could not start): ${e.message}`);
      resolve(false);
    });
    child.on('close', (code) => {
      const deployed = code === 0 && confirmsDeploy(output, name);
      if (!deployed) console.error(`✖ [${name}] tcb 未确认部署成功 (tcb did not confirm the deploy; exit status ${code})`);
      resolve(deployed);
    });
  });
}

/**
 * The build, unless DEPLOY_SKIP_BUILD=1. That switch exists only for this script's own test,
 * which runs it against a stand-in tcb; the build has its own test (functionBundle).
 */
async function buildUnlessSkipped(): Promise<Record<string, BuiltFunction> | undefined> {
  if (process.env.DEPLOY_SKIP_BUILD === '1') return undefined;
  const built = await buildFunctions(path.join(root, 'dist', 'cloudfunctions'));
  describeBuild(built, 'dist/cloudfunctions').forEach((line) => console.log(line));
  return built;
}

/** What the CLI cannot do: WeChat registers openapi permissions only for a function uploaded from DevTools. */
function devToolsReminder(built: Record<string, BuiltFunction>): string[] {
  const needing = Object.entries(built).filter(([, fn]) => fn.openapi.length);
  if (!needing.length) return [];
  return [
    '下一步：在微信开发者工具中上传这些函数（右键 → 上传并部署），微信才会登记它们的云调用权限：',
    'Next: upload these functions from WeChat DevTools; WeChat registers their openapi permissions only then:',
    ...needing.map(([name, fn]) => `  ${name}: ${fn.openapi.join(', ')}`),
  ];
}

/** The HTTP access path of an anonymous function: the same path the H5 transport posts to. */
function httpPathOf(name: string): string | undefined {
  const def = (FUNCTIONS as Record<string, { anonymous?: true }>)[name];
  return def?.anonymous ? `/fn/${name}` : undefined;
}

/** Runs tcb with these arguments, echoing its output; true when it exits 0. */
function runTcb(tcb: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    console.log(`\n▶ tcb ${args.join(' ')}`);
    const windows = process.platform === 'win32';
    const child = spawn(windows ? `"${tcb}"` : tcb, args, { cwd: root, env, stdio: 'inherit', shell: windows });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

/**
 * 投屏: the hall's projector is the H5 build on CloudBase static hosting, reaching the screen
 * function's HTTP access at FUNCTIONS_ORIGIN (https://<env>.<region>.app.tcloudbase.com, which the
 * console's HTTP 访问服务 shows). Without it the page would not know where to ask, so it is left
 * undeployed with a word on how to deploy it.
 */
async function deployProjector(tcb: string, envId: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const origin = process.env.FUNCTIONS_ORIGIN?.trim();
  if (!origin) {
    console.warn(
      '⚠ 未设置 FUNCTIONS_ORIGIN：投屏页未部署。设置为 HTTP 访问服务的域名（如 https://<环境 ID>.ap-shanghai.app.tcloudbase.com）后重新部署。\n' +
        '  FUNCTIONS_ORIGIN is not set: the projector page was not deployed.',
    );
    return true;
  }
  if (process.env.DEPLOY_SKIP_BUILD !== '1') execSync('npm run build:h5', { cwd: root, stdio: 'inherit', env: { ...process.env, FUNCTIONS_ORIGIN: origin } });
  const deployed = await runTcb(tcb, ['hosting', 'deploy', path.join(root, 'dist', 'h5'), '/', '-e', envId], env);
  if (deployed) console.log(`投屏页 (projector): <静态网站域名>/?screen#/screen/index/index?code=<投屏码>`);
  else console.error('✖ 投屏页部署失败 (the projector page was not deployed)');
  return deployed;
}

async function deploy(): Promise<number> {
  const tcb = requireTcb();
  const envId = requireEnvId();
  await readCloudbaseRc(); // refuses a cloudbaserc.json that does not list exactly the deployed functions
  const env = { ...process.env, [TEMPLATES_ENV]: templatesForCli() };
  const built = await buildUnlessSkipped();
  const failed: string[] = [];
  for (const { name } of deployedFunctions()) {
    if (!(await deployOne(tcb, name, envId, env))) failed.push(name);
  }
  if (!failed.length && !(await deployProjector(tcb, envId, env))) failed.push('projector (static hosting)');
  if (failed.length) {
    console.error(`\n✖ 部署失败 (deploy failed): ${failed.join(', ')}`);
    return 1;
  }
  console.log(`\n✔ 已部署 (deployed) ${deployedFunctions().length} 个函数到 ${envId}`);
  if (built) devToolsReminder(built).forEach((line) => console.log(line));
  return 0;
}

if (require.main === module) {
  deploy().then(
    (code) => process.exit(code),
    (e: unknown) => {
      // Every stop here is a message for the person deploying (missing tcb, env id, bad templates, build error).
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
