import { TEMPLATE_OF, type FeedKind } from '@shared';
import { inBatches, insertOnce } from '../batches';
import type { SystemContext } from '../context';
import type { FeedDoc, MessageFields, NewsFor, NotificationDoc } from '../docs';

/** News for some members: one event, told to each once. */
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

export function consultationPage(consultationId: string): string {
  return `consultation/detail/index?id=${consultationId}`;
}

/**
 * Tells members about an event: an item in each one's 我的 → 消息 feed and one in the outbox
 * for the sender to deliver as a WeChat message. Ids follow from the event and the member, so a
 * retry or two racing runs write each item once.
 */
export async function notify(ctx: SystemContext, memberIds: Iterable<string>, event: NoticeEvent): Promise<number> {
  const people = [...new Set(memberIds)];
  const page = event.page ?? (event.consultationId ? consultationPage(event.consultationId) : 'pages/me/index');
  await inBatches(people, async (memberId) => {
    const news: NewsFor = {
      _id: `${event.key}:${memberId}`,
      communityId: event.communityId,
      memberId,
      kind: event.kind,
      ...(event.consultationId ? { consultationId: event.consultationId } : {}),
      ...(event.suggestionId ? { suggestionId: event.suggestionId } : {}),
    };
    const item: FeedDoc = { ...news, title: event.title, body: event.body, at: ctx.now, read: false };
    const message: NotificationDoc = {
      ...news,
      template: TEMPLATE_OF[event.kind],
      page,
      fields: event.fields,
      state: 'pending',
      attempts: 0,
      nextAt: ctx.now,
      createdAt: ctx.now,
    };
    await insertOnce(ctx.store, 'feed', item);
    await insertOnce(ctx.store, 'notifications', message);
  });
  return people.length;
}
