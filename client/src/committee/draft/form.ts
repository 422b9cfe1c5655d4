import type { PayloadOf } from '@shared/api';
import type { CommunityKind } from '@shared/member/roles';
import { TERMS } from '@shared/member/terms';
import { FORMS, voteProblems, type Form, type PlanRecord, type Scope, type ScopeKind } from '@shared/consultation/plan';
import { noticeProblem, type RuleKind } from '@shared/voting/rules';
import { now as clockNow } from '../../clock';
import { DAY_MS, fromChinaDateTimeParts, toChinaDateTimeParts } from '@shared/time';
import { attachmentInputs, attachmentsUploading, pickedFromRecord, type PickedAttachment } from '../components/AttachmentPicker';

type PlanInput = PayloadOf<'consultation', 'consultation.createDraft'>['plan'];
type VoteInput = NonNullable<PlanInput['vote']>;
type VoteDraftInput = NonNullable<PlanInput['voteDraft']>;

/** The editor's fields as the inputs hold them: text, so that nothing typed is ever lost. */
export interface PlanForm {
  categoryId: string;
  title: string;
  background: string;
  forms: Form[];
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  host: string;
  scopeKind: ScopeKind | '';
  buildings: string;
  /** The 居民小组／村民小组 of a group scope, and whether its persons or its households take part. */
  group: string;
  groupForm: GroupForm;
  participantsNote: string;
  noticeDays: string;
  /** 表决安排: kept while switched off, so turning it back on loses nothing typed. */
  voteOn: boolean;
  voteQuestion: string;
  voteRule: RuleKind | '';
  voteScopeKind: ScopeKind | '';
  voteBuildings: string;
  voteGroup: string;
  voteGroupForm: GroupForm;
  /** Single units a saved vote scope names; the form cannot edit them, so it must not drop them. */
  voteUnitIds: string[];
  /** Empty until the section is first switched on: the defaults then follow the meeting time chosen. */
  voteOpenDate: string;
  voteOpenTime: string;
  voteCloseDate: string;
  voteCloseTime: string;
  voteSecret: boolean;
  /** 附件 as picked: uploading, uploaded, or refused with the reason. */
  attachments: PickedAttachment[];
}

export type GroupForm = 'persons' | 'households';

/**
 * A scope other than owners': a group scope carries its group and form, the others only their
 * kind. A group not yet named is no scope yet (the server refuses an empty name), as owners
 * without buildings are not.
 */
function simpleScope(kind: Exclude<ScopeKind, 'owners'>, group: string, form: GroupForm): Scope | undefined {
  if (kind !== 'group') return { kind };
  return group.trim() ? { kind, group: group.trim(), form } : undefined;
}

const groupMissing = (kind: CommunityKind | undefined) => `请填写小组名称，例如：第一${TERMS[kind ?? 'community'].people}小组、东组`;

/** A new plan: the meeting two weeks out, 19:00–21:00, enough for any notice period. */
export function emptyForm(now: number): PlanForm {
  const day = toChinaDateTimeParts(now + 14 * DAY_MS).date;
  return {
    categoryId: '',
    title: '',
    background: '',
    forms: [],
    startDate: day,
    startTime: '19:00',
    endDate: day,
    endTime: '21:00',
    place: '',
    host: '',
    scopeKind: '',
    group: '',
    groupForm: 'persons',
    buildings: '',
    participantsNote: '',
    noticeDays: '',
    voteOn: false,
    voteQuestion: '',
    voteRule: '',
    voteScopeKind: '',
    voteGroup: '',
    voteGroupForm: 'persons',
    voteBuildings: '',
    voteUnitIds: [],
    voteOpenDate: '',
    voteOpenTime: '',
    voteCloseDate: '',
    voteCloseTime: '',
    voteSecret: false,
    attachments: [],
  };
}

/**
 * Switching the vote on the first time fills it in from the plan: the plan's scope, voting from the
 * meeting's end — talk first, then decide — until 20:00 a week later (time for those who cannot
 * come to vote on paper or online). The scheduler opens it at that time by itself.
 */
export function withVoteDefaults(f: PlanForm): PlanForm {
  const next = { ...f, voteOn: true };
  if (!f.voteScopeKind && f.scopeKind) {
    next.voteScopeKind = f.scopeKind;
    next.voteBuildings = f.buildings;
    next.voteGroup = f.group;
    next.voteGroupForm = f.groupForm;
  }
  if (!f.voteOpenDate) {
    const end = fromChinaDateTimeParts(f.endDate, f.endTime);
    const base = Number.isNaN(end) ? { date: f.endDate, time: '21:00' } : toChinaDateTimeParts(end);
    next.voteOpenDate = base.date;
    next.voteOpenTime = base.time;
    const close = fromChinaDateTimeParts(base.date, '20:00');
    next.voteCloseDate = Number.isNaN(close) ? base.date : toChinaDateTimeParts(close + 7 * DAY_MS).date;
    next.voteCloseTime = '20:00';
  }
  return next;
}

