import { DomainError, TRIAGE_NEEDS_TEXT, TRIAGE_RESULT, TRIAGE_TEXT_LABELS } from '@shared';
import { auditBy } from '../audit';
import { inBatches, insertOnce } from '../batches';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, CosignDoc, FollowDoc, SuggestionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { followId } from '../consultation/views';
import { mirrorFollowing } from '../participation/involvement';
import { COMMITTEE_ONLY, requireMember, type MemberInCommunity } from '../access/requireMember';
import { carrying, copyCarriedNow } from '../notify/announce';
import { suggestionAnswered } from '../notify/events/suggestionAnswered';
import { announcementOf } from '../notify/notify';
import { consultationDocs, moveConsultation, nowDocId, whileOversight } from '../oversight/counters';
import { draftFromSuggestion, draftIdOf } from './draftFromSuggestion';
import { loadSuggestion } from './loadSuggestion';
import { toSuggestionView } from './views';

/** merge: the suggestion it goes into must be another open or accepted one of the community. */
async function mergeTarget(ctx: UseCaseContext, who: MemberInCommunity, s: SuggestionDoc, into: string | undefined) {
  if (!into) throw new DomainError('INVALID_INPUT', '请选择要合并到的建议');
  if (into === s._id) throw new DomainError('INVALID_INPUT', '不能合并到自己');
  const target = await loadSuggestion(ctx, into, who);
  if (target.state !== 'open' && target.state !== 'accepted') throw new DomainError('WRONG_STATE', '只能合并到待答复或已立项的建议');
  return target._id;
}

/**
 * 答复建议: a committee member answers an open suggestion — accept (a draft consultation is made
 * from it and those behind it follow that consultation), merge into another, handle it directly,
 * refer it elsewhere, or decline with a reason. A guarded update on the version means one answer
 * wins; the decision is audited and the author and co-signers are told.
 */
export const triageSuggestion: UseCase<'suggestion', 'suggestion.triage'> = async (ctx, input) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const s = await loadSuggestion(ctx, input.id, who);
  if (s.state !== 'open') throw new DomainError('WRONG_STATE', '这条建议已经答复');
  if (s.version !== input.version) throw new DomainError('CONFLICT');
  const { decision, text } = input;
  if (TRIAGE_NEEDS_TEXT[decision] && text === '') throw new DomainError('REASON_REQUIRED', `请填写${TRIAGE_TEXT_LABELS[decision]}`);
  const mergedInto = decision === 'merge' ? await mergeTarget(ctx, who, s, input.mergeInto) : undefined;
  // The draft comes first, under an id that follows from the suggestion: if this answer then
  // loses to another, the draft is taken back unless the winner accepted too (the same draft).
  const consultationId = decision === 'accept' ? await draftFromSuggestion(ctx, who, s, input.categoryId) : undefined;
  const answer = { decision, text, by: who.member._id, at: ctx.now, ...(consultationId ? { consultationId } : {}), ...(mergedInto ? { mergedInto } : {}) };
  const state = TRIAGE_RESULT[decision];
  // The news goes in the answer's own guarded write: answered and told commit together.
  const news = carrying(ctx.now, [announcementOf(ctx, suggestionAnswered, { s, decision, text })]);
  const answerIt = () =>
    ctx.store.update(
      'suggestions',
      // Guarded on the overdue flag read too: the scheduler's flag (which keeps the version) and this answer have one winner.
      { _id: s._id, state: 'open', version: s.version, overdue: s.overdue === true ? true : { $ne: true } },
      { ...news, set: { ...news.set, state, answer, version: s.version + 1 } },
    );
  // An overdue suggestion answered leaves the street's count of those overdue now (oversight/counters.ts).
  const won = s.overdue
    ? await whileOversight(ctx.store, s.communityId, [nowDocId(s.communityId)], ctx.now, async (moves) => {
        const n = await answerIt();
        if (n) moves.now('overdueSuggestions', -1);
        return n;
      })
    : await answerIt();
  if (won === 0) {
    if (consultationId) await takeBackDraft(ctx, s._id);
    throw new DomainError('CONFLICT');
  }
  await auditBy(ctx, who.member, {
    action: 'suggestion.triage',
    entity: 'suggestion',
    entityId: s._id,
    before: { status: 'open', version: s.version },
    after: { status: state, version: s.version + 1 },
    note: `${decision}${text ? `：${text}` : ''}`,
  });
  if (consultationId) {
    const people = [s.authorId, ...(await ctx.store.find<CosignDoc>('cosigns', { suggestionId: s._id })).map((c) => c.memberId)];
    await follow(ctx, s.communityId, consultationId, people);
  }
  const answered = (await ctx.store.get<SuggestionDoc>('suggestions', s._id))!;
  await copyCarriedNow(ctx, answered, 'suggestions');
  return toSuggestionView(ctx, answered, who);
};

/** The winner did not accept: the draft this answer made is nobody's, and leaves the street's counts. */
async function takeBackDraft(ctx: UseCaseContext, suggestionId: string) {
  const now = await ctx.store.get<SuggestionDoc>('suggestions', suggestionId);
  if (now?.answer?.decision === 'accept') return;
  const draft = await ctx.store.get<ConsultationDoc>('consultations', draftIdOf(suggestionId));
  if (!draft) return;
  await whileOversight(ctx.store, draft.communityId, consultationDocs(draft, false), ctx.now, async (moves) => {
    if (await ctx.store.remove('consultations', { _id: draft._id, status: 'draft', version: 1 })) moveConsultation(moves, draft.createdAt, draft, null);
  });
}

/** The author and co-signers follow the consultation made from their suggestion. */
function follow(ctx: UseCaseContext, communityId: string, consultationId: string, people: string[]) {
  return inBatches(people, async (memberId) => {
    const doc: FollowDoc = { _id: followId(consultationId, memberId), communityId, consultationId, memberId, at: ctx.now };
    await insertOnce(ctx.store, 'follows', doc);
    await mirrorFollowing(ctx.store, doc, true);
  });
}
