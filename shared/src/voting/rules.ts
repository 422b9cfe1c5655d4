import type { ScopeKind } from '../consultation/planFields';
import type { CommunityKind } from '../member/roles';
import { DAY_MS } from '../time';

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
  'group_meeting',
  'representatives_meeting',
  'resident_representatives',
  'collective_members',
  'collective_representatives',
  'land_contracting_outside',
  'owners_ordinary',
  'owners_major',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export const isRuleKind = (kind: string): kind is RuleKind => (RULE_KINDS as readonly string[]).includes(kind);

/* ---------- legal bases ---------- */

/**
 * Every article a rule rests on, in one table: the 2025 revisions of both organic laws renumber
 * articles (not yet confirmed), so the organic laws are cited by their 2018 article and a
 * renumbering is one edit here. `noticeDays` is the notice floor the article sets, if any.
 */
interface LegalBasis {
  law: string;
  year: number;
  article: string;
  summary: string;
  noticeDays?: number;
}

/** @internal The tests check the table against the law's text. */
export const LEGAL_BASES = {
  civil_code_278: {
    law: '民法典',
    year: 2020,
    article: '第278条',
    summary:
      '业主共同决定事项，应当由专有部分面积和人数均占三分之二以上的业主参与表决；筹集维修资金、改建重建、改变共有部分用途或利用共有部分从事经营须经参与表决面积和人数四分之三以上同意，其他事项须经过半数同意',
  },
  property_regulation_14: {
    law: '物业管理条例',
    year: 2018,
    article: '第14条',
    summary: '召开业主大会会议，应当于会议召开15日以前通知全体业主',
    noticeDays: 15,
  },
  residents_org_9: {
    law: '城市居民委员会组织法',
    year: 2018,
    article: '第9条',
    summary: '居民会议须有全体十八周岁以上居民或户的代表过半数出席才能举行，决定由出席人的过半数通过',
  },
  residents_org_10: {
    law: '城市居民委员会组织法',
    year: 2018,
    article: '第10条',
    summary: '五分之一以上十八周岁以上居民、五分之一以上的户或者三分之一以上的居民小组提议，应当召集居民会议',
  },
  residents_org_2025_representatives: {
    law: '城市居民委员会组织法',
    year: 2025,
    article: '第四章（条文号待核实）',
    summary: '居民代表会议由居民委员会成员和居民代表组成；其参加和表决比例以正式公布的条文为准，在此之前作为社区设置',
  },
  residents_org_2025_prior: {
    law: '城市居民委员会组织法',
    year: 2025,
    article: '2025年修正（条文号待核实）',
    summary: '需由居民会议或者居民代表会议决定的重要事项，应当先经社区党组织研究讨论',
  },
  villagers_org_21: {
    law: '村民委员会组织法',
    year: 2018,
    article: '第21条',
    summary: '十分之一以上村民或者三分之一以上村民代表提议，应当召集村民会议；召集村民会议应当提前十天通知村民',
    noticeDays: 10,
  },
  villagers_org_22: {
    law: '村民委员会组织法',
    year: 2018,
    article: '第22条',
    summary: '村民会议须有本村十八周岁以上村民的过半数或者本村三分之二以上的户的代表参加，所作决定须经到会人员的过半数通过',
  },
  villagers_org_25: {
    law: '村民委员会组织法',
    year: 2018,
    article: '第25条',
    summary: '村民代表会议由村民委员会成员和村民代表组成',
  },
  villagers_org_26: {
    law: '村民委员会组织法',
    year: 2018,
    article: '第26条',
    summary: '五分之一以上村民代表提议，应当召集村民代表会议；须有三分之二以上组成人员参加方可召开，所作决定须经到会人员的过半数同意',
  },
  villagers_org_28: {
    law: '村民委员会组织法',
    year: 2018,
    article: '第28条',
    summary: '村民小组会议须有本组十八周岁以上村民三分之二以上或者本组三分之二以上的户的代表参加，所作决定须经到会人员的过半数同意',
  },
  villagers_org_2025_prior: {
    law: '村民委员会组织法',
    year: 2025,
    article: '2025年修正（条文号待核实）',
    summary: '需由村民会议或者村民代表会议决定的重要事项，应当先经村党组织研究讨论',
  },
  collective_26: {
    law: '农村集体经济组织法',
    year: 2024,
    article: '第26条',
    summary: '成员大会是集体经济组织的权力机构；其决定的重要事项应当先经党组织研究讨论',
  },
  collective_27: {
    law: '农村集体经济组织法',
    year: 2024,
    article: '第27条',
    summary: '召开成员大会应当于十日前通知全体成员，须有三分之二以上成员参加，决定须经全体成员三分之二以上同意',
    noticeDays: 10,
  },
  collective_28: {
    law: '农村集体经济组织法',
    year: 2024,
    article: '第28条',
    summary: '成员代表大会须有三分之二以上成员代表参加，决定须经全体成员代表三分之二以上同意',
  },
  land_contracting_52: {
    law: '农村土地承包法',
    year: 2018,
    article: '第52条',
    summary: '将农村土地发包给本集体经济组织以外的单位或者个人承包，须事先经村民会议三分之二以上成员或者三分之二以上村民代表同意',
  },
} as const satisfies Record<string, LegalBasis>;
export type LegalBasisId = keyof typeof LEGAL_BASES;

