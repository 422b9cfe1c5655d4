import { accountFunction } from './account/definition';
import { consultationFunction } from './consultation/definition';
import { memberFunction } from './member/definition';
import { participationFunction } from './participation/definition';
import { resultFunction } from './result/definition';
import { votingFunction } from './voting/definition';
import { suggestionFunction } from './suggestion/definition';
import { meetingFunction } from './meeting/definition';
import { screenFunction } from './screen/definition';
import { streetFunction } from './street/definition';

/** Every deployed function by name: what `npm run build:functions` bundles and the local host serves. */
export const FUNCTIONS = {
  account: accountFunction,
  consultation: consultationFunction,
  member: memberFunction,
  participation: participationFunction,
  voting: votingFunction,
  result: resultFunction,
  suggestion: suggestionFunction,
  meeting: meetingFunction,
  screen: screenFunction,
  street: streetFunction,
} as const;

/** Functions started by a timer trigger rather than called by the app; no caller, no actions. */
export const TIMER_FUNCTIONS = ['scheduler'] as const;
