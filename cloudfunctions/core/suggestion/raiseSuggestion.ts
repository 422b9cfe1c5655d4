import type { UseCase } from '../functionKit';
import { requireMember } from '../access/requireMember';
import { createSuggestion } from './createSuggestion';
import { checkPetition } from './petition';
import { toSuggestionView } from './views';

/** 我要建议: a member raises a matter for the committee to answer. */
export const raiseSuggestion: UseCase<'suggestion', 'suggestion.raise'> = async (ctx, input) => {
  const who = await requireMember(ctx);
  const doc = await createSuggestion(ctx, who, who.member, input, 'online');
  // In a very small community the author alone may already be the legal share.
  return toSuggestionView(ctx, await checkPetition(ctx, doc, who.community), who);
};
