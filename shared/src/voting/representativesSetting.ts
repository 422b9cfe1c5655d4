import { fractionWords } from '../member/terms';
import type { RuleThresholds, Threshold } from './rules';

/**
 * The 居民代表会议's thresholds are a 社区's setting while the enacted 2025 text is unconfirmed
 * (RULES.md): these are the choices offered, the first of each the default; `thresholdsProblem`
 * still refuses anything under its minimum, however it was sent.
 */
export const RESIDENT_REPRESENTATIVES_CHOICES: { quorum: readonly Threshold[]; pass: readonly Threshold[] } = {
  quorum: [
    { num: 2, den: 3, inclusive: true },
    { num: 1, den: 2, inclusive: false },
  ],
  pass: [
    { num: 1, den: 2, inclusive: false },
    { num: 2, den: 3, inclusive: true },
  ],
};

export interface RepresentativesSetting {
  quorum: Threshold;
  pass: Threshold;
}

export const DEFAULT_RESIDENT_REPRESENTATIVES: RepresentativesSetting = {
  quorum: RESIDENT_REPRESENTATIVES_CHOICES.quorum[0],
  pass: RESIDENT_REPRESENTATIVES_CHOICES.pass[0],
};

/** The setting as the decision rules take it: heads present against members, agreeing heads against those present. */
export const representativesThresholds = (s: RepresentativesSetting): RuleThresholds => ({ quorum: { heads: s.quorum }, pass: { heads: s.pass } });

/** A threshold as the laws write it: 过半数, 三分之二以上. */
export function thresholdWords(t: Threshold): string {
  if (t.num * 2 === t.den && !t.inclusive) return '过半数';
  return `${fractionWords(t.num, t.den)}${t.inclusive ? '以上' : '（不含本数）以上'}`;
}
