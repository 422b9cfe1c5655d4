import { FEED_KIND_LABELS, type FeedView } from '@shared';
import type { UseCaseContext } from '../context';
import type { FeedDoc } from '../docs';

const PAGE = 20;

/** One page of a member's feed, newest first, with the unread count. */
export async function feedOf(ctx: UseCaseContext, memberId: string | undefined, page: number): Promise<FeedView> {
  if (!memberId) return { items: [], unread: 0, page, hasMore: false };
  const [docs, unread] = await Promise.all([
    ctx.store.find<FeedDoc>('feed', { memberId }, { sort: [{ field: 'at', dir: 'desc' }], skip: page * PAGE, limit: PAGE + 1 }),
    ctx.store.count('feed', { memberId, read: false }),
  ]);
  return {
    items: docs.slice(0, PAGE).map((d) => ({
      id: d._id,
      kind: d.kind,
      kindLabel: FEED_KIND_LABELS[d.kind],
      ...(d.consultationId ? { consultationId: d.consultationId } : {}),
      ...(d.suggestionId ? { suggestionId: d.suggestionId } : {}),
      title: d.title,
      body: d.body,
      at: d.at,
      read: d.read,
    })),
    unread,
    page,
    hasMore: docs.length > PAGE,
  };
}
