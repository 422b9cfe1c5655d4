import { DomainError } from '@shared';
import type { CosignDoc, SuggestionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireMember } from '../access/requireMember';
import { isStoreConflict } from '../store/port';
import { whileCounting } from '../counting/marks';
import { cosignId } from './cosignId';
import { loadSuggestion } from './loadSuggestion';
import { checkPetition } from './petition';
import { countHouseholdSigner, householdOf, isRepresentative } from './proposers';
import { toSuggestionView } from './views';

/**
 * 附议 with one tap, or withdrawing it, while the suggestion waits for its answer. The cosign
 * document's id is suggestion:member, so signing twice counts once; the counts — signers, and
 * signers of the member's household — move only when a document was really added or removed. A
 * request that stops between the co-sign and its counts leaves them short, and the suggestion
 * marked for the scheduler's recount (counting/marks.ts).
 */
export const cosignSuggestion: UseCase<'suggestion', 'suggestion.cosign'> = async (ctx, { id, on }) => {
  const who = await requireMember(ctx);
  const s = await loadSuggestion(ctx, id, who);
  if (s.state !== 'open') throw new DomainError('WRONG_STATE', '这条建议已经答复，不能再附议');
  if (s.authorId === who.member._id) throw new DomainError('WRONG_STATE', '不能附议自己提出的建议');
  if (s.moderation !== 'visible') throw new DomainError('WRONG_STATE', '这条建议还未公开');
  const _id = cosignId(s._id, who.member._id);
  const { member } = who;
  // The suggestion's own count is written last: its update takes the suggestion's mark off.
  await whileCounting(ctx.store, 'suggestions', s._id, ctx.now, async (step) => {
    if (on) {
      const doc: CosignDoc = {
        _id,
        communityId: s.communityId,
        suggestionId: s._id,
        memberId: member._id,
        household: householdOf(member),
        representative: isRepresentative(member),
        at: ctx.now,
      };
      const added = await ctx.store.insert('cosigns', doc).then(
        () => true,
        (e) => {
          if (isStoreConflict(e)) return false;
          throw e;
        },
      );
      if (added) {
        await countHouseholdSigner(ctx.store, s, doc.household, 1);
        await ctx.store.update('suggestions', { _id: s._id }, { inc: step.inc({ cosigns: 1 }) });
      }
    } else {
      // The household it was signed for, which may not be the member's household now.
      const signed = await ctx.store.get<CosignDoc>('cosigns', _id);
      if (signed && (await ctx.store.remove('cosigns', { _id })) === 1) {
        await countHouseholdSigner(ctx.store, s, signed.household, -1);
        await ctx.store.update('suggestions', { _id: s._id }, { inc: step.inc({ cosigns: -1 }) });
      }
    }
  });
  // Read once after the increment: of two co-signs at once, the later one sees both.
  const now = (await ctx.store.get<SuggestionDoc>('suggestions', s._id))!;
  return toSuggestionView(ctx, on ? await checkPetition(ctx, now, who.community) : now, who);
};
