import { defineFunction } from '../core/functionKit';
import { cosignSuggestion } from '../core/suggestion/cosignSuggestion';
import { enterSuggestion } from '../core/suggestion/enterSuggestion';
import { exportLedger } from '../core/suggestion/exportLedger';
import { getSuggestionThemes } from '../core/suggestion/getSuggestionThemes';
import { getSuggestion } from '../core/suggestion/getSuggestion';
import { listLedger } from '../core/suggestion/listLedger';
import { listSuggestions } from '../core/suggestion/listSuggestions';
import { moderateSuggestion } from '../core/suggestion/moderateSuggestion';
import { raiseSuggestion } from '../core/suggestion/raiseSuggestion';
import { triageSuggestion } from '../core/suggestion/triageSuggestion';

export const suggestionFunction = defineFunction('suggestion', {
  'suggestion.raise': raiseSuggestion,
  'suggestion.enter': enterSuggestion,
  'suggestion.list': listSuggestions,
  'suggestion.get': getSuggestion,
  'suggestion.cosign': cosignSuggestion,
  'suggestion.moderate': moderateSuggestion,
  'suggestion.triage': triageSuggestion,
  'suggestion.ledger': listLedger,
  'suggestion.export': exportLedger,
  'suggestion.themes': getSuggestionThemes,
});
