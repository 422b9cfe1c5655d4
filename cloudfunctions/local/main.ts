import { existsSync } from 'node:fs';
import path from 'node:path';
import { startLocalHost } from './server';

/**
 * `npm start`: serves the built H5 app and the cloud functions on 127.0.0.1, on the embedded
 * store under `.data/` (seeded with the demo community on first run). PORT overrides the port.
 */
async function main() {
  const root = process.cwd();
  const staticDir = path.join(root, 'dist', 'h5');
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    console.warn('未找到 dist/h5：H5 应用尚未构建，请先运行 npm run build:h5（npm start 会自动构建）。');
  }
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 无效：${process.env.PORT}`);
  // Demo personas stand in for WeChat identity on a developer's machine, never in production.
  const demo = process.env.NODE_ENV !== 'production';
  const host = await startLocalHost({
    demo,
    dataDir: process.env.DATA_DIR ?? path.join(root, '.data'),
    staticDir,
    port,
    // CloudBase runs the scheduler every five minutes; locally once a minute keeps a demo moving.
    schedulerEveryMs: 60_000,
    log: (line) => console.error(line),
  });
  console.log(`社区协商本地服务已启动：${host.url}`);
  console.log(
    demo ? `  打开 ${host.url}/login 选择演示身份；云函数在 ${host.url}/fn/<函数名>` : '  NODE_ENV=production：演示身份已关闭，本地服务不认任何调用者。',
  );
  const stop = () => host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
