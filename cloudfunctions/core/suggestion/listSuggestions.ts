import type { SuggestionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireReader } from '../access/requireMember';
import { toSuggestionViews } from './views';

const PAGE = 20;

/**
 * 群众建议: the community's suggestions for its members — open and answered, what became of each —
 * newest first or most co-signed first. What the content check held is not among them.
 */
export const listSuggestions: UseCase<'suggestion', 'suggestion.list'> = async (ctx, { sort = 'newest', page = 0 }) => {
  const who = await requireReader(ctx);
  const order =
    sort === 'cosigned'
      ? [
          { field: 'cosigns', dir: 'desc' as const },
          { field: 'createdAt', dir: 'desc' as const },
        ]
      : [{ field: 'createdAt', dir: 'desc' as const }];
  const docs = await ctx.store.find<SuggestionDoc>(
    'suggestions',
    { communityId: who.community._id, moderation: 'visible' },
    { sort: order, skip: page * PAGE, limit: PAGE + 1 },
  );
  return { items: await toSuggestionViews(ctx, docs.slice(0, PAGE), who), page, hasMore: docs.length > PAGE };
};
