import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as ci from 'miniprogram-ci';
import { shippedFileProblems } from './shippedFiles';
import { buildWeappForChecks } from './weappBuild';

/**
 * `npm run check:weapp`: WeChat's own checks of the built mini program, run offline by WeChat's
 * miniprogram-ci as DevTools runs them: the code analysis (every page, component, template and
 * script resolved, and the size of each package) and the code-quality scan (package sizes, JS,
 * WXSS and WXML compression, 按需注入, images, unused files). Then two checks of our own on what
 * residents download, which the scan cannot see: that every shipped file is in fact minified (the
 * scan reads only project.config.json's flags) and that every template closes its tags (the
 * analysis does not parse them so far).
 *
 * Builds first, as `npm run size` does; `--no-build` checks the build already in dist/weapp (CI,
 * after `npm run size`). Exits non-zero on any analysis error or failing item.
 */
const root = path.resolve(__dirname, '..');

interface ProjectConfig {
  appid: string;
  miniprogramRoot: string;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** WeChat's quality scan: one line per item; true when every item passes. */
async function qualityScan(project: ci.Project): Promise<boolean> {
  const items = await ci.checkCodeQuality(project);
  console.log('== 代码质量 code quality (miniprogram-ci checkCodeQuality)');
  for (const item of items) {
    // The scan's texts end in a separator for a list of files, empty when the item passes.
    console.log(`${item.success ? '✓ 通过' : '✗ 未通过'}  ${item.name}  ${(item.text ?? '').replace(/\s*:?\s*$/, '')}`);
    if (!item.success && item.detail) console.log(`    ${JSON.stringify(item.detail)}`);
  }
  return items.length > 0 && items.every((item) => item.success);
}

/** WeChat's code analysis: the size of each package, and every error; true when there is none. */
async function codeAnalysis(project: ci.Project): Promise<boolean> {
  const result = await ci.analyseCode(project, { silent: true });
  if (!result) throw new Error('miniprogram-ci 未返回代码分析结果');
  console.log('== 代码分析 code analysis (miniprogram-ci analyseCode)');
  const packages = new Map<string, { files: number; bytes: number }>();
  for (const file of result.files) {
    const name = file.subPackage ? `分包 ${file.subPackage}` : '主包';
    const sum = packages.get(name) ?? { files: 0, bytes: 0 };
    packages.set(name, { files: sum.files + 1, bytes: sum.bytes + file.size });
  }
  for (const [name, { files, bytes }] of packages) console.log(`${name}: ${kb(bytes)}，${files} 个文件`);
  const total = result.files.reduce((sum, file) => sum + file.size, 0);
  console.log(`合计 total: ${kb(total)}，${result.files.length} 个文件，${result.modules.length} 个模块`);
  const errors = result.modules.flatMap((module) => [
    ...(module.errors ?? []).map((error) => `${module.path}: ${error}`),
    ...(module.buildError ? [`${module.path}: ${module.buildError}`] : []),
    ...module.deps.filter((dep) => dep.error).map((dep) => `${module.path} → ${dep.request}: ${dep.error}`),
  ]);
  for (const error of errors) console.log(`✗ 分析错误 ${error}`);
  return errors.length === 0;
}

async function main(): Promise<boolean> {
  if (!process.argv.includes('--no-build')) buildWeappForChecks(root);
  const config = JSON.parse(readFileSync(path.join(root, 'project.config.json'), 'utf8')) as ProjectConfig;
  const out = path.join(root, config.miniprogramRoot);
  if (!existsSync(path.join(out, 'app.json'))) {
    console.error(`${path.relative(root, out)} 下没有小程序构建：先运行 npm run build:weapp（需 CLOUD_ENV），或去掉 --no-build 让本命令自己构建`);
    return false;
  }
  ci.locales.setLocale('zh');
  // The checks need no signature, but miniprogram-ci will not open a project without a key: a
  // throwaway one, never written to disk, since upload and preview are not used here.
  const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const project = new ci.Project({
    appid: config.appid,
    type: 'miniProgram',
    projectPath: root,
    privateKey,
    ignores: ['node_modules/**/*', '.git/**/*', 'dist/h5/**/*', 'dist/cloudfunctions/**/*'],
  });
  const quality = await qualityScan(project);
  const analysis = await codeAnalysis(project);
  console.log('== 构建产物 shipped files');
  const problems = shippedFileProblems(out);
  for (const problem of problems) console.log(`✗ ${problem}`);
  if (problems.length === 0) console.log('✓ 通过  JS、WXSS、WXML 均已压缩，模板标签均已闭合');
  return quality && analysis && problems.length === 0;
}

if (require.main === module) {
  // miniprogram-ci leaves a file watcher running: the process ends here, not when it goes idle.
  main().then(
    (passed) => {
      console.log(passed ? '微信检查全部通过' : '微信检查未通过');
      process.exit(passed ? 0 : 1);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
