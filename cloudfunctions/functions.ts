import { accountFunction } from './account/definition';
import { consultationFunction } from './consultation/definition';
import { memberFunction } from './member/definition';
import { participationFunction } from './participation/definition';
import { votingFunction } from './voting/definition';

/** Every deployed function by name: what `npm run build:functions` bundles and the local host serves. */
export const FUNCTIONS = {
  account: accountFunction,
  consultation: consultationFunction,
  member: memberFunction,
  participation: participationFunction,
  voting: votingFunction,
} as const;

export type DeployedFunctionName = keyof typeof FUNCTIONS;
