import type { UseCase } from '../functionKit';
import { requireMember } from '../membership/requireMember';
import { createSuggestion } from './createSuggestion';
import { toSuggestionView } from './views';

/** 我要建议: a member raises a matter for the committee to answer. */
export const raiseSuggestion: UseCase<'suggestion', 'suggestion.raise'> = async (ctx, input) => {
  const who = await requireMember(ctx);
  const doc = await createSuggestion(ctx, who, who.member, input, 'online');
  return toSuggestionView(ctx, doc, who);
};
