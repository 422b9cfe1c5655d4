import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { loadMember } from '../member/loadMember';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { createSuggestion } from './createSuggestion';
import { checkPetition } from './petition';
import { toSuggestionView } from './views';

/**
 * 代录建议: a committee member enters what a resident raised through the 意见箱, on a home visit
 * (入户走访), by phone or on the spot, tagged with the channel and the resident it came from.
 */
export const enterSuggestion: UseCase<'suggestion', 'suggestion.enter'> = async (ctx, { memberId, channel, ...fields }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const author = await loadMember(ctx, memberId, who);
  if (author.status !== 'active') throw new DomainError('NOT_MEMBER', '只能为已认证的成员录入建议');
  const doc = await createSuggestion(ctx, who, author, fields, channel);
  // In a very small community the author alone may already be the legal share.
  return toSuggestionView(ctx, await checkPetition(ctx, doc, who.community), who);
};
