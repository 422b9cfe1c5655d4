import type { UseCase } from '../functionKit';
import { findMember } from '../membership/requireMember';
import { feedOf } from './feedPage';

/** Marks items (or all of them) read; only the caller's own items are touched. */
export const markFeedRead: UseCase<'account', 'feed.markRead'> = async (ctx, { ids, all }) => {
  const memberId = (await findMember(ctx))?.member._id;
  if (memberId && all) await ctx.store.update('feed', { memberId, read: false }, { set: { read: true } });
  else if (memberId && ids?.length) await ctx.store.update('feed', { memberId, _id: { $in: ids } }, { set: { read: true } });
  return feedOf(ctx, memberId, 0);
};
