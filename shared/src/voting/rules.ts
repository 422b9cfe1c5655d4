import type { CommunityKind } from '../membership/roles';
import { TERMS } from '../membership/terms';

/**
 * The decision rules of RULES.md as data. A threshold is a fraction and whether reaching it
 * exactly is enough: 过半数 is strictly more than half (exactly one half fails), 以上 includes the
 * number (民法典 第1259条). A community may adopt stricter thresholds in its own 议事规则, never
 * looser ones than these floors.
 */
export const RULE_KINDS = [
  'majority_of_present',
  'residents_meeting',
  'villagers_meeting',
  'representatives_meeting',
  'owners_ordinary',
  'owners_major',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface Threshold {
  num: number;
  den: number;
  /** true: reaching the fraction is enough (以上, ≥); false: it must be exceeded (过半数, >). */
  inclusive: boolean;
}

export interface RuleThresholds {
  /**
   * Who must take part. `heads`: ballots against the electorate's headcount; `area`: voting area
   * against the total area; `households`: households represented against all households.
   * With `anyOf`, one of them suffices (村民会议); otherwise all must hold.
   */
  quorum: { heads?: Threshold; area?: Threshold; households?: Threshold; anyOf?: boolean; minBallots?: number };
  /** What passes: agreeing heads against ballots counted, agreeing area against the area that voted. */
  pass: { heads: Threshold; area?: Threshold };
}

const MORE_THAN_HALF: Threshold = { num: 1, den: 2, inclusive: false };
const TWO_THIRDS_OR_MORE: Threshold = { num: 2, den: 3, inclusive: true };
const THREE_QUARTERS_OR_MORE: Threshold = { num: 3, den: 4, inclusive: true };

export const LEGAL_FLOORS: Record<RuleKind, RuleThresholds> = {
  /** 协商议事会, show of hands: at least one ballot; agree > 1/2 of ballots cast. */
  majority_of_present: { quorum: { minBallots: 1 }, pass: { heads: MORE_THAN_HALF } },
  /** 居民会议 (居委会组织法 2018 第9条): ballots > 1/2 of electors; agree > 1/2 of ballots cast. */
  residents_meeting: { quorum: { heads: MORE_THAN_HALF }, pass: { heads: MORE_THAN_HALF } },
  /** 村民会议 (村委会组织法 第22条): ballots > 1/2 of electors or households ≥ 2/3; agree > 1/2 of ballots cast. */
  villagers_meeting: {
    quorum: { heads: MORE_THAN_HALF, households: TWO_THIRDS_OR_MORE, anyOf: true },
    pass: { heads: MORE_THAN_HALF },
  },
  /** 村(居)民代表会议 (村委会组织法 第26条): ballots ≥ 2/3 of representatives; agree > 1/2 of ballots cast. */
  representatives_meeting: { quorum: { heads: TWO_THIRDS_OR_MORE }, pass: { heads: MORE_THAN_HALF } },
  /** 业主共同决定, 民法典 第278条 (一)–(五), (九). */
  owners_ordinary: {
    quorum: { area: TWO_THIRDS_OR_MORE, heads: TWO_THIRDS_OR_MORE },
    pass: { area: MORE_THAN_HALF, heads: MORE_THAN_HALF },
  },
  /** 民法典 第278条 (六)–(八): 筹集维修资金, 改建重建, 改变共有部分用途或利用共有部分从事经营. */
  owners_major: {
    quorum: { area: TWO_THIRDS_OR_MORE, heads: TWO_THIRDS_OR_MORE },
    pass: { area: THREE_QUARTERS_OR_MORE, heads: THREE_QUARTERS_OR_MORE },
  },
};

/** The rules in this community's own words: a 代表会议 is of 居民代表 in a 社区, of 村民代表 in a 村. */
export function ruleLabelsOf(kind: CommunityKind): Record<RuleKind, string> {
  return {
    majority_of_present: '协商议事会·到场多数',
    residents_meeting: '居民会议',
    villagers_meeting: '村民会议',
    representatives_meeting: `${TERMS[kind].representatives}会议`,
    owners_ordinary: '业主共同决定·一般事项',
    owners_major: '业主共同决定·重大事项',
  };
}

/** Rules that weigh owners' areas: the electorate must carry them. */
export const AREA_RULES: readonly RuleKind[] = ['owners_ordinary', 'owners_major'];

/** a/b compared exactly with c/d, in integers: never a float. */
export function compareFractions(a: number, b: number, c: number, d: number): number {
  const left = BigInt(a) * BigInt(d);
  const right = BigInt(c) * BigInt(b);
  return left === right ? 0 : left > right ? 1 : -1;
}

/** Whether `part` of `whole` meets the threshold; nothing meets a threshold of an empty whole. */
export function meets(part: number, whole: number, t: Threshold): boolean {
  if (whole <= 0) return false;
  const c = compareFractions(part, whole, t.num, t.den);
  return t.inclusive ? c >= 0 : c > 0;
}

/**
 * Whether `custom` is at least as demanding as `floor`: a community may ask more of a decision,
 * never less. Comparing two thresholds: a higher fraction is stricter; at the same fraction,
 * “exceed” is stricter than “reach”.
 */
export function isAtLeast(custom: Threshold, floor: Threshold): boolean {
  const c = compareFractions(custom.num, custom.den, floor.num, floor.den);
  if (c !== 0) return c > 0;
  return custom.inclusive === false || floor.inclusive === true;
}

/** Each rule in plain words, for the vote screen (适老化: say it, do not make people work it out). */
export const RULE_TEXTS: Record<RuleKind, string> = {
  majority_of_present: '到场参加表决者过半数同意即通过',
  residents_meeting: '参加表决的居民须超过全体选民的一半，且同意的超过参加表决人数的一半',
  villagers_meeting: '参加表决的村民超过一半，或参加的户数达到三分之二以上；且同意的超过参加表决人数的一半',
  representatives_meeting: '参加表决的代表须达三分之二以上，且同意的超过参加表决人数的一半',
  owners_ordinary: '需参与表决的专有部分面积和人数均达三分之二以上，且同意的面积和人数均超过参与表决的一半',
  owners_major: '需参与表决的专有部分面积和人数均达三分之二以上，且同意的面积和人数均达参与表决的四分之三以上',
};

/** How long after the close time closing waits, so a ballot cast just before it has landed. */
export const VOTE_CLOSE_GRACE_MS = 30_000;

/** Which of a rule's tests applies: the scope decides whether persons, households or members are counted. */
export type ElectorateForm = 'persons' | 'households' | 'members' | 'owners';
export function formOfScope(scope: { kind: string; form?: 'persons' | 'households' }): ElectorateForm {
  if (scope.kind === 'owners') return 'owners';
  if (scope.kind === 'residents') return 'persons';
  if (scope.kind === 'households') return 'households';
  if (scope.kind === 'group') return scope.form ?? 'persons';
  return 'members';
}