/** A basis as a reader finds it: 《村民委员会组织法》（2018）第21条. */
export function citation(id: LegalBasisId): string {
  const b = LEGAL_BASES[id];
  return `《${b.law}》（${b.year}）${b.article}`;
}

/* ---------- what each rule is for ---------- */

export interface RuleSpec {
  communityKinds: CommunityKind[];
  /** The scopes (whose vote) the rule may be used with. */
  scopes: ScopeKind[];
  /** Whether the vote is of a statutory body and so needs the Party organisation's prior discussion (前置研究). */
  statutory: boolean;
  /** Days the notice must precede the vote; a community may set longer, never shorter. */
  noticeFloorDays: number;
  bases: LegalBasisId[];
}

const ALL_SCOPES: ScopeKind[] = ['residents', 'households', 'representatives', 'group', 'collective_members', 'collective_representatives', 'owners'];
const PEOPLE: ScopeKind[] = ['residents', 'households'];
const COMMUNITY: CommunityKind[] = ['community'];
const VILLAGE: CommunityKind[] = ['village'];
const BOTH: CommunityKind[] = ['community', 'village'];

/** The notice floor comes from the articles: the longest any of them sets. */
function spec(communityKinds: CommunityKind[], scopes: ScopeKind[], statutory: boolean, bases: LegalBasisId[]): RuleSpec {
  const days = bases.map((b): number => (LEGAL_BASES[b] as LegalBasis).noticeDays ?? 0);
  return { communityKinds, scopes, statutory, noticeFloorDays: Math.max(0, ...days), bases };
}

/**
 * Statutory: since 2026-01-01 a matter for a 居民／村民会议, a 代表会议 or the 集体经济组织 must first be
 * discussed by the Party organisation (and land contracted outside is decided by the 村民会议 or
 * 代表会议). Not statutory: the 协商议事会 only consults, a 村民小组会议 is not among the bodies the
 * revision names, and an owners' 业主大会 is no body of the 村／居 at all.
 */
export const RULE_SPECS: Record<RuleKind, RuleSpec> = {
  majority_of_present: spec(BOTH, ALL_SCOPES, false, []),
  residents_meeting: spec(COMMUNITY, PEOPLE, true, ['residents_org_9', 'residents_org_2025_prior']),
  villagers_meeting: spec(VILLAGE, PEOPLE, true, ['villagers_org_22', 'villagers_org_21', 'villagers_org_2025_prior']),
  group_meeting: spec(VILLAGE, ['group'], false, ['villagers_org_28']),
  representatives_meeting: spec(VILLAGE, ['representatives'], true, ['villagers_org_26', 'villagers_org_25', 'villagers_org_2025_prior']),
  resident_representatives: spec(COMMUNITY, ['representatives'], true, ['residents_org_2025_representatives', 'residents_org_2025_prior']),
  collective_members: spec(VILLAGE, ['collective_members'], true, ['collective_27', 'collective_26']),
  collective_representatives: spec(VILLAGE, ['collective_representatives'], true, ['collective_28', 'collective_26']),
  land_contracting_outside: spec(VILLAGE, [...PEOPLE, 'representatives'], true, [
    'land_contracting_52',
    'villagers_org_22',
    'villagers_org_26',
    'villagers_org_2025_prior',
  ]),
  owners_ordinary: spec(BOTH, ['owners'], false, ['civil_code_278', 'property_regulation_14']),
  owners_major: spec(BOTH, ['owners'], false, ['civil_code_278', 'property_regulation_14']),
};

