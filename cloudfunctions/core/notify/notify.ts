import type { FeedKind, TemplateKey } from '@shared';
import { insertAllOnce } from '../batches';
import type { SystemContext } from '../context';
import type { FeedDoc, GrantDoc, MessageFields, NewsFor, NotificationDoc } from '../docs';
import { announce, consultationPage, type AnnouncementDraft } from './announce';
import type { AnnouncedEvent, NewsEvent, Said } from './events/event';
import { grantId } from './grants';

/**
 * Raises an event (notify/events/): tells its audience what it says, now.
 * - An event for members named when it happens: an item in each one's 我的 → 消息 feed, and an
 *   outbox item for the sender only for those holding a grant for its template (the rest could
 *   not receive it).
 * - An event for many: one announcement, whose hearers are decided when it is read (announce.ts).
 * Ids follow from the occurrence's key (and the member), so a retry or two racing runs write each item once.
 * News that must commit with a guarded change goes in that write instead: see `announcementOf`.
 */
export function notify<K extends FeedKind, F>(ctx: SystemContext, event: NewsEvent<K, F>, facts: F): Promise<unknown> {
  if (event.delivery === 'announcement') return announce(ctx, announcementOf(ctx, event, facts));
  const said = event.says(facts, ctx.now);
  return Promise.resolve(event.audience(facts, ctx)).then((memberIds) => tell(ctx, memberIds, event.kind, event.template, said));
}

/**
 * An event for many as the announcement a guarded change carries (applyTransition's `announce`,
 * or `carrying`): it commits with the change or not at all.
 */
export function announcementOf<K extends FeedKind, F>(ctx: SystemContext, event: AnnouncedEvent<K, F>, facts: F): AnnouncementDraft {
  const { key, communityId, consultationId, suggestionId, title, body, fields, page } = event.says(facts, ctx.now);
  return {
    key,
    kind: event.kind,
    communityId,
    ...(consultationId ? { consultationId } : {}),
    ...(suggestionId ? { suggestionId } : {}),
    audience: event.audience(facts),
    title,
    body,
    fields,
    ...(page ? { page } : {}),
  };
}

/** Writes a feed item for each member named, and an outbox item for each who holds a grant. */
async function tell(ctx: SystemContext, memberIds: Iterable<string>, kind: FeedKind, template: TemplateKey, said: Said): Promise<number> {
  const people = [...new Set(memberIds)];
  if (people.length === 0) return 0;
  const page = said.page ?? (said.consultationId ? consultationPage(said.consultationId) : 'pages/me/index');
  const granted = new Set(
    (await ctx.store.find<GrantDoc>('grants', { _id: { $in: people.map((id) => grantId(id, template)) }, remaining: { $gt: 0 } })).map((g) => g.memberId),
  );
  const news = people.map((memberId): NewsFor => ({
    _id: `${said.key}:${memberId}`,
    communityId: said.communityId,
    memberId,
    kind,
    ...(said.consultationId ? { consultationId: said.consultationId } : {}),
    ...(said.suggestionId ? { suggestionId: said.suggestionId } : {}),
  }));
  await insertAllOnce(
    ctx.store,
    'feed',
    news.map((n): FeedDoc => ({ ...n, title: said.title, body: said.body, at: ctx.now })),
  );
  const outbox = news.filter((n) => granted.has(n.memberId)).map((n) => outboxItem(ctx.now, n, template, page, said.fields));
  await insertAllOnce(ctx.store, 'notifications', outbox);
  return people.length;
}

export function outboxItem(now: number, news: NewsFor, template: NotificationDoc['template'], page: string, fields: MessageFields): NotificationDoc {
  return { ...news, template, page, fields, state: 'pending', attempts: 0, nextAt: now, createdAt: now };
}
