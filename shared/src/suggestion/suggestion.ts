import type { CommunityKind } from '../member/roles';
import { fractionWords, TERMS } from '../member/terms';
import { citation, compareFractions, type LegalBasisId } from '../voting/rules';

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
  /** The longest period one 台账归纳 reads: a year and a day, so a full year from any date fits. */
  themeDaysMax: 366,
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
 * Who may require a meeting to be called: a share of the adult residents (villagers), of the
 * households, of the 居民小组, or of the representatives.
 */
type RequestBasis = 'residents' | 'households' | 'groups' | 'representatives';
/** The bodies a share of proposers obliges the committee to call. */
type RequestedBody = 'residents_meeting' | 'villagers_meeting' | 'representatives_meeting';

interface StatutoryShare {
  body: RequestedBody;
  basis: RequestBasis;
  share: Share;
  legalBasis: LegalBasisId;
}

/**
 * The shares the organic laws set (RULES.md, 提议召开). A community may lower a share (the 2025
 * 居委会组织法 lowers the residents' one, by a figure not yet confirmed), never raise it.
 * @internal The tests check the table against the law's figures.
 */
export const STATUTORY_SHARES: Record<CommunityKind, StatutoryShare[]> = {
  community: [
    { body: 'residents_meeting', basis: 'residents', share: { num: 1, den: 5 }, legalBasis: 'residents_org_10' },
    { body: 'residents_meeting', basis: 'households', share: { num: 1, den: 5 }, legalBasis: 'residents_org_10' },
    { body: 'residents_meeting', basis: 'groups', share: { num: 1, den: 3 }, legalBasis: 'residents_org_10' },
  ],
  village: [
    { body: 'villagers_meeting', basis: 'residents', share: { num: 1, den: 10 }, legalBasis: 'villagers_org_21' },
    { body: 'villagers_meeting', basis: 'representatives', share: { num: 1, den: 3 }, legalBasis: 'villagers_org_21' },
    { body: 'representatives_meeting', basis: 'representatives', share: { num: 1, den: 5 }, legalBasis: 'villagers_org_26' },
  ],
};

/** The 居民会议 of a 社区, the 村民会议 of a 村: the meeting residents' own petitions ask for. */
const GENERAL_MEETING: Record<CommunityKind, RequestedBody> = { community: 'residents_meeting', village: 'villagers_meeting' };

function statuteOf(kind: CommunityKind, body: RequestedBody, basis: RequestBasis): StatutoryShare | undefined {
  return STATUTORY_SHARES[kind].find((s) => s.body === body && s.basis === basis);
}

/**
 * The share of proposers that obliges the committee to call a 居民会议 or 村民会议, counted by
 * residents or by households; null where the statute has no such basis (households in a 村).
 * These are the defaults of the community settings.
 */
export interface PetitionSettings {
  residents: Share | null;
  households: Share | null;
  /** 村: a third of the 村民代表 may require a 村民会议 (第21条). Settings saved before it lack it: the statute's then. */
  representatives?: Share | null;
}
const statutoryPetition = (kind: CommunityKind): Required<PetitionSettings> => ({
  residents: statuteOf(kind, GENERAL_MEETING[kind], 'residents')?.share ?? null,
  households: statuteOf(kind, GENERAL_MEETING[kind], 'households')?.share ?? null,
  representatives: statuteOf(kind, GENERAL_MEETING[kind], 'representatives')?.share ?? null,
});
export const DEFAULT_PETITION: Record<CommunityKind, Required<PetitionSettings>> = {
  community: statutoryPetition('community'),
  village: statutoryPetition('village'),
};

/** Who the proposers of a basis are, in the community's own words. */
function requestBasisWords(basis: RequestBasis, kind: CommunityKind): string {
  const words: Record<RequestBasis, string> = {
    residents: TERMS[kind].people,
    households: '户',
    groups: `${TERMS[kind].people}小组`,
    representatives: TERMS[kind].representatives,
  };
  return words[basis];
}
const BODY_WORDS: Record<RequestedBody, string> = { residents_meeting: '居民会议', villagers_meeting: '村民会议', representatives_meeting: '村民代表会议' };

/**
 * What is wrong with a community's share of proposers for one basis of one body, or null. It may
 * lower the statute's share (fewer proposers suffice), never raise it, nor switch a statutory basis
 * off; a basis the statute does not have may be added or left off.
 * @internal Unit-tested directly.
 */
export function requestShareProblem(kind: CommunityKind, body: RequestedBody, basis: RequestBasis, share: Share | null): string | null {
  const who = `提议召开${BODY_WORDS[body]}按${requestBasisWords(basis, kind)}计的比例`;
  if (share && !(Number.isSafeInteger(share.num) && Number.isSafeInteger(share.den) && share.num >= 1 && share.num <= share.den)) {
    return `${who}须为不超过1的正分数`;
  }
  const statute = statuteOf(kind, body, basis);
  if (!statute) return null;
  const law = `法定为${fractionWords(statute.share.num, statute.share.den)}（${citation(statute.legalBasis)}）`;
  if (!share) return `${who}是法定的，不能关闭：${law}`;
  return compareFractions(share.num, share.den, statute.share.num, statute.share.den) > 0 ? `${who}只能调低，不能高于${law}` : null;
}

/** What is wrong with a community's petition settings (its 居民会议 or 村民会议), or null. */
export function petitionProblem(kind: CommunityKind, settings: PetitionSettings): string | null {
  const body = GENERAL_MEETING[kind];
  return (
    requestShareProblem(kind, body, 'residents', settings.residents) ??
    requestShareProblem(kind, body, 'households', settings.households) ??
    requestShareProblem(
      kind,
      body,
      'representatives',
      settings.representatives === undefined ? DEFAULT_PETITION[kind].representatives : settings.representatives,
    )
  );
}
export const DEFAULT_ANSWER_DAYS = 15;

export type PetitionBasis = keyof PetitionSettings;
/** What a share of proposers counts: people or households. */
export const PETITION_UNITS: Record<PetitionBasis, string> = { residents: '人', households: '户', representatives: '人' };
/** What a share is counted by, in the community's own words: 居民 (村民), 户, or 村民代表. */
export function petitionBasisWords(basis: PetitionBasis, kind: CommunityKind): string {
  return requestBasisWords(basis, kind);
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