/** Whether a vote under this rule needs the Party organisation's prior discussion recorded first. */
export function isStatutory(kind: string): boolean {
  return (RULE_KINDS as readonly string[]).includes(kind) && RULE_SPECS[kind as RuleKind].statutory;
}

/** The rules a 社区 or a 村 may use, in the order of RULE_KINDS. */
export function rulesFor(communityKind: CommunityKind): RuleKind[] {
  return RULE_KINDS.filter((k) => RULE_SPECS[k].communityKinds.includes(communityKind));
}

/** The body that decides, as problems and notices name it. */
export const RULE_BODIES: Record<RuleKind, string> = {
  majority_of_present: '协商议事会',
  residents_meeting: '居民会议',
  villagers_meeting: '村民会议',
  group_meeting: '村民小组会议',
  representatives_meeting: '村民代表会议',
  resident_representatives: '居民代表会议',
  collective_members: '集体经济组织成员大会',
  collective_representatives: '集体经济组织成员代表大会',
  land_contracting_outside: '土地对外发包',
  owners_ordinary: '业主共同决定',
  owners_major: '业主共同决定',
};

/**
 * What is wrong with a notice given at `noticeAt` for a vote opening at `opensAt`: shorter than the
 * body's statutory floor (9 days 23:59 is not 10 days). Null when long enough or no floor applies.
 */
export function noticeProblem(kind: RuleKind, noticeAt: number, opensAt: number): string | null {
  const days = RULE_SPECS[kind].noticeFloorDays;
  if (days === 0 || opensAt - noticeAt >= days * DAY_MS) return null;
  const basis = RULE_SPECS[kind].bases.find((b) => (LEGAL_BASES[b] as LegalBasis).noticeDays === days)!;
  return `${RULE_BODIES[kind]}须至少提前${days}天通知（${citation(basis)}），本次通知距表决开始不足${days}天`;
}

/* ---------- thresholds ---------- */

export interface Threshold {
  num: number;
  den: number;
  /** true: reaching the fraction is enough (以上, ≥); false: it must be exceeded (过半数, >). */
  inclusive: boolean;
}
/** What agreement is measured against: those who took part (default), or the whole electorate. */
export type PassThreshold = Threshold & { of?: 'present' | 'electorate' };

export interface RuleThresholds {
  /** Who must take part: ballots against the electorate's headcount, voting area against the total area. */
  quorum: { heads?: Threshold; area?: Threshold; minBallots?: number };
  /** What passes: agreeing heads against ballots counted (or the electorate), agreeing area against the area that voted. */
  pass: { heads: PassThreshold; area?: Threshold };
}

/**
 * Whose electors a vote counts. The electorate handed to `decide` already has one elector per
 * household in household form, so every form is a head count; the form only picks the floor.
 */
export type ElectorateForm = 'persons' | 'households' | 'members' | 'owners';

const FORM_OF_SCOPE: Record<Exclude<ScopeKind, 'group'>, ElectorateForm> = {
  residents: 'persons',
  households: 'households',
  representatives: 'members',
  collective_members: 'members',
  collective_representatives: 'members',
  owners: 'owners',
};
export function formOfScope(scope: { kind: ScopeKind; form?: 'persons' | 'households' }): ElectorateForm {
  return scope.kind === 'group' ? (scope.form ?? 'persons') : FORM_OF_SCOPE[scope.kind];
}

const MORE_THAN_HALF: Threshold = { num: 1, den: 2, inclusive: false };
const TWO_THIRDS_OR_MORE: Threshold = { num: 2, den: 3, inclusive: true };
const THREE_QUARTERS_OR_MORE: Threshold = { num: 3, den: 4, inclusive: true };
const TWO_THIRDS_OF_ALL: PassThreshold = { ...TWO_THIRDS_OR_MORE, of: 'electorate' };

