import type { FeedItemView, FeedView } from '@shared';
import type { SystemContext } from '../context';
import type { AnnouncementDoc, FeedDoc, FeedRead, MemberDoc } from '../docs';
import { EVENTS } from '../notify/events';
import { factsFor, hears } from '../notify/hearers';

const PAGE = 20;
/**
 * How far back 消息 looks: the community's latest announcements and the member's latest personal
 * items, this many of each. Reading a feed costs the same in a community of 100 or of 10,000.
 */
const FEED_WINDOW = 200;

/** Ids pushed before any 全部已读 leave the marker without a time: nothing before them is read. */
const readMarkerOf = (m: MemberDoc): Required<FeedRead> => ({ at: m.feedRead?.at ?? 0, ids: m.feedRead?.ids ?? [] });

/**
 * A member's 消息, newest first: the announcements meant for them (fan-out on read: decided now,
 * from the facts, in a few batched reads) merged with their personal items, each marked read by
 * their read marker.
 */
export async function feedItemsOf(ctx: SystemContext, m: MemberDoc): Promise<FeedItemView[]> {
  const newest = { sort: [{ field: 'at', dir: 'desc' as const }], limit: FEED_WINDOW };
  const [announcements, personal] = await Promise.all([
    m.status === 'active' ? ctx.store.find<AnnouncementDoc>('announcements', { communityId: m.communityId, at: { $gte: m.joinedAt ?? 0 } }, newest) : [],
    ctx.store.find<FeedDoc>('feed', { memberId: m._id }, newest),
  ]);
  const facts = await factsFor(ctx.store, announcements, [m]);
  const read = readMarkerOf(m);
  return [...announcements.filter((a) => hears(a, m, facts)), ...personal].map((d) => toItem(d, read)).sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
}

function toItem(d: AnnouncementDoc | FeedDoc, read: Required<FeedRead>): FeedItemView {
  return {
    id: d._id,
    kind: d.kind,
    kindLabel: EVENTS[d.kind].label,
    ...(d.consultationId ? { consultationId: d.consultationId } : {}),
    ...(d.suggestionId ? { suggestionId: d.suggestionId } : {}),
    title: d.title,
    body: d.body,
    at: d.at,
    read: d.at <= read.at || read.ids.includes(d._id) || ('read' in d && d.read === true),
  };
}

export const unreadIn = (items: FeedItemView[]) => items.filter((i) => !i.read).length;

/** One page of a member's feed, newest first, with the unread count. */
export async function feedOf(ctx: SystemContext, m: MemberDoc | undefined, page: number): Promise<FeedView> {
  return pageOf(m ? await feedItemsOf(ctx, m) : [], page);
}

export function pageOf(items: FeedItemView[], page: number): FeedView {
  return { items: items.slice(page * PAGE, (page + 1) * PAGE), unread: unreadIn(items), page, hasMore: items.length > (page + 1) * PAGE };
}
