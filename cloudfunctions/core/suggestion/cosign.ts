import { DomainError } from '@shared';
import type { CosignDoc, SuggestionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireMember } from '../membership/requireMember';
import { isStoreConflict } from '../store/port';
import { cosignId } from './cosignId';
import { loadSuggestion } from './loadSuggestion';
import { checkPetition, householdOf } from './petition';
import { toSuggestionView } from './views';

/**
 * 附议 with one tap, or withdrawing it, while the suggestion waits for its answer. The cosign
 * document's id is suggestion:member, so signing twice counts once; the count moves only when a
 * document was really added or removed.
 */
export const cosign: UseCase<'suggestion', 'suggestion.cosign'> = async (ctx, { id, on }) => {
  const who = await requireMember(ctx);
  const s = await loadSuggestion(ctx, id, who);
  if (s.state !== 'open') throw new DomainError('WRONG_STATE', '这条建议已经答复，不能再附议');
  if (s.authorId === who.member._id) throw new DomainError('WRONG_STATE', '不能附议自己提出的建议');
  if (s.moderation !== 'visible') throw new DomainError('WRONG_STATE', '这条建议还未公开');
  const _id = cosignId(s._id, who.member._id);
  if (on) {
    const doc: CosignDoc = { _id, communityId: s.communityId, suggestionId: s._id, memberId: who.member._id, household: householdOf(who.member), at: ctx.now };
    const added = await ctx.store.insert('cosigns', doc).then(
      () => true,
      (e) => {
        if (isStoreConflict(e)) return false;
        throw e;
      },
    );
    if (added) await ctx.store.update('suggestions', { _id: s._id }, { inc: { cosigns: 1 } });
  } else if ((await ctx.store.remove('cosigns', { _id })) === 1) {
    await ctx.store.update('suggestions', { _id: s._id }, { inc: { cosigns: -1 } });
  }
  const read = async () => (await ctx.store.get<SuggestionDoc>('suggestions', s._id))!;
  if (on) await checkPetition(ctx, await read(), who.community);
  return toSuggestionView(ctx, await read(), who);
};
