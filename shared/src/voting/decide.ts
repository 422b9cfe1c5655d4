import {
  AREA_RULES,
  meets,
  thresholdsFor,
  thresholdsProblem,
  type ElectorateForm,
  type PassThreshold,
  type RuleKind,
  type RuleThresholds,
  type Threshold,
} from './rules';

export const CHOICES = ['agree', 'disagree', 'abstain'] as const;
export type Choice = (typeof CHOICES)[number];
export const CHOICE_LABELS: Record<Choice, string> = { agree: '同意', disagree: '反对', abstain: '弃权' };

/** @internal What decide counts (tests only). */
export interface DecisionElector {
  id: string;
  /** m² with at most two decimals; the owners' rules need it. */
  area?: number;
}
/** @internal What decide counts (tests only). */
export interface DecisionBallot {
  electorId: string;
  choice: Choice;
}
export interface Rule {
  kind: RuleKind;
  /** A community's own 议事规则; each threshold must be at least the legal floor. */
  thresholds?: RuleThresholds;
}

export interface Count {
  heads: number;
  /** m² with two decimals, on the owners' rules. */
  area?: number;
}
export interface Check {
  /** 参与表决面积, 同意人数, …  */
  label: string;
  ok: boolean;
  /** e.g. 参与表决面积 68.20% ≥ 2/3 */
  text: string;
}
export interface Decision {
  quorumMet: boolean;
  passed: boolean;
  /** Heads taking part: ballots counted, and at a meeting vote those present who did not vote (`silent`). */
  turnout: { heads: number; headsTotal: number; silent?: number; area?: number; areaTotal?: number };
  agree: Count;
  disagree: Count;
  abstain: Count;
  /** Ids of ballots not counted: not in the electorate, or a second ballot of the same elector. */
  rejected: string[];
  checks: Check[];
  /** The checks and the verdict in a sentence a resident can read. */
  explanation: string;
}

/**
 * Areas are counted in hundredths of m²: 89.5 → 8950. Anything finer than a hundredth is refused.
 */
export function toHundredths(area: number): number {
  const h = Math.round(area * 100);
  if (!Number.isFinite(area) || area < 0 || Math.abs(area * 100 - h) > 1e-6) {
    throw new RangeError(`面积须为非负数，最多两位小数：${area}`);
  }
  return h;
}
const toSquareMetres = (h: number) => Number((h / 100).toFixed(2));

/** The rule's thresholds: the legal floor, or the community's own if none is below it. */
function resolveThresholds(rule: Rule, form: ElectorateForm): RuleThresholds {
  if (!rule.thresholds) return thresholdsFor(rule.kind, form);
  const problem = thresholdsProblem(rule.kind, form, rule.thresholds);
  if (problem) throw new RangeError(problem);
  return rule.thresholds;
}

/**
 * part/whole as a percentage with `digits` decimals, rounded towards the side the exact comparison
 * fell on (up when a line was reached, down when not), so a figure never seems to contradict its
 * verdict: 50.04% that is more than half reads 50.1%, never 50.0%. Every screen rounds this way.
 */
export function percent(part: number, whole: number, digits: number, up: boolean): string {
  // BigInt() calls rather than 10n literals, and no ** on BigInts: some compilers reject the literal
  // syntax, and Babel turns ** into Math.pow, which throws on a BigInt (the H5 build does).
  const scale = BigInt(Math.pow(10, digits));
  const scaled = BigInt(part) * BigInt(100) * scale;
  const w = BigInt(whole);
  const q = scaled / w + (up && scaled % w !== BigInt(0) ? BigInt(1) : BigInt(0));
  const int = q / scale;
  const frac = (q % scale).toString().padStart(digits, '0');
  return digits > 0 ? `${int}.${frac}%` : `${int}%`;
}

/** Said wherever percentages of a vote are shown, so a reader knows which way they were rounded. */
export const ROUNDING_NOTE = '百分比保留一位小数（面积比例两位），与法定比例比较时按结论方向取舍：达到的向上、未达到的向下。';

function check(label: string, part: number, whole: number, t: Threshold, digits: number): Check {
  const fraction = `${t.num}/${t.den}`;
  if (whole <= 0) return { label, ok: false, text: `${label}：无可计数的对象，未达 ${fraction}` };
  const ok = meets(part, whole, t);
  const symbol = ok ? (t.inclusive ? '≥' : '>') : t.inclusive ? '<' : '≤';
  return { label, ok, text: `${label} ${percent(part, whole, digits, ok)} ${symbol} ${fraction}` };
}

/** Heads and area (in hundredths of m²) of the ballots counted, by choice. */
export type ChoiceCounts = Record<Choice, { heads: number; hundredths: number }>;

/**
 * What a decision is made from: the ballots counted by choice, the electorate's size and area, and
 * the ballots not counted. `decide` counts them from the lists; a recount that pages through a
 * large vote adds them up page by page (each ballot once, checked against its elector) and hands
 * the sums to `judge`, which applies the same rule to the same numbers.
 */
export interface VoteCount {
  by: ChoiceCounts;
  /**
   * Present at a meeting vote and not voting (未表态): present, so in the quorum and in the pass
   * test's denominator, and never agreeing. Heads only: the owners' rules count ballots, not the room.
   */
  silent?: number;
  rejected: string[];
  headsTotal: number;
  areaTotal: number;
}

