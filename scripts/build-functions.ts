import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { FUNCTIONS, TIMER_FUNCTIONS } from '../cloudfunctions/functions';

/**
 * `npm run build:functions`: bundles each deployed function with esbuild into
 * dist/cloudfunctions/<name>/ (index.js + package.json), ready for WeChat DevTools or the
 * CloudBase CLI. The CloudBase SDK stays external and is installed by the platform from the
 * function's package.json; everything else, shared/ and zod included, is in the bundle.
 */
const root = path.resolve(__dirname, '..');
/** Installed by the platform from each function's package.json rather than bundled. */
export const EXTERNAL = ['@cloudbase/node-sdk', 'wx-server-sdk'];
/** wx-server-sdk (WeChat's openapi) is not a dependency of the repo itself: only deployed functions load it. */
const PLATFORM_VERSIONS: Record<string, string> = { 'wx-server-sdk': '4.0.2' };

/**
 * What a function needs beyond the CloudBase SDK: the WeChat openapi calls it makes, declared in
 * its config.json as WeChat requires, and wx-server-sdk to make them.
 */
const OPENAPI: Partial<Record<string, string[]>> = {
  participation: ['security.msgSecCheck'],
  suggestion: ['security.msgSecCheck'],
  consultation: ['wxacode.getUnlimited'],
  scheduler: ['subscribeMessage.send'],
};

/**
 * Timer triggers, as cloudbaserc.json declares them for the CloudBase CLI; WeChat DevTools reads
 * the same from the function's config.json. Seven-field cron: every five minutes.
 */
const TRIGGERS: Record<string, { name: string; type: 'timer'; config: string }[]> = {
  scheduler: [{ name: 'tick', type: 'timer', config: '0 */5 * * * * *' }],
};

/** Bundles one entry as a deployed function is bundled; returns the bytes written. */
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
  return Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
}

/** Builds every function into `out`; returns the bundle size of each. */
export async function buildFunctions(out: string): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  const rootPkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const versions: Record<string, string> = { ...rootPkg.dependencies, ...rootPkg.devDependencies };
  await rm(out, { recursive: true, force: true });
  for (const name of [...Object.keys(FUNCTIONS), ...TIMER_FUNCTIONS]) {
    const dir = path.join(out, name);
    await mkdir(dir, { recursive: true });
    sizes[name] = await bundle(path.join(root, 'cloudfunctions', name, 'index.ts'), path.join(dir, 'index.js'));
    const openapi = OPENAPI[name] ?? [];
    const deps = openapi.length ? EXTERNAL : ['@cloudbase/node-sdk'];
    const pkg = {
      name,
      version: rootPkg.version,
      private: true,
      main: 'index.js',
      dependencies: Object.fromEntries(deps.map((dep) => [dep, versions[dep] ?? PLATFORM_VERSIONS[dep]])),
    };
    await writeFile(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
    const config = {
      ...(openapi.length ? { permissions: { openapi } } : {}),
      ...(TRIGGERS[name] ? { triggers: TRIGGERS[name] } : {}),
    };
    if (Object.keys(config).length) await writeFile(path.join(dir, 'config.json'), JSON.stringify(config, null, 2) + '\n');
  }
  return sizes;
}

if (require.main === module) {
  const out = path.join(root, 'dist', 'cloudfunctions');
  buildFunctions(out).then(
    (sizes) => {
      for (const [name, bytes] of Object.entries(sizes)) {
        console.log(`${name}: dist/cloudfunctions/${name}/index.js ${(bytes / 1024).toFixed(1)} KB`);
      }
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
