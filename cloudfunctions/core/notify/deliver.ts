import { randomUUID } from 'node:crypto';
import type { SystemContext } from '../context';
import type { GrantDoc, MemberDoc, NotificationDoc } from '../docs';
import { isPermanent, NO_SUBSCRIPTION, type SendResult } from '../ports/messenger';
import { clearGrants, grantId, returnGrant } from './grants';
import { messageData } from './templates';

/** After a transient error: 1 minute, 5, 30, then 2 hours; the fifth failure gives up. */
const BACKOFF_MS = [60_000, 300_000, 1_800_000, 7_200_000];
const MAX_ATTEMPTS = BACKOFF_MS.length + 1;
/** WeChat takes one message a call: a few in flight keep a batch well within the run. */
const IN_FLIGHT = 10;

export type Delivery = 'taken' | 'sent' | 'no_grant' | 'in_app' | 'retry' | 'failed';
type Outcome =
  | { state: 'sent' | 'no_grant' | 'in_app' | 'failed'; error?: { code: number; message: string } }
  | { state: 'retry'; error: { code: number; message: string } };

/**
 * Delivers a batch of due outbox items, each at most once, in a handful of requests for the whole
 * batch: one guarded update claims them (state and due time checked, so of two senders only one
 * gets each item), one read learns which this run won, one read each of their members and grants,
 * then one update per outcome. A claimed item is never claimed again, even if the run dies before
 * it records the outcome (see expireClaims).
 */
export async function deliverBatch(ctx: SystemContext, due: NotificationDoc[]): Promise<Record<Delivery, number>> {
  const report: Record<Delivery, number> = { sent: 0, no_grant: 0, in_app: 0, retry: 0, failed: 0, taken: 0 };
  if (due.length === 0) return report;
  const claim = randomUUID();
  await ctx.store.update(
    'notifications',
    { _id: { $in: due.map((i) => i._id) }, state: 'pending', nextAt: { $lte: ctx.now } },
    { set: { state: 'sending', claimedAt: ctx.now, claim }, inc: { attempts: 1 } },
  );
  const mine = await ctx.store.find<NotificationDoc>('notifications', { claim, state: 'sending' });
  report.taken = due.length - mine.length;
  const outcomes = await outcomesOf(ctx, mine);
  for (const [, outcome] of outcomes) report[outcome.state]++;
  await record(ctx, claim, outcomes);
  return report;
}

async function outcomesOf(ctx: SystemContext, items: NotificationDoc[]): Promise<[NotificationDoc, Outcome][]> {
  const [members, grants] = await Promise.all([
    ctx.store.find<MemberDoc>('members', { _id: { $in: [...new Set(items.map((i) => i.memberId))] } }),
    ctx.store.find<GrantDoc>('grants', { _id: { $in: [...new Set(items.map((i) => grantId(i.memberId, i.template)))] }, remaining: { $gt: 0 } }),
  ]);
  const memberOf = new Map(members.map((m) => [m._id, m]));
  const left = new Map(grants.map((g) => [g._id, g.remaining]));
  const sending: [NotificationDoc, MemberDoc, string][] = [];
  const outcomes: [NotificationDoc, Outcome][] = [];
  for (const item of items) {
    const template = ctx.templates[item.template];
    const member = memberOf.get(item.memberId);
    const grant = grantId(item.memberId, item.template);
    if (!template) outcomes.push([item, { state: 'in_app' }]);
    else if (!member || member.status !== 'active') outcomes.push([item, { state: 'failed', error: { code: 0, message: '成员已不在社区' } }]);
    else if (!(left.get(grant)! > 0)) outcomes.push([item, { state: 'no_grant' }]);
    else {
      left.set(grant, left.get(grant)! - 1);
      sending.push([item, member, template.id]);
    }
  }
  await takeGrants(
    ctx,
    sending.map(([item]) => grantId(item.memberId, item.template)),
  );
  for (let i = 0; i < sending.length; i += IN_FLIGHT) {
    const sent = await Promise.all(sending.slice(i, i + IN_FLIGHT).map(([item, member, templateId]) => send(ctx, item, member.openid, templateId)));
    for (const [k, result] of sent.entries()) outcomes.push([sending[i + k][0], await afterSend(ctx, sending[i + k][0], result)]);
  }
  return outcomes;
}

/**
 * Takes the grants the batch uses, one update per number taken from a grant (almost always one
 * update in all). Guarded by what is left, so no grant goes below zero; a grant another sender
 * spent meanwhile is caught by WeChat (43101), which clears it.
 */
async function takeGrants(ctx: SystemContext, ids: string[]): Promise<void> {
  const taken = new Map<string, number>();
  for (const id of ids) taken.set(id, (taken.get(id) ?? 0) + 1);
  const byCount = new Map<number, string[]>();
  for (const [id, n] of taken) byCount.set(n, [...(byCount.get(n) ?? []), id]);
  for (const [n, grants] of byCount) {
    await ctx.store.update('grants', { _id: { $in: grants }, remaining: { $gte: n } }, { inc: { remaining: -n }, set: { updatedAt: ctx.now } });
  }
}

function send(ctx: SystemContext, item: NotificationDoc, touser: string, templateId: string): Promise<SendResult> {
  const data = messageData(ctx.templates[item.template]!, item.fields);
  return ctx.messenger
    .send({ key: item._id, touser, templateId, page: item.page, data })
    .catch((e: unknown): SendResult => ({ ok: false, code: -1, message: e instanceof Error ? e.message : String(e) }));
}

async function afterSend(ctx: SystemContext, item: NotificationDoc, result: SendResult): Promise<Outcome> {
  if (result.ok) return { state: 'sent' };
  const error = { code: result.code, message: result.message };
  if (isPermanent(result.code)) {
    if (result.code === NO_SUBSCRIPTION) await clearGrants(ctx.store, item.memberId, item.template, ctx.now);
    return { state: 'failed', error };
  }
  // Nothing reached the member: the grant is still theirs.
  await returnGrant(ctx.store, item.memberId, item.template, ctx.now);
  // `attempts` was counted by the claim.
  return item.attempts >= MAX_ATTEMPTS ? { state: 'failed', error } : { state: 'retry', error };
}

/** One update per outcome (and per error, per backoff step), each guarded by this run's claim. */
async function record(ctx: SystemContext, claim: string, outcomes: [NotificationDoc, Outcome][]): Promise<void> {
  const groups = new Map<string, { ids: string[]; set: Record<string, unknown> }>();
  for (const [item, outcome] of outcomes) {
    const attempts = item.attempts;
    const set: Record<string, unknown> =
      outcome.state === 'retry'
        ? { state: 'pending', nextAt: ctx.now + BACKOFF_MS[attempts - 1], error: outcome.error }
        : { state: outcome.state, ...(outcome.state === 'sent' ? { sentAt: ctx.now } : {}), ...(outcome.error ? { error: outcome.error } : {}) };
    const key = JSON.stringify(set);
    groups.set(key, { ids: [...(groups.get(key)?.ids ?? []), item._id], set });
  }
  for (const { ids, set } of groups.values()) {
    await ctx.store.update('notifications', { _id: { $in: ids }, state: 'sending', claim }, { set });
  }
}
