import { COMMUNITY_KIND_LABELS, type CommunityKind } from '../member/roles';
import { RULE_BODIES, RULE_KINDS, RULE_SPECS, type RuleKind } from '../voting/rules';
import { TERMS } from '../member/terms';
import { isRuleKind, noticeProblem } from '../voting/rules';
import type { Attachment } from '../files/documents';
import type { PlanDraft, Scope } from './planSchema';
import type { Form, ScopeKind } from './planFields';

export type { PlanDraft, Scope, VotePlan } from './planSchema';
export * from './planFields';

/** A plan as stored and shown: its attachments with the size, type and hash read from their bytes. */
export type PlanRecord = Omit<PlanDraft, 'attachments'> & { attachments?: Attachment[] };

/** The scopes in this community's own words (全体居民 in a 社区, 全体村民 in a 村). */
export function scopeLabelsOf(kind: CommunityKind): Record<ScopeKind, string> {
  const t = TERMS[kind];
  return {
    residents: `全体${t.people}`,
    households: '每户一名代表',
    representatives: `${kind === 'village' ? '村' : '居'}委会成员和${t.representatives}`,
    group: `${t.people}小组`,
    collective_members: '集体经济组织成员',
    collective_representatives: '集体经济组织成员代表',
    owners: '指定楼栋的业主',
  };
}

/** Who a consultation is for, in words: the scope's label, with an owners' scope's buildings and flats. */
export function scopeLabel(scope: Scope | undefined, kind: CommunityKind): string | undefined {
  if (!scope) return undefined;
  const labels = scopeLabelsOf(kind);
  if (scope.kind !== 'owners') return labels[scope.kind];
  const units = scope.unitIds?.length ? `${scope.buildings.length ? '及' : ''}${scope.unitIds.length}户` : '';
  return `${labels.owners}：${scope.buildings.join('、')}${units}`;
}

/**
 * What is wrong with a vote's times, or null: it must close after it opens, after now, and after
 * the meeting starts (a vote opens once consultation has begun); and a body with a statutory notice
 * period (村民会议 10 days, 业主 15, …) must have been told at least that long before the vote opens,
 * counted from `noticeAt`. Publishing, escalating to a meeting and rescheduling all ask this one question.
 */
export function voteTimeProblem(vote: { opensAt: number; closesAt: number; rule?: string }, now: number, startsAt?: number, noticeAt?: number): string | null {
  if (vote.closesAt <= vote.opensAt) return '表决截止时间必须晚于开始时间';
  if (vote.closesAt <= now) return '表决截止时间必须晚于现在';
  if (startsAt !== undefined && vote.closesAt <= startsAt) return '表决截止时间必须晚于协商开始时间';
  if (noticeAt !== undefined && vote.rule !== undefined && isRuleKind(vote.rule)) return noticeProblem(vote.rule, noticeAt, vote.opensAt);
  return null;
}

/** The parts of a vote plan a draft may still lack, as a committee member reads them. */
const VOTE_FIELD_LABELS = {
  question: '表决事项',
  rule: '表决规则',
  scope: '表决范围',
  opensAt: '表决开始时间',
  closesAt: '表决截止时间',
} as const;
type VoteField = keyof typeof VOTE_FIELD_LABELS;

const PLAN_FIELD_LABELS = {
  title: '议题标题',
  categoryId: '协商事项',
  background: '背景说明',
  forms: '协商形式',
  startsAt: '开始时间',
  endsAt: '结束时间',
  place: '地点',
  host: '主持人',
  scope: '参与范围',
  noticeDays: '公示天数',
} as const;
type PlanField = keyof typeof PLAN_FIELD_LABELS;

/** A place is needed when people meet in person (会议, 听证); written and online forms need none. */
export function needsPlace(forms: readonly Form[] | undefined): boolean {
  return (forms ?? []).some((f) => f === 'meeting' || f === 'hearing');
}

/**
 * The fields a notice still lacks, in the order the form shows them; empty when publishable.
 * @internal Unit-tested directly.
 */
export function missingPlanFields(plan: Partial<PlanDraft>): PlanField[] {
  const missing: PlanField[] = [];
  const blank = (s: string | undefined) => !s || s.trim() === '';
  if (blank(plan.title)) missing.push('title');
  if (blank(plan.categoryId)) missing.push('categoryId');
  if (blank(plan.background)) missing.push('background');
  if (!plan.forms || plan.forms.length === 0) missing.push('forms');
  if (plan.schedule?.startsAt === undefined) missing.push('startsAt');
  if (plan.schedule?.endsAt === undefined) missing.push('endsAt');
  if (needsPlace(plan.forms) && blank(plan.place)) missing.push('place');
  if (blank(plan.host)) missing.push('host');
  if (!plan.scope) missing.push('scope');
  if (plan.noticeDays === undefined) missing.push('noticeDays');
  return missing;
}

/** The vote fields an unfinished vote plan (saved with the draft) still lacks. */
function missingVoteFields(voteDraft: PlanDraft['voteDraft']): VoteField[] {
  if (!voteDraft) return [];
  const fields = Object.keys(VOTE_FIELD_LABELS) as VoteField[];
  return fields.filter((f) => (f === 'question' ? (voteDraft.question ?? '').trim().length < 4 : voteDraft[f] === undefined));
}

/**
 * Everything publishing still needs, as the Chinese field names a committee member reads: the
 * plan's own fields, then the gaps of an unfinished vote plan, all at once.
 */
export function missingPlanLabels(plan: Partial<PlanDraft>): string[] {
  const labels = missingPlanFields(plan).map((f): string => PLAN_FIELD_LABELS[f]);
  const voteGaps = missingVoteFields(plan.voteDraft).map((f): string => VOTE_FIELD_LABELS[f]);
  // An unfinished vote plan never publishes, even one whose fields are all there but do not agree.
  if (plan.voteDraft && voteGaps.length === 0) voteGaps.push('表决安排');
  return [...labels, ...voteGaps];
}

/**
 * What is wrong with a vote's rule for its scope and community, as RULE_SPECS says: the owners'
 * rules weigh owners' areas, a 代表会议 is of its members, a 村民会议 is a village's and a 居民会议 a 社区's.
 */
export function voteProblems(vote: { rule: string; scope: { kind: ScopeKind } }, communityKind: CommunityKind): string[] {
  if (!(RULE_KINDS as readonly string[]).includes(vote.rule)) return ['表决规则有误'];
  const rule = vote.rule as RuleKind;
  const spec = RULE_SPECS[rule];
  const body = RULE_BODIES[rule];
  const problems: string[] = [];
  if (!spec.communityKinds.includes(communityKind)) problems.push(`${body}只适用于${spec.communityKinds.map((k) => COMMUNITY_KIND_LABELS[k]).join('和')}`);
  if (!spec.scopes.includes(vote.scope.kind)) problems.push(`${body}须以${alternatives(spec.scopes.map((s) => scopeLabelsOf(communityKind)[s]))}为表决范围`);
  return problems;
}

/** a, b 或 c */
function alternatives(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join('、')}或${words[words.length - 1]}`;
}
