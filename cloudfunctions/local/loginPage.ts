import type { Persona } from './personas';

export const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The demo login: pick who you are. Exists only in the local host; WeChat supplies identity in production. */
export function loginPage(personas: Persona[]): string {
  const groups = new Map<string, Persona[]>();
  for (const p of personas) {
    const key = p.communityName || '未加入社区';
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const sections = [...groups]
    .map(
      ([community, people]) => `
    <section>
      <h2>${escape(community)}</h2>
      ${people
        .map(
          (p) => `<button type="submit" name="persona" value="${escape(p.id)}" data-persona="${escape(p.id)}">
            <span class="name">${escape(p.name)}</span><span class="role">${escape(p.roleLabel)}</span>
          </button>`,
        )
        .join('')}
    </section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>社区协商 · 选择演示身份</title>
<style>
  body { font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 18px; margin: 0; background: #f5f6f7; color: #1f2328; }
  main { max-width: 560px; margin: 0 auto; padding: 24px 16px 48px; }
  h1 { font-size: 26px; margin: 8px 0; }
  p.note { color: #4a5059; line-height: 1.6; }
  h2 { font-size: 20px; margin: 24px 0 8px; }
  button { display: flex; justify-content: space-between; align-items: center; width: 100%; min-height: 56px; margin: 8px 0; padding: 12px 16px;
           font-size: 18px; border: 1px solid #c9ced6; border-radius: 10px; background: #fff; color: #1f2328; cursor: pointer; }
  button:focus, button:hover { border-color: #b4261a; outline: 2px solid #b4261a; }
  .role { color: #4a5059; font-size: 16px; }
</style>
</head>
<body>
<main>
  <h1>选择演示身份</h1>
  <p class="note">这是本地演示环境。正式的小程序中，身份由微信登录确定，不需要选择。</p>
  <form method="post" action="/login">${sections}
  </form>
  <p class="note"><a href="/demo">演示控制台</a>（调快演示时间，一次走完公示、表决和异议期）· <a href="/demo/messages">查看微信订阅消息发送记录</a>（本地演示：记录正式环境会发出的消息）</p>
</main>
</body>
</html>`;
}
