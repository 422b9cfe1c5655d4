import { TEMPLATE_OF, type FeedKind } from '@shared';
import { inBatches, insertOnce } from '../batches';
import type { SystemContext } from '../context';
import type { FeedDoc, GrantDoc, MessageFields, NewsFor, NotificationDoc } from '../docs';
import { consultationPage } from './announce';
import { grantId } from './grants';

/** News for one member, or a few by name (a ballot's voters, the committee): one event, told to each once. */
export interface NoticeEvent {
  /** Names the event; with the member it is the id of both the feed item and the outbox item. */
  key: string;
  kind: FeedKind;
  communityId: string;
  consultationId?: string;
  suggestionId?: string;
  /** The feed item's text. */
  title: string;
  body: string;
  /** The subscription message's fields. */
  fields: MessageFields;
  /** Where the message opens; the consultation's page by default. */
  page?: string;
}

/**
 * Tells named members about an event: an item in each one's 我的 → 消息 feed, and an outbox item
 * for the sender only for those holding a grant for its template (the rest could not receive it).
 * Ids follow from the event and the member, so a retry or two racing runs write each item once.
 * News for many is an announcement instead (announce.ts), written once.
 */
export async function notify(ctx: SystemContext, memberIds: Iterable<string>, event: NoticeEvent): Promise<number> {
  const people = [...new Set(memberIds)];
  if (people.length === 0) return 0;
  const template = TEMPLATE_OF[event.kind];
  const page = event.page ?? (event.consultationId ? consultationPage(event.consultationId) : 'pages/me/index');
  const granted = new Set(
    (await ctx.store.find<GrantDoc>('grants', { _id: { $in: people.map((id) => grantId(id, template)) }, remaining: { $gt: 0 } })).map((g) => g.memberId),
  );
  await inBatches(people, async (memberId) => {
    const news: NewsFor = {
      _id: `${event.key}:${memberId}`,
      communityId: event.communityId,
      memberId,
      kind: event.kind,
      ...(event.consultationId ? { consultationId: event.consultationId } : {}),
      ...(event.suggestionId ? { suggestionId: event.suggestionId } : {}),
    };
    const item: FeedDoc = { ...news, title: event.title, body: event.body, at: ctx.now };
    await insertOnce(ctx.store, 'feed', item);
    if (granted.has(memberId)) await insertOnce(ctx.store, 'notifications', outboxItem(ctx.now, news, template, page, event.fields));
  });
  return people.length;
}

export function outboxItem(now: number, news: NewsFor, template: NotificationDoc['template'], page: string, fields: MessageFields): NotificationDoc {
  return { ...news, template, page, fields, state: 'pending', attempts: 0, nextAt: now, createdAt: now };
}
