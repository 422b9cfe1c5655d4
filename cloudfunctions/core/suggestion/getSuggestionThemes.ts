import { DAY_MS, fromChinaDateTimeParts, SUGGESTION_STATE_LABELS, type SuggestionThemeView } from '@shared';
import type { SuggestionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireMember } from '../access/requireMember';
import { findThemes } from '../themes/findThemes';

/**
 * 台账归纳: the themes of the 群众意见台账 over a chosen period (China's days, both included) —
 * what residents keep raising, how many people, how much 附议, how much still waits — so a
 * recurring matter shows before anyone proposes a topic. The same engine as a consultation's
 * opinions (themes/findThemes.ts), on each suggestion's title and text. The committee keeps the
 * ledger and the supervisory committee reads it; hidden suggestions are left out.
 */
export const getSuggestionThemes: UseCase<'suggestion', 'suggestion.themes'> = async (ctx, { from, to }) => {
  const who = await requireMember(ctx, ['committee', 'supervisor']);
  const start = fromChinaDateTimeParts(from, '00:00');
  const end = fromChinaDateTimeParts(to, '00:00') + DAY_MS;
  // A filter takes one bound a field: the store reads from the start (in pages), the period's end is applied here.
  const since = await ctx.store.find<SuggestionDoc>(
    'suggestions',
    { communityId: who.community._id, moderation: { $ne: 'hidden' }, createdAt: { $gte: start } },
    { sort: [{ field: '_id', dir: 'asc' }] },
  );
  const docs = since.filter((s) => s.createdAt < end);
  const byId = new Map(docs.map((s) => [s._id, s]));
  const found = await findThemes(docs.map((s) => ({ id: s._id, authorId: s.authorId, text: `${s.title}。${s.description}` })));
  const themes: SuggestionThemeView[] = found.themes.map((t) => {
    const of = t.ids.map((id) => byId.get(id)!);
    return {
      key: t.ids[0],
      ...(t.matter ? { matter: t.matter } : {}),
      keywords: t.keywords,
      label: t.label,
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
