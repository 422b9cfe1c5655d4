import { DELIVERY_LABELS, formatChinaTime, TEMPLATE_TITLES } from '@shared';
import type { MemberDoc, NotificationDoc } from '../core/docs';
import { EVENTS } from '../core/notify/events';
import type { LocalMessageDoc } from '../core/notify/localMessenger';
import type { Store } from '../core/store/port';
import { escape } from './loginPage';

const SHOWN = 200;

/**
 * /demo/messages: the outbox and what the local sender recorded, newest first — what WeChat would
 * have been asked to send in production, and why the rest was not sent (no subscription, say).
 */
export async function messagesPage(store: Store): Promise<string> {
  const items = await store.find<NotificationDoc>('notifications', {}, { sort: [{ field: 'createdAt', dir: 'desc' }], limit: SHOWN });
  const [members, sent] = await Promise.all([
    store.find<MemberDoc>('members', { _id: { $in: [...new Set(items.map((i) => i.memberId))] } }),
    store.find<LocalMessageDoc>('localMessages', { _id: { $in: items.map((i) => i._id) } }),
  ]);
  const names = new Map(members.map((m) => [m._id, m.name || '已注销成员']));
  const messages = new Map(sent.map((m) => [m._id, m]));
  const rows = items.map((i) => row(i, names.get(i.memberId) ?? '—', messages.get(i._id))).join('');
  const empty = items.length === 0 ? '<p class="note">还没有消息。发布公告、答复意见或开始表决后，这里会出现要发送的消息。</p>' : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>社区协商 · 订阅消息发送记录</title>
<style>
  body { font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 16px; margin: 0; background: #f5f6f7; color: #1f2328; }
  main { max-width: 1100px; margin: 0 auto; padding: 24px 16px 48px; }
  table { width: 100%; border-collapse: collapse; background: #fff; }
  th, td { text-align: left; padding: 8px; border-bottom: 1px solid #e1e4e8; vertical-align: top; }
  .note { color: #4a5059; line-height: 1.6; }
  .sent { color: #1a7f37; } .failed, .unknown { color: #b4261a; }
  code { font-size: 13px; white-space: pre-wrap; }
</style>
</head>
<body>
<main>
  <h1>订阅消息发送记录</h1>
  <p class="note">本地演示环境不连接微信：发送程序把正式环境会调用 subscribeMessage.send 的内容记在这里。
  成员没有订阅（没有剩余授权）时只有站内消息。最近 ${SHOWN} 条，最新的在前。<a href="/demo">演示控制台</a> · <a href="/login">返回</a></p>
  ${empty}
  <table data-testid="outbox">
    <thead><tr><th>时间</th><th>收件人</th><th>事件</th><th>模板</th><th>状态</th><th>发送内容</th></tr></thead>
    <tbody>${rows}</tbody>
  </table>
</main>
</body>
</html>`;
}

function row(i: NotificationDoc, name: string, sent: LocalMessageDoc | undefined): string {
  const content = sent ? `<code>${escape(JSON.stringify({ page: sent.page, data: sent.data }, null, 1))}</code>` : '';
  const error = i.error ? `（${escape(`${i.error.code} ${i.error.message}`)}）` : '';
  return `<tr data-id="${escape(i._id)}" data-state="${i.state}">
    <td>${escape(formatChinaTime(i.createdAt))}</td>
    <td>${escape(name)}</td>
    <td>${escape(EVENTS[i.kind].label)}：${escape(i.fields.title)}</td>
    <td>${escape(TEMPLATE_TITLES[i.template])}</td>
    <td class="${i.state}">${escape(DELIVERY_LABELS[i.state])}${error}</td>
    <td>${content}</td>
  </tr>`;
}