/** A meeting's floor: ballots against the electorate, then agreement (by default, more than half of those present). */
const meeting = (quorum: Threshold, pass: PassThreshold = MORE_THAN_HALF): RuleThresholds => ({ quorum: { heads: quorum }, pass: { heads: pass } });
const OWNERS_QUORUM = { area: TWO_THIRDS_OR_MORE, heads: TWO_THIRDS_OR_MORE };

/** A rule's floor, and where the law sets another for one electorate form, that form's. */
type FloorsByForm = { base: RuleThresholds } & Partial<Record<ElectorateForm, RuleThresholds>>;

/** @internal The tests read it rather than repeat the figures. */
export const LEGAL_FLOORS: Record<RuleKind, FloorsByForm> = {
  majority_of_present: { base: { quorum: { minBallots: 1 }, pass: { heads: MORE_THAN_HALF } } },
  residents_meeting: { base: meeting(MORE_THAN_HALF) },
  // Person form: more than half of the adults; household form: two thirds of the households. Never the easier.
  villagers_meeting: { base: meeting(MORE_THAN_HALF), households: meeting(TWO_THIRDS_OR_MORE) },
  group_meeting: { base: meeting(TWO_THIRDS_OR_MORE) },
  representatives_meeting: { base: meeting(TWO_THIRDS_OR_MORE) },
  // The 2025 text is not confirmed: these defaults are settings (see SETTING_MINIMUMS).
  resident_representatives: { base: meeting(TWO_THIRDS_OR_MORE) },
  collective_members: { base: meeting(TWO_THIRDS_OR_MORE, TWO_THIRDS_OF_ALL) },
  collective_representatives: { base: meeting(TWO_THIRDS_OR_MORE, TWO_THIRDS_OF_ALL) },
  // Quorum as the meeting that decides (村民会议 by persons or households, or 代表会议); agreement of two thirds of all.
  land_contracting_outside: {
    base: meeting(MORE_THAN_HALF, TWO_THIRDS_OF_ALL),
    households: meeting(TWO_THIRDS_OR_MORE, TWO_THIRDS_OF_ALL),
    members: meeting(TWO_THIRDS_OR_MORE, TWO_THIRDS_OF_ALL),
  },
  owners_ordinary: { base: { quorum: OWNERS_QUORUM, pass: { area: MORE_THAN_HALF, heads: MORE_THAN_HALF } } },
  owners_major: { base: { quorum: OWNERS_QUORUM, pass: { area: THREE_QUARTERS_OR_MORE, heads: THREE_QUARTERS_OR_MORE } } },
};

/** The legal floor of a rule in an electorate form (the owners' rules have one whatever the form). */
export function thresholdsFor(kind: RuleKind, form: ElectorateForm): RuleThresholds {
  const floors = LEGAL_FLOORS[kind];
  return floors[form] ?? floors.base;
}

/**
 * Where the law's figure is not yet known, a community's own thresholds are held to a stated
 * minimum instead of the defaults: more than half, for taking part and for agreeing.
 */
const SETTING_MINIMUMS: Partial<Record<RuleKind, RuleThresholds>> = {
  resident_representatives: meeting(MORE_THAN_HALF),
};
/**
 * The least a community's own 议事规则 may ask under this rule.
 * @internal Unit-tested directly.
 */
export function minimumFor(kind: RuleKind, form: ElectorateForm): RuleThresholds {
  return SETTING_MINIMUMS[kind] ?? thresholdsFor(kind, form);
}

/** Rules that weigh owners' areas: the electorate must carry them. */
export const AREA_RULES: readonly RuleKind[] = ['owners_ordinary', 'owners_major'];

