import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildWeappForChecks } from './weappBuild';

/**
 * `npm run size`: builds the mini program and reports the bytes of its main package and of each
 * subpackage, against the budget, and their total. WeChat's hard limit is 2 MB per package; our
 * budget for the main package, which every visit downloads before anything shows, is 380 KB (a
 * bare Taro React app is about 300 KB; the tab pages are about 345 KB). Code that only
 * subpackages use is copied into each of them (Taro's optimizeMainPackage), so the total is
 * printed too: moving a module out of the main package can make it larger.
 */
const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist', 'weapp');
const BUDGET = 380 * 1024;
const WECHAT_LIMIT = 2 * 1024 * 1024;

function bytesUnder(dir: string, skip: Set<string> = new Set()): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (skip.has(p)) continue;
    total += entry.isDirectory() ? bytesUnder(p, skip) : statSync(p).size;
  }
  return total;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

if (!process.argv.includes('--no-build')) buildWeappForChecks(root);
const app = JSON.parse(readFileSync(path.join(out, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
const subRoots = (app.subPackages ?? []).map((s) => path.join(out, s.root));
// project.config.json is DevTools' own file, not part of the uploaded package.
const main = bytesUnder(out, new Set([...subRoots, path.join(out, 'project.config.json')]));

console.log(`主包 main package: ${kb(main)}  (预算 budget ${kb(BUDGET)}: ${pct(main, BUDGET)}; 微信上限 WeChat limit 2 MB: ${pct(main, WECHAT_LIMIT)})`);
let total = main;
for (const dir of subRoots) {
  const size = bytesUnder(dir);
  total += size;
  console.log(`分包 subpackage ${path.relative(out, dir)}: ${kb(size)}  (${pct(size, WECHAT_LIMIT)} of 2 MB)`);
}
console.log(`合计 total: ${kb(total)}`);
if (main > BUDGET) {
  console.error(`主包超出预算 ${kb(main - BUDGET)}`);
  process.exit(1);
}