const splitBuildings = (s: string) => s.split(/[、,，;；\s]+/).filter(Boolean);

/** The problems of the chosen rule for the chosen scope in this community, once both are chosen. */
export function voteFormProblems(f: PlanForm, communityKind: CommunityKind | undefined): string[] {
  if (!f.voteOn || !f.voteRule || !f.voteScopeKind || !communityKind) return [];
  const problems = voteProblems({ rule: f.voteRule, scope: { kind: f.voteScopeKind } }, communityKind);
  // The body's statutory notice, counted from now (a notice published today): publishing refuses a shorter one.
  const opensAt = fromChinaDateTimeParts(f.voteOpenDate, f.voteOpenTime);
  const notice = Number.isNaN(opensAt) ? null : noticeProblem(f.voteRule, clockNow(), opensAt);
  return notice ? [...problems, notice] : problems;
}

/**
 * As much of the vote as is filled in, for a draft saved before the vote plan is finished: nothing
 * typed is refused or lost, and publishing names what is still missing.
 */
function voteDraftFromForm(f: PlanForm): VoteDraftInput {
  const draft: VoteDraftInput = { question: f.voteQuestion.trim(), secret: f.voteSecret };
  if (f.voteRule) draft.rule = f.voteRule;
  const buildings = splitBuildings(f.voteBuildings);
  if (f.voteScopeKind === 'owners' && (buildings.length > 0 || f.voteUnitIds.length > 0)) {
    draft.scope = { kind: 'owners', buildings, ...(f.voteUnitIds.length ? { unitIds: f.voteUnitIds } : {}) };
  } else if (f.voteScopeKind && f.voteScopeKind !== 'owners') {
    const scope = simpleScope(f.voteScopeKind, f.voteGroup, f.voteGroupForm);
    if (scope) draft.scope = scope;
  }
  const opensAt = fromChinaDateTimeParts(f.voteOpenDate, f.voteOpenTime);
  const closesAt = fromChinaDateTimeParts(f.voteCloseDate, f.voteCloseTime);
  if (!Number.isNaN(opensAt)) draft.opensAt = opensAt;
  if (!Number.isNaN(closesAt)) draft.closesAt = closesAt;
  return draft;
}

/**
 * The vote to send, or the first problem to fix (the draft editor and the escalation to a meeting
 * both use it): the same reading of the form as an unfinished vote's, then every part required.
 */
export function voteFromForm(f: PlanForm, communityKind: CommunityKind | undefined): { vote: VoteInput } | { problem: string } {
  const { question = '', rule, scope, opensAt, closesAt, secret = false } = voteDraftFromForm(f);
  if (question.length < 4) return { problem: '请填写表决事项（至少4个字）' };
  if (!rule) return { problem: '请选择表决规则' };
  if (!scope) {
    if (f.voteScopeKind === 'owners') return { problem: '请填写表决涉及的楼栋，例如：2号楼、3号楼' };
    return { problem: f.voteScopeKind === 'group' ? `表决范围：${groupMissing(communityKind)}` : '请选择表决范围' };
  }
  if (opensAt === undefined || closesAt === undefined) return { problem: '请选择表决的开始和截止时间' };
  if (closesAt <= opensAt) return { problem: '表决截止时间必须晚于开始时间' };
  const problems = voteFormProblems(f, communityKind);
  if (problems.length) return { problem: problems.join('；') };
  return { vote: { question, rule, scope, opensAt, closesAt, secret } };
}

export function formFromPlan(plan: PlanRecord, now: number): PlanForm {
  const base = emptyForm(now);
  const start = plan.schedule?.startsAt !== undefined ? toChinaDateTimeParts(plan.schedule.startsAt) : null;
  const end = plan.schedule?.endsAt !== undefined ? toChinaDateTimeParts(plan.schedule.endsAt) : null;
  return {
    ...base,
    categoryId: plan.categoryId,
    title: plan.title,
    background: plan.background ?? '',
    forms: plan.forms ?? [],
    startDate: start?.date ?? base.startDate,
    startTime: start?.time ?? base.startTime,
    endDate: end?.date ?? base.endDate,
    endTime: end?.time ?? base.endTime,
    place: plan.place ?? '',
    host: plan.host ?? '',
    scopeKind: plan.scope?.kind ?? '',
    buildings: plan.scope?.kind === 'owners' ? plan.scope.buildings.join('、') : '',
    group: plan.scope?.kind === 'group' ? plan.scope.group : '',
    groupForm: plan.scope?.kind === 'group' ? plan.scope.form : 'persons',
    participantsNote: plan.participantsNote ?? '',
    noticeDays: plan.noticeDays !== undefined ? String(plan.noticeDays) : '',
    ...voteFields(plan.vote ?? plan.voteDraft),
    attachments: pickedFromRecord(plan.attachments),
  };
}