/** a/b compared exactly with c/d (b, d > 0), in integers: never a float. */
export function compareFractions(a: number, b: number, c: number, d: number): number {
  const left = BigInt(a) * BigInt(d);
  const right = BigInt(c) * BigInt(b);
  return (left > right ? 1 : 0) - (left < right ? 1 : 0);
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
 * @internal Unit-tested directly.
 */
export function isAtLeast(custom: Threshold, floor: Threshold): boolean {
  const c = compareFractions(custom.num, custom.den, floor.num, floor.den);
  return c > 0 || (c === 0 && (custom.inclusive === false || floor.inclusive === true));
}

/** A fraction the comparisons can trust: a negative or zero denominator would turn them round. */
function isFraction(t: Threshold): boolean {
  return Number.isSafeInteger(t.num) && t.num >= 0 && Number.isSafeInteger(t.den) && t.den > 0;
}

/** A custom threshold where the floor has one must be a fraction at least as strict. */
function covers(custom: Threshold | undefined, floor: Threshold | undefined): boolean {
  if (custom !== undefined && !isFraction(custom)) return false;
  return floor === undefined || (custom !== undefined && isAtLeast(custom, floor));
}

/** Agreement of the whole electorate is stricter than the same share of those present, never the other way. */
function coversPass(custom: PassThreshold, floor: PassThreshold): boolean {
  return covers(custom, floor) && (floor.of !== 'electorate' || custom.of === 'electorate');
}

/** What is wrong with a community's own thresholds for this rule, or null when none is below the law. */
export function thresholdsProblem(kind: RuleKind, form: ElectorateForm, custom: RuleThresholds): string | null {
  const floor = minimumFor(kind, form);
  const ok =
    covers(custom.quorum.heads, floor.quorum.heads) &&
    covers(custom.quorum.area, floor.quorum.area) &&
    (custom.quorum.minBallots ?? 0) >= (floor.quorum.minBallots ?? 0) &&
    coversPass(custom.pass.heads, floor.pass.heads) &&
    covers(custom.pass.area, floor.pass.area);
  return ok ? null : `议事规则的表决门槛不能低于法定标准（${RULE_BODIES[kind]}）`;
}

/* ---------- words ---------- */

const RULE_LABELS: Record<RuleKind, string> = {
  ...RULE_BODIES,
  majority_of_present: '协商议事会·到场多数',
  land_contracting_outside: '集体土地对外发包',
  owners_ordinary: '业主共同决定·一般事项',
  owners_major: '业主共同决定·重大事项',
};
/**
 * The rules in this community's own words. Since a 代表会议 of 村民代表 and one of 居民代表 are two
 * rules, every body has one legal name, whichever community reads it; callers still say whose.
 */
export function ruleLabelsOf(_kind: CommunityKind): Record<RuleKind, string> {
  return RULE_LABELS;
}

/** Each rule in plain words, for the vote screen (适老化: say it, do not make people work it out). */
export const RULE_TEXTS: Record<RuleKind, string> = {
  majority_of_present: '到场参加表决者过半数同意即通过',
  residents_meeting: '参加表决的须超过全体十八周岁以上居民（按户表决时为全部户）的一半，且同意的超过参加表决的一半',
  villagers_meeting: '按人表决时，参加的须超过十八周岁以上村民的一半；按户表决时，参加的户须达全部户的三分之二以上；且同意的超过参加表决的一半',
  group_meeting: '参加的须达本小组十八周岁以上村民（按户表决时为全部户）的三分之二以上，且同意的超过参加表决的一半',
  representatives_meeting: '参加的村委会成员和村民代表须达全体组成人员的三分之二以上，且同意的超过参加表决人数的一半',
  resident_representatives: '参加的居委会成员和居民代表须达全体组成人员的三分之二以上，且同意的超过参加表决人数的一半',
  collective_members: '参加的成员须达全体成员的三分之二以上，且同意的须达全体成员（不只是参加表决的）的三分之二以上',
  collective_representatives: '参加的成员代表须达全体成员代表的三分之二以上，且同意的须达全体成员代表的三分之二以上',
  land_contracting_outside: '参加须符合村民会议或村民代表会议的要求，且同意的须达全体村民（按户表决时为全部户，代表会议为全体组成人员）的三分之二以上',
  owners_ordinary: '需参与表决的专有部分面积和人数均达三分之二以上，且同意的面积和人数均超过参与表决的一半',
  owners_major: '需参与表决的专有部分面积和人数均达三分之二以上，且同意的面积和人数均达参与表决的四分之三以上',
};

/** How long after the close time closing waits, so a ballot cast just before it has landed. */
export const VOTE_CLOSE_GRACE_MS = 30_000;
