import { DEFAULT_ANSWER_DAYS, DEFAULT_PETITION, type SuggestionSettingsView } from '@shared';
import type { CommunityDoc } from '../docs';

/** The community's answer period and legal shares, or the defaults for its kind. */
export function suggestionSettingsOf(c: CommunityDoc): SuggestionSettingsView {
  return {
    answerDays: c.settings.suggestions?.answerDays ?? DEFAULT_ANSWER_DAYS,
    // A basis a community's saved settings do not name (added to the law's list later) is the statute's.
    petition: { ...DEFAULT_PETITION[c.kind], ...c.settings.suggestions?.petition },
  };
}
