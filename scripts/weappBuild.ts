import { execSync } from 'node:child_process';

/**
 * Builds the mini program into dist/weapp for measuring and checking (`npm run size`,
 * `npm run check:weapp`). A production build must name its CloudBase environment; the code does
 * not depend on which, so without one this builds for an environment that does not exist, whose
 * every call would fail loudly if the build were ever uploaded.
 */
export function buildWeappForChecks(root: string): void {
  const cloudEnv = process.env.CLOUD_ENV?.trim() || 'not-for-upload';
  execSync('npm run build:weapp', { cwd: root, stdio: 'inherit', env: { ...process.env, CLOUD_ENV: cloudEnv } });
  if (cloudEnv === 'not-for-upload')
    console.log('dist/weapp 仅用于测量和检查 (CLOUD_ENV=not-for-upload)：上传前请用 CLOUD_ENV=<环境 ID> npm run build:weapp 重新构建');
}
