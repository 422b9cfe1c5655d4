import { formatChinaTime } from '@shared';
import { escape } from './loginPage';

/** The steps a trainer takes most: past a meeting, a notice period, an objection window. */
const CLOCK_STEPS: { label: string; ms: number }[] = [
  { label: '+1 小时', ms: 3_600_000 },
  { label: '+1 天', ms: 86_400_000 },
  { label: '+7 天', ms: 7 * 86_400_000 },
  { label: '+30 天', ms: 30 * 86_400_000 },
];

/**
 * /demo: the demo's controls — the demo time and the buttons that move it forward (each also runs
 * the scheduler, so deadlines that passed take effect at once), running the scheduler by hand, and
 * the way to the outbox. Only in demo mode; production has no such page.
 */
export function clockPage(now: number, offsetMs: number, notice = ''): string {
  const days = (offsetMs / 86_400_000).toFixed(1);
  const buttons = CLOCK_STEPS.map((s) => `<button type="submit" name="advanceMs" value="${s.ms}">${escape(s.label)}</button>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>社区协商 · 演示控制台</title>
<style>
  body { font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 18px; margin: 0; background: #f5f6f7; color: #1f2328; }
  main { max-width: 640px; margin: 0 auto; padding: 24px 16px 48px; line-height: 1.6; }
  .now { font-size: 28px; font-weight: 600; }
  .note { color: #4a5059; }
  .done { color: #1a7f37; }
  button { font-size: 18px; min-height: 48px; padding: 8px 16px; margin: 6px 8px 6px 0; border-radius: 8px; border: 2px solid #b4261a; background: #fff; color: #8f1d13; cursor: pointer; }
  a { color: #8f1d13; }
</style>
</head>
<body>
<main>
  <h1>演示控制台</h1>
  <p class="note">仅本地演示环境可用。正式环境使用真实时间。</p>
  <p>演示时间：<span class="now" data-testid="demo-now">${escape(formatChinaTime(now))}</span></p>
  <p class="note">比真实时间快 ${days} 天。时间只能向后调；每次调整后立即运行一次定时任务（到期的公示、表决、异议期随之处理）。</p>
  ${notice ? `<p class="done" role="status">${escape(notice)}</p>` : ''}
  <form method="post" action="/demo/clock">${buttons}</form>
  <form method="post" action="/demo/scheduler"><button type="submit">立即运行定时任务</button></form>
  <p><a href="/">返回应用</a> · <a href="/demo/messages">订阅消息发送记录</a> · <a href="/login">切换演示身份</a></p>
</main>
</body>
</html>`;
}
