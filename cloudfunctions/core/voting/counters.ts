import type { Choice } from '@shared';
import type { VoteCounters } from '../docs';

export const ZERO: VoteCounters = { agree: 0, disagree: 0, abstain: 0, agreeArea: 0, disagreeArea: 0, abstainArea: 0 };

/** The increments that add (sign 1) or take away (sign -1) one ballot on the tally's counters. */
export function countersDelta(choice: Choice, areaHundredths: number, sign: 1 | -1): Record<string, number> {
  return { [`counters.${choice}`]: sign, [`counters.${choice}Area`]: sign * areaHundredths };
}

/**
 * The increments that move one ballot from one choice to another. Summed, not merged: a paper
 * ballot the elector replaces with the same choice moves nothing (a merge would count it twice).
 */
export function changeDelta(from: Choice, to: Choice, areaHundredths: number): Record<string, number> {
  const delta = countersDelta(from, areaHundredths, -1);
  for (const [path, n] of Object.entries(countersDelta(to, areaHundredths, 1))) delta[path] = (delta[path] ?? 0) + n;
  return delta;
}
