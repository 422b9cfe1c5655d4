import { TERMS } from '../membership/terms';

/**
 * 群众意见台账: what residents raise before any topic exists, and what the committee does with each.
 * Every suggestion gets an answer within the community's answer period.
 */

export const SUGGESTION_STATES = ['open', 'accepted', 'merged', 'handled', 'referred', 'declined'] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];
export const SUGGESTION_STATE_LABELS: Record<SuggestionState, string> = {
  open: '待答复',
  accepted: '已立项协商',
  merged: '已合并',
  handled: '已直接办理',
  referred: '已转交办理',
  declined: '不予采纳',
};

/** The committee's answers: each ends the suggestion's open state. */
export const TRIAGE_DECISIONS = ['accept', 'merge', 'handle', 'refer', 'decline'] as const;
export type TriageDecision = (typeof TRIAGE_DECISIONS)[number];
export const TRIAGE_RESULT: Record<TriageDecision, Exclude<SuggestionState, 'open'>> = {
  accept: 'accepted',
  merge: 'merged',
  handle: 'handled',
  refer: 'referred',
  decline: 'declined',
};
export const TRIAGE_LABELS: Record<TriageDecision, string> = {
  accept: '立项协商',
  merge: '合并到其他建议',
  handle: '直接办理',
  refer: '转交其他部门',
  decline: '不予采纳',
};
/** What the answer's text must say for each decision. */
export const TRIAGE_TEXT_LABELS: Record<TriageDecision, string> = {
  accept: '说明（可选）',
  merge: '合并说明（可选）',
  handle: '办理情况',
  refer: '转交单位及说明',
  decline: '不予采纳的理由',
};
export const TRIAGE_NEEDS_TEXT: Record<TriageDecision, boolean> = {
  accept: false,
  merge: false,
  handle: true,
  refer: true,
  decline: true,
};

/** How a suggestion reached the ledger: from the app, or collected by the committee. */
export const SUGGESTION_CHANNELS = ['online', 'box', 'visit', 'phone', 'onsite'] as const;
export type SuggestionChannel = (typeof SUGGESTION_CHANNELS)[number];
export const SUGGESTION_CHANNEL_LABELS: Record<SuggestionChannel, string> = {
  online: '线上',
  box: '意见箱',
  visit: '入户走访',
  phone: '电话',
  onsite: '现场',
};
/** The channels a committee member enters on a resident's behalf. */
export const COLLECTED_CHANNELS = ['box', 'visit', 'phone', 'onsite'] as const satisfies readonly SuggestionChannel[];

export const SUGGESTION_LIMITS = {
  titleMin: 2,
  titleMax: 60,
  descriptionMax: 2000,
  placeMax: 40,
  photosMax: 9,
  answerMax: 1000,
} as const;

export const SUGGESTION_AGES = ['overdue', 'week', 'month', 'older'] as const;
export type SuggestionAge = (typeof SUGGESTION_AGES)[number];
export const SUGGESTION_AGE_LABELS: Record<SuggestionAge, string> = {
  overdue: '已超期未答复',
  week: '7天内',
  month: '30天内',
  older: '30天以前',
};

/** A share of a population, kept as a fraction so no float enters a legal comparison. */
export interface Share {
  num: number;
  den: number;
}

/**
 * The share of proposers that obliges the committee to call a meeting: 1/5 of adult residents or
 * 1/5 of households for a 社区 (居民委员会组织法 第10条, 2018), 1/10 of villagers for a 村
 * (村民委员会组织法 第21条). Null turns a basis off. These are the defaults of the community settings.
 */
export interface PetitionSettings {
  residents: Share | null;
  households: Share | null;
}
export const DEFAULT_PETITION: Record<'community' | 'village', PetitionSettings> = {
  community: { residents: { num: 1, den: 5 }, households: { num: 1, den: 5 } },
  village: { residents: { num: 1, den: 10 }, households: null },
};
export const DEFAULT_ANSWER_DAYS = 15;

export type PetitionBasis = keyof PetitionSettings;
/** What a share of proposers counts: people or households. */
export const PETITION_UNITS: Record<PetitionBasis, string> = { residents: '人', households: '户' };
/** What a share is counted by, in the community's own words: 居民 (村民), or 户. */
export function petitionBasisWords(basis: PetitionBasis, kind: 'community' | 'village'): string {
  return basis === 'households' ? '户' : TERMS[kind].people;
}

/**
 * Whether `count` of `population` reaches the share: 以上 includes the share itself, compared by
 * cross-multiplication (RULES.md: never a float). An empty population reaches nothing.
 */
export function reachesShare(count: number, population: number, share: Share): boolean {
  return population > 0 && count * share.den >= population * share.num;
}

/** The smallest count that reaches the share. */
export function neededFor(population: number, share: Share): number {
  return Math.ceil((population * share.num) / share.den);
}
