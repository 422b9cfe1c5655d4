import type { Attachment } from '../files/documents';
import type { PlanDraft } from './planSchema';

export type { PlanDraft, Schedule, Scope, VotePlan } from './planSchema';

/** A plan as stored and shown: its attachments with the size, type and hash read from their bytes. */
export type PlanRecord = Omit<PlanDraft, 'attachments'> & { attachments?: Attachment[] };

/** 协商形式: how people take part. */
export const FORMS = ['meeting', 'written', 'online', 'hearing'] as const;
export type Form = (typeof FORMS)[number];
export const FORM_LABELS: Record<Form, string> = {
  meeting: '会议',
  written: '书面',
  online: '网上',
  hearing: '听证',
};

/** 协商主体: whose voice and vote the consultation is about. */
export const SCOPE_KINDS = ['residents', 'households', 'representatives', 'owners'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];
export const SCOPE_LABELS: Record<ScopeKind, string> = {
  residents: '全体居民',
  households: '每户一名代表',
  representatives: '居（村）民代表',
  owners: '指定楼栋的业主',
};

export const LIMITS = {
  titleMin: 2,
  titleMax: 60,
  backgroundMax: 5000,
  placeMax: 100,
  hostMax: 30,
  participantsNoteMax: 500,
  noticeDaysMin: 1,
  noticeDaysMax: 60,
  buildingsMax: 50,
} as const;

/** A plan ready to be published: every field a notice must show is present. */
export type CompletePlan = Required<Omit<PlanDraft, 'participantsNote' | 'place' | 'schedule'>> & {
  place?: string;
  participantsNote?: string;
  schedule: { startsAt: number; endsAt: number };
};

export const PLAN_FIELD_LABELS = {
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
export type PlanField = keyof typeof PLAN_FIELD_LABELS;

/** A place is needed when people meet in person (会议, 听证); written and online forms need none. */
export function needsPlace(forms: readonly Form[] | undefined): boolean {
  return (forms ?? []).some((f) => f === 'meeting' || f === 'hearing');
}

/** The fields a notice still lacks, in the order the form shows them; empty when publishable. */
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

export function isCompletePlan(plan: Partial<PlanDraft>): plan is CompletePlan {
  return missingPlanFields(plan).length === 0;
}

/** The same, as the Chinese field names a committee member reads. */
export function missingPlanLabels(plan: Partial<PlanDraft>): string[] {
  return missingPlanFields(plan).map((f) => PLAN_FIELD_LABELS[f]);
}

/**
 * What is wrong with a vote's rule for its scope and community: the owners' rules weigh owners'
 * areas, a 代表会议 is of representatives, a 村民会议 is a village's and a 居民会议 a 社区's.
 */
export function voteProblems(vote: { rule: string; scope: { kind: ScopeKind } }, communityKind: 'community' | 'village'): string[] {
  const problems: string[] = [];
  const scope = vote.scope.kind;
  if ((vote.rule === 'owners_ordinary' || vote.rule === 'owners_major') && scope !== 'owners') {
    problems.push('业主共同决定须以指定楼栋的业主为表决范围');
  }
  if (vote.rule === 'representatives_meeting' && scope !== 'representatives') problems.push('代表会议须以居（村）民代表为表决范围');
  if (vote.rule === 'villagers_meeting' && communityKind !== 'village') problems.push('村民会议只适用于村');
  if (vote.rule === 'residents_meeting' && communityKind !== 'community') problems.push('居民会议只适用于社区');
  if ((vote.rule === 'villagers_meeting' || vote.rule === 'residents_meeting') && scope !== 'residents' && scope !== 'households') {
    problems.push('居民会议、村民会议须以全体居（村）民或每户代表为表决范围');
  }
  return problems;
}
