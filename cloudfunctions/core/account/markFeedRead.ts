import type { UseCase } from '../functionKit';
import { findMember } from '../access/requireMember';
import { feedOf, feedItemsOf, pageOf } from './feedPage';

/**
 * Marks items (or all of them) read: the caller's read marker moves, on their own member
 * document; the items are shared and never change. Only unread items of the caller's own feed
 * are recorded, appended atomically, so two taps at once both count and no one can grow the
 * marker with ids that are not theirs; 全部已读 moves the marker to now and starts the list afresh.
 */
export const markFeedRead: UseCase<'account', 'feed.markRead'> = async (ctx, { ids, all }) => {
  const member = (await findMember(ctx))?.member;
  if (!member) return feedOf(ctx, undefined, 0);
  const items = await feedItemsOf(ctx, member);
  if (all) {
    // Up to the newest item shown as well as now: a clock a little behind another function's cannot leave one unread.
    const at = Math.max(ctx.now, items[0]?.at ?? 0);
    await ctx.store.update('members', { _id: member._id }, { set: { feedRead: { at, ids: [] } } });
    return pageOf(
      items.map((i) => ({ ...i, read: true })),
      0,
    );
  }
  const wanted = new Set(ids ?? []);
  const fresh = items.filter((i) => !i.read && wanted.has(i.id)).map((i) => i.id);
  if (fresh.length) await ctx.store.update('members', { _id: member._id }, { push: { 'feedRead.ids': fresh } });
  return pageOf(
    items.map((i) => (wanted.has(i.id) ? { ...i, read: true } : i)),
    0,
  );
};