/** The ballots counted once per elector of the electorate; the rest rejected, in order. */
function tally(electorate: DecisionElector[], ballots: DecisionBallot[], weighsArea: boolean): VoteCount {
  const electors = new Map<string, number>();
  for (const e of electorate) {
    if (electors.has(e.id)) throw new RangeError(`选民重复：${e.id}`);
    if (weighsArea && e.area === undefined) throw new RangeError(`业主规则需要每位选民的面积：${e.id}`);
    electors.set(e.id, e.area === undefined ? 0 : toHundredths(e.area));
  }
  const counted = new Set<string>();
  const rejected: string[] = [];
  const by = noCounts();
  for (const b of ballots) {
    const hundredths = electors.get(b.electorId);
    if (hundredths === undefined || counted.has(b.electorId)) {
      rejected.push(b.electorId);
      continue;
    }
    counted.add(b.electorId);
    by[b.choice].heads += 1;
    by[b.choice].hundredths += hundredths;
  }
  const areaTotal = [...electors.values()].reduce((n, h) => n + h, 0);
  return { by, rejected, headsTotal: electors.size, areaTotal };
}

export const noCounts = (): ChoiceCounts => ({
  agree: { heads: 0, hundredths: 0 },
  disagree: { heads: 0, hundredths: 0 },
  abstain: { heads: 0, hundredths: 0 },
});

/** What a head is in each form, and the whole electorate when agreement is measured against it. */
const UNIT: Record<ElectorateForm, string> = { persons: '人数', households: '户数', members: '人数', owners: '人数' };
const WHOLE: Record<ElectorateForm, string> = { persons: '全体选民', households: '全部户', members: '全体成员', owners: '全体业主' };

/**
 * The decision of a vote under its rule (RULES.md), exact at every boundary: heads are integers,
 * areas are integers of hundredths of m², and every comparison is a cross-multiplication.
 * An abstention is participation, never agreement; whoever did not vote is never counted.
 * In household form the electorate is one elector per household, so heads are households.
 * @internal Only the tests call it: their reference count from whole lists, which production sums page by page and hands to judge.
 */
export function decide({
  rule,
  form = 'persons',
  electorate,
  ballots,
}: {
  rule: Rule;
  form?: ElectorateForm;
  electorate: DecisionElector[];
  ballots: DecisionBallot[];
}): Decision {
  // A rule below the legal floor is refused before the electorate is looked at.
  resolveThresholds(rule, form);
  return judge({ rule, form, count: tally(electorate, ballots, AREA_RULES.includes(rule.kind)) });
}

/** The decision from a vote's count (see VoteCount): the rule's tests on those numbers, and the verdict. */
export function judge({ rule, form, count }: { rule: Rule; form: ElectorateForm; count: VoteCount }): Decision {
  const t = resolveThresholds(rule, form);
  const weighsArea = AREA_RULES.includes(rule.kind);
  const { by, rejected, headsTotal, areaTotal } = count;
  const silent = count.silent ?? 0;
  if (weighsArea && silent > 0) throw new RangeError('业主表决按表决票计，不计到会未表态');
  const heads = by.agree.heads + by.disagree.heads + by.abstain.heads + silent;
  const area = by.agree.hundredths + by.disagree.hundredths + by.abstain.hundredths;
  const unit = UNIT[form];

  const quorumChecks: Check[] = [];
  if (t.quorum.minBallots) {
    const ok = heads >= t.quorum.minBallots;
    quorumChecks.push({ label: '有效票', ok, text: ok ? `有效票 ${heads} 张` : '没有有效票' });
  }
  if (t.quorum.area) quorumChecks.push(check('参与表决面积', area, areaTotal, t.quorum.area, 2));
  // At a meeting vote those present take part whether or not they raise a hand.
  if (t.quorum.heads)
    quorumChecks.push(check(silent > 0 ? `到会及参与表决${unit}（含未表态 ${silent}）` : `参与表决${unit}`, heads, headsTotal, t.quorum.heads, 1));
  const quorumMet = quorumChecks.every((c) => c.ok);

  const passChecks: Check[] = [];
  if (t.pass.area) passChecks.push(check('同意面积', by.agree.hundredths, area, t.pass.area, 2));
  passChecks.push(agreement(`同意${unit}`, by.agree.heads, heads, headsTotal, t.pass.heads, WHOLE[form]));
  const passed = quorumMet && passChecks.every((c) => c.ok);

  const withArea = (c: { heads: number; hundredths: number }): Count =>
    weighsArea ? { heads: c.heads, area: toSquareMetres(c.hundredths) } : { heads: c.heads };
  const verdict = passed ? '表决通过' : quorumMet ? '表决未通过' : '参与表决未达法定要求，表决不成立';
  const checks = [...quorumChecks, ...passChecks];
  return {
    quorumMet,
    passed,
    turnout: {
      heads,
      headsTotal,
      ...(silent > 0 ? { silent } : {}),
      ...(weighsArea ? { area: toSquareMetres(area), areaTotal: toSquareMetres(areaTotal) } : {}),
    },
    agree: withArea(by.agree),
    disagree: withArea(by.disagree),
    abstain: withArea(by.abstain),
    rejected,
    checks,
    explanation: `${checks.map((c) => c.text).join('；')}。${verdict}`,
  };
}

/** Agreement against those present, or against the whole electorate, said which. */
function agreement(label: string, agree: number, present: number, total: number, t: PassThreshold, whole: string): Check {
  if (t.of !== 'electorate') return check(label, agree, present, t, 1);
  const c = check(label, agree, total, t, 1);
  return { ...c, text: `${c.text}（占${whole}）` };
}
