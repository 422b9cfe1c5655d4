import type { UseCase } from '../functionKit';
import { requireReader } from '../access/requireMember';
import { loadSuggestion } from './loadSuggestion';
import { toSuggestionView } from './views';

/** One suggestion with its answer, its co-sign count and what the caller may do with it. */
export const getSuggestion: UseCase<'suggestion', 'suggestion.get'> = async (ctx, { id }) => {
  const who = await requireReader(ctx);
  return toSuggestionView(ctx, await loadSuggestion(ctx, id, who), who);
};
