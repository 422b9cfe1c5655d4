import { OPINION_LIMITS } from '@shared';
import type { OpinionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireReader } from '../access/requireMember';
import { viewerOf } from './views';
import { withTitles } from './withTitles';

const PAGE = OPINION_LIMITS.pageSize;

/** 我的意见: what I said (or what was entered for me), in which consultation, and the committee's reply. */
export const listMyOpinions: UseCase<'participation', 'opinion.mine'> = async (ctx, { page = 0 }) => {
  const who = await requireReader(ctx);
  const me = who.member._id;
  const [docs, awaitingMyConfirmation] = await Promise.all([
    ctx.store.find<OpinionDoc>('opinions', { authorId: me }, { sort: [{ field: 'createdAt', dir: 'desc' }], skip: page * PAGE, limit: PAGE + 1 }),
    ctx.store.count('opinions', { authorId: me, 'entry.state': 'pending' }),
  ]);
  return {
    opinions: await withTitles(ctx, docs.slice(0, PAGE), viewerOf(who)),
    awaitingMyConfirmation,
    page,
    hasMore: docs.length > PAGE,
  };
};
