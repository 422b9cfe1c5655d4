import { SUGGESTION_STATES, type SuggestionState } from '@shared';
import type { SuggestionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireMember } from '../access/requireMember';
import { ledgerFilter } from './ledgerFilter';
import { toSuggestionViews } from './views';

const PAGE = 30;

/**
 * 群众意见台账: every suggestion of the community, held ones included, filtered by status, matter,
 * building, channel and age, with counts by status and of the overdue. The committee keeps it;
 * the supervisory committee reads it (names masked).
 */
export const listLedger: UseCase<'suggestion', 'suggestion.ledger'> = async (ctx, { page = 0, ...filters }) => {
  const who = await requireMember(ctx, ['committee', 'supervisor']);
  const filter = ledgerFilter(who.community._id, filters, ctx.now);
  const [docs, total, overdue, ...byState] = await Promise.all([
    ctx.store.find<SuggestionDoc>('suggestions', filter, { sort: [{ field: 'createdAt', dir: 'desc' }], skip: page * PAGE, limit: PAGE + 1 }),
    ctx.store.count('suggestions', filter),
    filters.state && filters.state !== 'open' ? 0 : ctx.store.count('suggestions', { ...filter, state: 'open', answerDueAt: { $lt: ctx.now } }),
    ...SUGGESTION_STATES.map((state) => (filters.state && filters.state !== state ? Promise.resolve(0) : ctx.store.count('suggestions', { ...filter, state }))),
  ]);
  return {
    items: await toSuggestionViews(ctx, docs.slice(0, PAGE), who),
    page,
    hasMore: docs.length > PAGE,
    counts: {
      total,
      overdue,
      byState: Object.fromEntries(SUGGESTION_STATES.map((s, i) => [s, byState[i]])) as Record<SuggestionState, number>,
    },
  };
};
