import { OPINION_LIMITS } from '@shared';
import type { OpinionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import type { Filter } from '../store/port';
import { viewerOf } from './views';
import { withTitles } from './withTitles';

const PAGE = OPINION_LIMITS.pageSize;

/** 待答复: the community's opinions still without a reply, oldest first, across its consultations. */
export const listReplyQueue: UseCase<'participation', 'opinion.queue'> = async (ctx, { page = 0 }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const waiting: Filter = { communityId: who.community._id, answered: false, moderation: { $ne: 'hidden' } };
  const [docs, total] = await Promise.all([
    ctx.store.find<OpinionDoc>('opinions', waiting, { sort: [{ field: 'createdAt', dir: 'asc' }], skip: page * PAGE, limit: PAGE + 1 }),
    ctx.store.count('opinions', waiting),
  ]);
  return { opinions: await withTitles(ctx, docs.slice(0, PAGE), viewerOf(who)), total, page, hasMore: docs.length > PAGE };
};
