import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { FUNCTIONS, TIMER_FUNCTIONS } from '../cloudfunctions/functions';
import { openapiOf, portsReachedFrom, type OpenapiPort } from './openapi';

/**
 * `npm run build:functions`: bundles each deployed function with esbuild into
 * dist/cloudfunctions/<name>/ (index.js + package.json, and config.json when WeChat needs one),
 * ready for WeChat DevTools or the CloudBase CLI. The CloudBase SDK stays external and is
 * installed by the platform from the function's package.json; everything else, shared/ and zod
 * included, is in the bundle.
 */
const root = path.resolve(__dirname, '..');
/** Installed by the platform from each function's package.json rather than bundled. */
export const EXTERNAL = ['@cloudbase/node-sdk', 'wx-server-sdk'];
/** wx-server-sdk (WeChat's openapi) is not a dependency of the repo itself: only deployed functions load it. */
const PLATFORM_VERSIONS: Record<string, string> = { 'wx-server-sdk': '4.0.2' };

/** A function as it is deployed: the entry CloudBase runs, and where the code it can reach starts. */
export interface DeployedFunction {
  name: string;
  /** The CloudBase entry (`index.ts`), bundled as the function's index.js. */
  entry: string;
  /**
   * Where the function's own code starts: a called function's definition (its actions), or a
   * timer function's entry. The WeChat openapi it needs is read from what this reaches; the
   * platform adapter, which builds every port whether used or not, stays out of the reckoning.
   */
  reach: string;
}

export interface BuiltFunction {
  bytes: number;
  ports: OpenapiPort[];
  openapi: string[];
}

interface Trigger {
  name: string;
  type: 'timer';
  config: string;
}

/** Every deployed function: those the app calls (FUNCTIONS) and those a timer starts. */
export function deployedFunctions(): DeployedFunction[] {
  const at = (name: string, file: string) => path.join(root, 'cloudfunctions', name, file);
  return [
    ...Object.keys(FUNCTIONS).map((name) => ({ name, entry: at(name, 'index.ts'), reach: at(name, 'definition.ts') })),
    ...TIMER_FUNCTIONS.map((name) => ({ name, entry: at(name, 'index.ts'), reach: at(name, 'index.ts') })),
  ];
}

/**
 * cloudbaserc.json, which the CloudBase CLI deploys from: it must list exactly the deployed
 * functions, or `tcb fn deploy <name>` would stop to ask for a runtime and deploy one without our
 * timeout, memory, environment variables and triggers. Returns each function's triggers, which
 * WeChat DevTools reads from config.json.
 */
export async function readCloudbaseRc(): Promise<Record<string, Trigger[]>> {
  const rc = JSON.parse(await readFile(path.join(root, 'cloudbaserc.json'), 'utf8')) as {
    functions: { name: string; triggers?: Trigger[] }[];
  };
  const listed = rc.functions.map((f) => f.name).sort();
  const deployed = deployedFunctions()
    .map((f) => f.name)
    .sort();
  if (listed.join() !== deployed.join()) {
    throw new Error(`cloudbaserc.json 的函数 (functions) [${listed.join(', ')}] 与部署的函数 (deployed) [${deployed.join(', ')}] 不一致`);
  }
  return Object.fromEntries(rc.functions.map((f) => [f.name, f.triggers ?? []]));
}

/**
 * Files a bundled module reads at run time from beside itself (`__dirname`), by the module that
 * reads them: copied next to the bundle. jieba's segmenter loads its WebAssembly (the dictionary
 * inside) this way; it is plain WebAssembly, so the bundle needs no native binary.
 */
const ASSETS: { module: string; files: string[] }[] = [
  { module: 'jieba-wasm/pkg/nodejs/jieba_rs_wasm.js', files: [require.resolve('jieba-wasm').replace(/\.js$/, '_bg.wasm')] },
];

/** Bundles one entry as a deployed function is bundled, with the files its modules read beside it; returns the bytes written. */
export async function bundle(entry: string, outfile: string): Promise<number> {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    external: EXTERNAL,
    tsconfig: path.join(root, 'tsconfig.json'),
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const assets = ASSETS.filter((a) => inputs.some((i) => i.endsWith(a.module))).flatMap((a) => a.files);
  await Promise.all(assets.map((file) => copyFile(file, path.join(path.dirname(outfile), path.basename(file)))));
  return Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
}

/**
 * Builds one function into `out/<name>`: the bundle, a package.json naming what the platform
 * installs (wx-server-sdk only where the code calls the openapi), and a config.json with the
 * openapi permissions WeChat requires and the timer triggers, when there are any.
 */
export async function buildFunction(out: string, fn: DeployedFunction, triggers: Trigger[] = []): Promise<BuiltFunction> {
  const dir = path.join(out, fn.name);
  await mkdir(dir, { recursive: true });
  const [bytes, ports] = await Promise.all([bundle(fn.entry, path.join(dir, 'index.js')), portsReachedFrom(fn.reach)]);
  const openapi = openapiOf(ports);
  const rootPkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const versions: Record<string, string> = { ...PLATFORM_VERSIONS, ...rootPkg.dependencies, ...rootPkg.devDependencies };
  const deps = openapi.length ? EXTERNAL : ['@cloudbase/node-sdk'];
  const pkg = {
    name: fn.name,
    version: rootPkg.version,
    private: true,
    main: 'index.js',
    dependencies: Object.fromEntries(deps.map((dep) => [dep, versions[dep]])),
  };
  await writeFile(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  const config = {
    ...(openapi.length ? { permissions: { openapi } } : {}),
    ...(triggers.length ? { triggers } : {}),
  };
  if (Object.keys(config).length) await writeFile(path.join(dir, 'config.json'), JSON.stringify(config, null, 2) + '\n');
  return { bytes, ports, openapi };
}

/** Builds every deployed function into `out`. */
export async function buildFunctions(out: string): Promise<Record<string, BuiltFunction>> {
  const triggers = await readCloudbaseRc();
  await rm(out, { recursive: true, force: true });
  const fns = deployedFunctions();
  const built = await Promise.all(fns.map((fn) => buildFunction(out, fn, triggers[fn.name])));
  return Object.fromEntries(fns.map((fn, i) => [fn.name, built[i]]));
}

/** One line per function: its bundle and the openapi it calls (and through which port). */
export function describeBuild(built: Record<string, BuiltFunction>, outDir: string): string[] {
  return Object.entries(built).map(([name, fn]) => {
    const calls = fn.ports.map((port) => `${openapiOf([port])[0]} (ctx.${port})`).join(', ');
    return `${name}: ${outDir}/${name}/index.js ${(fn.bytes / 1024).toFixed(1)} KB; openapi: ${calls || '—'}`;
  });
}

if (require.main === module) {
  buildFunctions(path.join(root, 'dist', 'cloudfunctions')).then(
    (built) => describeBuild(built, 'dist/cloudfunctions').forEach((line) => console.log(line)),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