/** The vote section as saved: complete, or as far as the committee got. */
function voteFields(vote: PlanRecord['voteDraft']): Partial<PlanForm> {
  if (!vote) return {};
  const opens = vote.opensAt !== undefined ? toChinaDateTimeParts(vote.opensAt) : { date: '', time: '' };
  const closes = vote.closesAt !== undefined ? toChinaDateTimeParts(vote.closesAt) : { date: '', time: '' };
  const scope = vote.scope;
  return {
    voteOn: true,
    voteQuestion: vote.question ?? '',
    voteRule: vote.rule ?? '',
    voteScopeKind: scope?.kind ?? '',
    voteBuildings: scope?.kind === 'owners' ? scope.buildings.join('、') : '',
    voteUnitIds: scope?.kind === 'owners' ? (scope.unitIds ?? []) : [],
    voteGroup: scope?.kind === 'group' ? scope.group : '',
    voteGroupForm: scope?.kind === 'group' ? scope.form : 'persons',
    voteOpenDate: opens.date,
    voteOpenTime: opens.time,
    voteCloseDate: closes.date,
    voteCloseTime: closes.time,
    voteSecret: vote.secret ?? false,
  };
}

/**
 * The plan to send, or the problem that keeps it from being saved at all (no matter chosen, no
 * title, a meeting that ends before it starts). An unfinished vote never stops a save: it goes as
 * `voteDraft`, and `voteProblem` says what it still needs. With the community's kind known, a rule
 * that does not suit it is caught here rather than by the server.
 */
export function planFromForm(f: PlanForm, communityKind?: CommunityKind): { plan: PlanInput; voteProblem?: string } | { problem: string } {
  if (!f.categoryId) return { problem: '请先从协商事项目录中选择事项' };
  if (f.title.trim().length < 2) return { problem: '请填写议题标题（至少2个字）' };
  const plan: PlanInput = { title: f.title.trim(), categoryId: f.categoryId };
  const text = (s: string) => (s.trim() === '' ? undefined : s.trim());
  plan.background = text(f.background);
  if (f.forms.length) plan.forms = FORMS.filter((x) => f.forms.includes(x));
  const startsAt = fromChinaDateTimeParts(f.startDate, f.startTime);
  const endsAt = fromChinaDateTimeParts(f.endDate, f.endTime);
  if (Number.isNaN(startsAt) || Number.isNaN(endsAt)) return { problem: '请选择协商的开始和结束时间' };
  if (endsAt <= startsAt) return { problem: '结束时间必须晚于开始时间' };
  plan.schedule = { startsAt, endsAt };
  plan.place = text(f.place);
  plan.host = text(f.host);
  plan.participantsNote = text(f.participantsNote);
  if (f.scopeKind === 'owners') {
    const buildings = splitBuildings(f.buildings);
    if (buildings.length === 0) return { problem: '请填写涉及的楼栋，例如：2号楼、3号楼' };
    plan.scope = { kind: 'owners', buildings };
  } else if (f.scopeKind) {
    plan.scope = simpleScope(f.scopeKind, f.group, f.groupForm);
    if (!plan.scope) return { problem: `参与范围：${groupMissing(communityKind)}` };
  }
  if (f.noticeDays.trim() !== '') {
    const days = Number(f.noticeDays);
    if (!Number.isInteger(days) || days < 1 || days > 60) return { problem: '公示天数须为1到60之间的整数' };
    plan.noticeDays = days;
  }
  let voteProblem: string | undefined;
  if (f.voteOn) {
    const built = voteFromForm(f, communityKind);
    if ('problem' in built) {
      voteProblem = built.problem;
      plan.voteDraft = voteDraftFromForm(f);
    } else {
      plan.vote = built.vote;
    }
  }
  if (attachmentsUploading(f.attachments)) return { problem: '附件还在上传，请稍候' };
  const attachments = attachmentInputs(f.attachments);
  if (attachments.length) plan.attachments = attachments;
  for (const key of Object.keys(plan) as (keyof PlanInput)[]) if (plan[key] === undefined) delete plan[key];
  return voteProblem ? { plan, voteProblem } : { plan };
}
