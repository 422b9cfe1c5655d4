import type { SystemContext } from '../context';
import type { MemberDoc, NotificationDoc } from '../docs';
import { isPermanent, NO_SUBSCRIPTION, type SendResult } from '../ports/messenger';
import { clearGrants, returnGrant, takeGrant } from './grants';
import { messageData } from './templates';

/** After a transient error: 1 minute, 5, 30, then 2 hours; the fifth failure gives up. */
const BACKOFF_MS = [60_000, 300_000, 1_800_000, 7_200_000];
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;

export type Delivery = 'taken' | 'sent' | 'no_grant' | 'in_app' | 'retry' | 'failed';

/**
 * Delivers one outbox item, at most once. The item is claimed first with a guarded update on its
 * state and attempt count, so of two senders running at once only one goes on; a claimed item is
 * never claimed again, even if the run dies before it records the outcome (see expireClaims).
 */
export async function deliverOne(ctx: SystemContext, item: NotificationDoc): Promise<Delivery> {
  const claimed = await ctx.store.update(
    'notifications',
    { _id: item._id, state: 'pending', attempts: item.attempts },
    { set: { state: 'sending', claimedAt: ctx.now }, inc: { attempts: 1 } },
  );
  if (claimed === 0) return 'taken';
  const template = ctx.templates[item.template];
  if (!template) return finish(ctx, item, 'in_app');
  const member = await ctx.store.get<MemberDoc>('members', item.memberId);
  if (!member || member.status !== 'active') return finish(ctx, item, 'failed', { code: 0, message: '成员已不在社区' });
  if (!(await takeGrant(ctx.store, item.memberId, item.template, ctx.now))) return finish(ctx, item, 'no_grant');
  const result = await send(ctx, item, member.openid, template.id, messageData(template, item.fields));
  if (result.ok) return finish(ctx, item, 'sent');
  return failed(ctx, item, result);
}

function send(ctx: SystemContext, item: NotificationDoc, touser: string, templateId: string, data: Record<string, { value: string }>) {
  return ctx.messenger
    .send({ key: item._id, touser, templateId, page: item.page, data })
    .catch((e: unknown): SendResult => ({ ok: false, code: -1, message: e instanceof Error ? e.message : String(e) }));
}

async function failed(ctx: SystemContext, item: NotificationDoc, result: Extract<SendResult, { ok: false }>): Promise<Delivery> {
  const error = { code: result.code, message: result.message };
  if (isPermanent(result.code)) {
    if (result.code === NO_SUBSCRIPTION) await clearGrants(ctx.store, item.memberId, item.template, ctx.now);
    return finish(ctx, item, 'failed', error);
  }
  // Nothing reached the member: the grant is still theirs.
  await returnGrant(ctx.store, item.memberId, item.template, ctx.now);
  const attempts = item.attempts + 1;
  if (attempts >= MAX_ATTEMPTS) return finish(ctx, item, 'failed', error);
  await ctx.store.update(
    'notifications',
    { _id: item._id, state: 'sending' },
    { set: { state: 'pending', nextAt: ctx.now + BACKOFF_MS[attempts - 1], error } },
  );
  return 'retry';
}

async function finish(
  ctx: SystemContext,
  item: NotificationDoc,
  state: 'sent' | 'no_grant' | 'in_app' | 'failed',
  error?: { code: number; message: string },
): Promise<Delivery> {
  const set: Record<string, unknown> = { state, ...(state === 'sent' ? { sentAt: ctx.now } : {}), ...(error ? { error } : {}) };
  await ctx.store.update('notifications', { _id: item._id, state: 'sending' }, { set });
  return state;
}
