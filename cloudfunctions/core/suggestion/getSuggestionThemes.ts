import { DAY_MS, fromChinaDateTimeParts, SUGGESTION_STATE_LABELS, type SuggestionThemeView } from '@shared';
import type { SuggestionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import type { UseCaseContext } from '../context';
import { requireMember } from '../access/requireMember';
import type { Filter } from '../store/port';
import { findThemes } from '../themes/findThemes';

/** Suggestions read per request: a period's all are read in pages of this many. */
const PAGE = 500;

/** The suggestions from `start` until before `end`, oldest first: pages stop at the period's end. */
async function readPeriod(ctx: UseCaseContext, filter: Filter, start: number, end: number): Promise<SuggestionDoc[]> {
  const all: SuggestionDoc[] = [];
  const sort = [
    { field: 'createdAt', dir: 'asc' as const },
    { field: '_id', dir: 'asc' as const },
  ];
  for (let page = 0; ; page++) {
    const docs = await ctx.store.find<SuggestionDoc>('suggestions', { ...filter, createdAt: { $gte: start } }, { sort, skip: page * PAGE, limit: PAGE });
    all.push(...docs.filter((s) => s.createdAt < end));
    if (docs.length < PAGE || docs[docs.length - 1].createdAt >= end) return all;
  }
}

/**
 * 台账归纳: the themes of the 群众意见台账 over a chosen period (China's days, both included) —
 * what residents keep raising, how many people, how much 附议, how much still waits — so a
 * recurring matter shows before anyone proposes a topic. The same engine as a consultation's
 * opinions (themes/findThemes.ts), on each suggestion's title and text. The committee keeps the
 * ledger and the supervisory committee reads it; hidden suggestions are left out.
 */
export const getSuggestionThemes: UseCase<'suggestion', 'suggestion.themes'> = async (ctx, { from, to }) => {
  const who = await requireMember(ctx, ['committee', 'supervisor']);
  const filter: Filter = { communityId: who.community._id, moderation: { $ne: 'hidden' } };
  const docs = await readPeriod(ctx, filter, fromChinaDateTimeParts(from, '00:00'), fromChinaDateTimeParts(to, '00:00') + DAY_MS);
  const byId = new Map(docs.map((s) => [s._id, s]));
  const found = await findThemes(docs.map((s) => ({ id: s._id, authorId: s.authorId, text: `${s.title}。${s.description}` })));
  const themes: SuggestionThemeView[] = found.themes.map((t) => {
    const of = t.ids.map((id) => byId.get(id)!);
    return {
      key: t.ids[0],
      ...(t.matter ? { matter: t.matter } : {}),
      keywords: t.keywords,
      label: t.matter ? `${t.matter}：${t.keywords.join('、')}` : t.keywords.join('、'),
      suggestionIds: t.ids,
      count: of.length,
      people: new Set(of.map((s) => s.authorId)).size,
      cosigns: of.reduce((n, s) => n + s.cosigns, 0),
      open: of.filter((s) => s.state === 'open').length,
      quotes: t.quotes.map((id) => ({ id, title: byId.get(id)!.title, stateLabel: SUGGESTION_STATE_LABELS[byId.get(id)!.state] })),
    };
  });
  return {
    from,
    to,
    total: docs.length,
    themes,
    groups: found.groups.map((ids) => ({ key: ids[0], title: byId.get(ids[0])!.title, count: ids.length, suggestionIds: ids })),
    rest: found.rest,
  };
};
