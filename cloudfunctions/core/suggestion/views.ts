import {
  findCatalogueItem,
  maskName,
  PETITION_UNITS,
  petitionBasisWords,
  SUGGESTION_CHANNEL_LABELS,
  SUGGESTION_STATE_LABELS,
  TRIAGE_LABELS,
  type SuggestionView,
} from '@shared';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, CosignDoc, MemberDoc, SuggestionDoc } from '../docs';
import type { MemberInCommunity } from '../access/requireMember';
import { cosignId } from './cosignId';

/**
 * The author's name as this viewer may read it: in full for the committee and the author; for
 * everyone else 匿名 when they hid it, else masked (the supervisory committee reads it masked too).
 */
function nameFor(author: MemberDoc | undefined, doc: SuggestionDoc, viewer: MemberDoc): string {
  if (!author || author.status === 'deleted') return '已注销成员';
  if (viewer.role === 'committee' || author._id === viewer._id) return author.name;
  return doc.hideName ? '匿名' : maskName(author.name);
}

/** Suggestions as this viewer sees them, with the names, titles and photo URLs they need, in a few reads. */
export async function toSuggestionViews(
  ctx: UseCaseContext,
  docs: SuggestionDoc[],
  { member: viewer, community }: MemberInCommunity,
): Promise<SuggestionView[]> {
  if (docs.length === 0) return [];
  const committee = viewer.role === 'committee' && viewer.status === 'active';
  const memberIds = new Set(docs.flatMap((d) => [d.authorId, ...(d.enteredBy ? [d.enteredBy] : []), ...(d.answer ? [d.answer.by] : [])]));
  const consultationIds = docs.flatMap((d) => (d.answer?.consultationId ? [d.answer.consultationId] : []));
  const mergedIds = docs.flatMap((d) => (d.answer?.mergedInto ? [d.answer.mergedInto] : []));
  const [members, consultations, merged, mine, urls] = await Promise.all([
    ctx.store.find<MemberDoc>('members', { _id: { $in: [...memberIds] } }),
    consultationIds.length ? ctx.store.find<ConsultationDoc>('consultations', { _id: { $in: consultationIds } }) : [],
    mergedIds.length ? ctx.store.find<SuggestionDoc>('suggestions', { _id: { $in: mergedIds } }) : [],
    ctx.store.find<CosignDoc>('cosigns', { _id: { $in: docs.map((d) => cosignId(d._id, viewer._id)) } }),
    ctx.files.urls(docs.flatMap((d) => d.photos)),
  ]);
  const byId = new Map(members.map((m) => [m._id, m]));
  const titleOf = new Map([...consultations.map((c) => [c._id, c.plan.title] as const), ...merged.map((s) => [s._id, s.title] as const)]);
  const signed = new Set(mine.map((c) => c.suggestionId));
  return docs.map((d) => {
    const open = d.state === 'open';
    const view: SuggestionView = {
      id: d._id,
      version: d.version,
      title: d.title,
      description: d.description,
      ...(d.categoryId ? { categoryId: d.categoryId } : {}),
      categoryName: d.categoryName ?? (d.categoryId ? (findCatalogueItem(d.categoryId)?.item.name ?? '') : ''),
      place: d.place,
      photos: d.photos.map((id) => ({ id, url: urls[id] ?? '' })),
      authorName: nameFor(byId.get(d.authorId), d, viewer),
      channel: d.channel,
      channelLabel: SUGGESTION_CHANNEL_LABELS[d.channel],
      state: d.state,
      stateLabel: SUGGESTION_STATE_LABELS[d.state],
      createdAt: d.createdAt,
      answerDueAt: d.answerDueAt,
      overdue: open && ctx.now > d.answerDueAt,
      cosigns: d.cosigns,
      underReview: d.moderation !== 'visible',
      mine: d.authorId === viewer._id,
      cosignedByMe: signed.has(d._id),
      can: {
        cosign: open && viewer.status === 'active' && d.authorId !== viewer._id && d.moderation === 'visible',
        triage: committee && open,
        moderate: committee && d.moderation === 'review',
      },
    };
    if (d.threshold) {
      const { basis, count, needed } = d.threshold;
      view.legalThreshold = {
        reachedAt: d.thresholdReachedAt,
        basisLabel: petitionBasisWords(basis, community.kind),
        unit: PETITION_UNITS[basis],
        count,
        needed,
      };
    }
    if (d.answer) {
      const { decision, text, by, at, consultationId, mergedInto } = d.answer;
      const byMember = byId.get(by);
      view.answer = {
        decision,
        decisionLabel: TRIAGE_LABELS[decision],
        text,
        byName: byMember ? `委员会 ${committee ? byMember.name : maskName(byMember.name)}` : '委员会',
        at,
        ...(consultationId ? { consultation: { id: consultationId, title: titleOf.get(consultationId) ?? d.title } } : {}),
        ...(mergedInto ? { mergedInto: { id: mergedInto, title: titleOf.get(mergedInto) ?? '' } } : {}),
      };
    }
    if (committee) {
      view.authorId = d.authorId;
      if (d.enteredBy) view.enteredByName = byId.get(d.enteredBy)?.name ?? '已注销成员';
    }
    return view;
  });
}

export async function toSuggestionView(ctx: UseCaseContext, doc: SuggestionDoc, who: MemberInCommunity): Promise<SuggestionView> {
  return (await toSuggestionViews(ctx, [doc], who))[0];
}
