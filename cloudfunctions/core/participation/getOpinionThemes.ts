import { maskName, STANCE_LABELS, STATE_LABELS, TERMS, type DuplicateGroupView, type OpinionThemeView } from '@shared';
import type { MemberDoc, OpinionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { findIn } from '../batches';
import { countsOf } from '../consultation/counts';
import { loadConsultation } from '../consultation/loadConsultation';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { draftSummary } from '../themes/draftSummary';
import { findThemes } from '../themes/findThemes';
import { figure, setOf, type Opinions } from '../themes/opinionSets';
import { placesOf } from '../themes/places';
import { isReplyable } from './window';

/**
 * 意见归纳: a consultation's opinions as the committee needs to read and answer them — themes by
 * their words, near-duplicates shown once, the split by building, unit and floor, and a drafted
 * start of the 协商意见 whose every figure links to its opinions. Computed when asked, from the
 * opinions themselves (a few hundred take well under a second), so it is never out of date. Its
 * reads grow with the opinions, one per 1,000, and with their authors, one per 500; never with the community.
 */
export const getOpinionThemes: UseCase<'participation', 'opinion.themes'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const consultation = await loadConsultation(ctx, consultationId, who);
  // What the public can read is summed up: held and hidden opinions are not the consultation's voice. Oldest id first; the store reads in pages.
  const [docs, counts] = await Promise.all([
    ctx.store.find<OpinionDoc>('opinions', { consultationId: consultation._id, moderation: 'visible' }, { sort: [{ field: '_id', dir: 'asc' }] }),
    countsOf(ctx.store, consultation),
  ]);
  const opinions: Opinions = new Map(docs.map((o) => [o._id, o]));
  const [found, authorDocs] = await Promise.all([
    findThemes(docs.map((o) => ({ id: o._id, authorId: o.authorId, text: o.text }))),
    findIn<MemberDoc>(ctx.store, 'members', '_id', [...new Set(docs.map((o) => o.authorId))]),
  ]);
  const authors = new Map(authorDocs.map((m) => [m._id, m]));
  const themeOf = new Map(found.themes.flatMap((t) => t.ids.map((id) => [id, t.ids[0]] as const)));
  const groups: DuplicateGroupView[] = found.groups.map((ids) => ({
    ...setOf(ids, opinions),
    text: opinions.get(ids[0])!.text,
    ...(themeOf.has(ids[0]) ? { themeKey: themeOf.get(ids[0])! } : {}),
  }));
  const themes: OpinionThemeView[] = found.themes.map((t) => {
    const set = setOf(t.ids, opinions);
    return {
      ...set,
      ...(t.matter ? { matter: t.matter } : {}),
      keywords: t.keywords,
      label: t.label,
      quotes: t.quotes.map((id) => {
        const o = opinions.get(id)!;
        return { id, authorName: maskName(authors.get(o.authorId)?.name ?? ''), stanceLabel: STANCE_LABELS[o.stance], text: o.text };
      }),
      groupKeys: groups.filter((g) => g.themeKey === set.key).map((g) => g.key),
    };
  });
  const all = docs.map((o) => o._id);
  return {
    consultation: { id: consultation._id, title: consultation.plan.title, statusLabel: STATE_LABELS[consultation.status] },
    total: figure(all, opinions),
    people: figure(all, opinions, 'people'),
    themes,
    rest: setOf(found.rest, opinions),
    underReview: counts.opinions.review.total,
    groups,
    places: placesOf(docs, authors),
    summary: draftSummary(
      {
        all,
        themes: themes.map((t) => ({ label: t.label, ids: t.opinionIds, quotes: t.quotes.map((q) => q.id) })),
        rest: found.rest,
        copies: found.groups.flat(),
        people: TERMS[who.community.kind].people,
      },
      opinions,
    ),
    canReply: isReplyable(consultation),
  };
};
