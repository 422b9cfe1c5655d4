import { DomainError, ERROR_MESSAGES, type ErrorCode } from '../errors';
import type { Role } from '../member/roles';
import { DAY_MS } from '../time';
import { isStatutory, VOTE_CLOSE_GRACE_MS } from '../voting/rules';
import { missingPlanLabels, voteTimeProblem, type PlanDraft } from './plan';
import { priorDiscussionDone, type PriorStep } from './priorDiscussion';

/**
 * Every state of a consultation, in the order of the procedure (handbook §1): the street's figures
 * count by each, and the tests list the states with it rather than repeating them.
 */
export const STATES = [
  'draft',
  'announced',
  'consulting',
  'voting',
  'deliberated',
  'escalated',
  'publicized',
  'effective',
  'implementing',
  'completed',
  'archived',
  'withdrawn',
] as const;
export type State = (typeof STATES)[number];

/**
 * The states a consultation reaches once its consulting (and any vote) is over, never withdrawn:
 * from 已形成协商意见 on. A commissioned matter reports up from here; a cross-community matter's
 * outcome is written once every part is here.
 */
export const CONSULTED: readonly State[] = STATES.slice(STATES.indexOf('deliberated'), STATES.indexOf('withdrawn'));

export const STATE_LABELS: Record<State, string> = {
  draft: '草稿',
  announced: '公示中',
  consulting: '协商中',
  voting: '表决中',
  deliberated: '已形成协商意见',
  escalated: '提交会议表决',
  publicized: '结果公示中',
  effective: '已生效',
  implementing: '落实中',
  completed: '已完成',
  archived: '已归档',
  withdrawn: '已撤回',
};

/** How the home screen groups consultations: 即将召开 / 进行中 / 已结束 (drafts only for the committee). */
export type Phase = 'draft' | 'upcoming' | 'ongoing' | 'finished';
const PHASES: Record<State, Phase> = {
  draft: 'draft',
  announced: 'upcoming',
  consulting: 'ongoing',
  voting: 'ongoing',
  deliberated: 'ongoing',
  escalated: 'ongoing',
  publicized: 'ongoing',
  effective: 'ongoing',
  implementing: 'ongoing',
  completed: 'finished',
  archived: 'finished',
  withdrawn: 'finished',
};
export function phaseOf(state: State): Phase {
  return PHASES[state];
}

/**
 * The usual road through the procedure, for drawing a timeline of steps done and to come.
 * @internal The tests compare the timeline with it.
 */
export const MAIN_PATH: readonly State[] = [
  'draft',
  'announced',
  'consulting',
  'voting',
  'deliberated',
  'publicized',
  'effective',
  'implementing',
  'completed',
  'archived',
];

/** Who may fire a transition: a member's role, or the scheduler acting on a deadline. */
export type Actor = Role | 'system';

/** What a guard may look at: the consultation as stored, plus facts its use case gathered. */
export interface LifecycleSubject {
  status: State;
  plan: Partial<PlanDraft>;
  vote?: { opensAt: number; closesAt: number; rule: string };
  /** The Party organisation's prior discussion (前置研究) as recorded so far. */
  priorSteps?: readonly { step: PriorStep }[];
  outcome?: string;
  objectionWindowEndsAt?: number;
}
export interface GuardFacts {
  now: number;
  reason?: string;
  unansweredOpinions?: number;
  openObjections?: number;
  finalReport?: string;
  /** The current round's sealed vote, or null when there was none (escalation needs it). */
  sealedVote?: { rule: string; passed: boolean } | null;
}
export interface GuardInput {
  subject: LifecycleSubject;
  facts: GuardFacts;
}
export interface GuardFailure {
  code: ErrorCode;
  message: string;
  details?: string[];
}
type Guard = (input: GuardInput) => GuardFailure | null;

export interface Transition {
  from: readonly State[];
  to: State;
  by: readonly Actor[];
  label: string;
  guard: Guard;
}

/** Where a planned vote stands at `now`: not yet open, within its window, or past its close time. */
export function voteWindowAt(vote: { opensAt: number; closesAt: number }, now: number): 'before' | 'open' | 'past' {
  if (now < vote.opensAt) return 'before';
  return now < vote.closesAt ? 'open' : 'past';
}

/**
 * The states in which a vote of the plan waits to be opened (by the scheduler at its opening time):
 * during consultation, or after escalation to a statutory meeting. Until then its times may be
 * moved (调整表决时间); once opened, never.
 */
const VOTE_WAITING_STATES: readonly State[] = ['announced', 'consulting', 'escalated'];

function fact<K extends keyof GuardFacts>(facts: GuardFacts, key: K): NonNullable<GuardFacts[K]> {
  const value = facts[key];
  // A guard asked about a fact its use case did not gather: a programming error, not user input.
  if (value === undefined || value === null) throw new Error(`lifecycle guard needs fact "${key}"`);
  return value as NonNullable<GuardFacts[K]>;
}

const always: Guard = () => null;

const reasonGiven: Guard = ({ facts }) => (facts.reason && facts.reason.trim() !== '' ? null : { code: 'REASON_REQUIRED', message: '请填写原因' });

const noUnansweredOpinions: Guard = ({ facts }) => {
  const n = fact(facts, 'unansweredOpinions');
  return n === 0 ? null : { code: 'OPINIONS_UNANSWERED', message: `还有 ${n} 条意见没有答复` };
};

const outcomeWritten: Guard = ({ subject }) =>
  subject.outcome && subject.outcome.trim() !== '' ? null : { code: 'INVALID_INPUT', message: '请先填写协商意见' };

function all(...guards: Guard[]): Guard {
  return (input) => {
    for (const g of guards) {
      const failure = g(input);
      if (failure) return failure;
    }
    return null;
  };
}

/** The plan is complete and the meeting is at least the notice period away. */
const publishable: Guard = ({ subject, facts }) => {
  const labels = missingPlanLabels(subject.plan);
  if (labels.length > 0) {
    return { code: 'PLAN_INCOMPLETE', message: `协商方案还缺：${labels.join('、')}`, details: labels };
  }
  const { startsAt } = subject.plan.schedule as { startsAt: number };
  const noticeDays = subject.plan.noticeDays as number;
  if (startsAt - facts.now < noticeDays * DAY_MS) {
    return {
      code: 'NOTICE_TOO_SHORT',
      message: `协商开始时间须在公告发布 ${noticeDays} 天之后，请推迟开始时间或缩短公示期`,
    };
  }
  const badVoteTime = subject.plan.vote && voteTimeProblem(subject.plan.vote, facts.now, startsAt, facts.now);
  return badVoteTime ? { code: 'INVALID_INPUT', message: badVoteTime } : null;
};

const meetingHasStarted: Guard = ({ subject, facts }) => {
  const startsAt = subject.plan.schedule?.startsAt;
  return startsAt !== undefined && facts.now >= startsAt ? null : { code: 'TOO_EARLY', message: '公示期未满，协商尚未开始' };
};

/**
 * A vote opens within its window only: before it residents were told another time, and after the
 * close time it would be sealed at once as void (表决不成立) while voters were told to vote by a
 * date already past. A missed window is moved with `rescheduleVote`, which tells everyone anew.
 */
const voteOpenable: Guard = ({ subject, facts }) => {
  if (!subject.vote) return { code: 'PLAN_INCOMPLETE', message: '协商方案中没有表决安排', details: ['表决安排'] };
  const window = voteWindowAt(subject.vote, facts.now);
  if (window === 'before') return { code: 'TOO_EARLY', message: '还没到表决开始时间' };
  if (window === 'past') return { code: 'DEADLINE_PASSED', message: '表决截止时间已过，不能再开始表决；请先调整表决时间' };
  return null;
};

/** Closing waits a grace period after the close time, so a ballot cast at the last second has landed. */
const voteCloseTimeReached: Guard = ({ subject, facts }) =>
  subject.vote && facts.now >= subject.vote.closesAt + VOTE_CLOSE_GRACE_MS ? null : { code: 'TOO_EARLY', message: '表决截止时间过后才能关闭表决' };

/** Whether a statutory body's vote still waits for the Party organisation's prior discussion (前置研究). */
export function priorDiscussionMissing(subject: Pick<LifecycleSubject, 'vote' | 'priorSteps'>): boolean {
  return subject.vote !== undefined && isStatutory(subject.vote.rule) && !priorDiscussionDone(subject.priorSteps ?? []);
}

/** A statutory body's vote opens only once the Party organisation's prior discussion is on record. */
const priorDiscussed: Guard = ({ subject }) =>
  !priorDiscussionMissing(subject)
    ? null
    : { code: 'PRIOR_DISCUSSION_MISSING', message: '此事项须由会议表决决定，表决前应当先经党组织研究讨论：请先记录前置研究' };

const statutoryVote: Guard = ({ subject }) =>
  subject.vote && isStatutory(subject.vote.rule)
    ? null
    : { code: 'INVALID_INPUT', message: '提交会议表决须采用居民会议、村民会议、代表会议或集体经济组织会议的规则' };

const objectionWindowOverAndClear: Guard = ({ subject, facts }) => {
  if (subject.objectionWindowEndsAt === undefined || facts.now < subject.objectionWindowEndsAt) {
    return { code: 'TOO_EARLY', message: '异议期尚未结束' };
  }
  const open = fact(facts, 'openObjections');
  return open === 0 ? null : { code: 'OBJECTIONS_OPEN', message: `还有 ${open} 条异议没有处理` };
};

/**
 * A matter goes to a statutory meeting when its vote failed, was contested, or was only the
 * 协商议事会's show of hands; never after a 居民会议 / 村民会议 / 代表会议 or the owners passed it —
 * that would ask the same body twice, or override the owners' own decision.
 */
export function escalationAllowed(sealedVote: { rule: string; passed: boolean } | null): boolean {
  return !sealedVote || !sealedVote.passed || sealedVote.rule === 'majority_of_present';
}

const notYetDecided: Guard = ({ facts }) => {
  if (!('sealedVote' in facts)) throw new Error('lifecycle guard needs fact "sealedVote"');
  return escalationAllowed(facts.sealedVote ?? null) ? null : { code: 'WRONG_STATE', message: '表决已经依法通过，不能再提交会议表决' };
};

const finalReportGiven: Guard = ({ facts }) =>
  facts.finalReport && facts.finalReport.trim() !== '' ? null : { code: 'INVALID_INPUT', message: '请填写落实情况报告' };

/** Every transition of the handbook: who may fire it, from where, and what must hold. */
export const TRANSITIONS = {
  publishNotice: { from: ['draft'], to: 'announced', by: ['committee'], label: '发布公告', guard: publishable },
  withdraw: { from: ['draft', 'announced'], to: 'withdrawn', by: ['committee'], label: '撤回', guard: reasonGiven },
  startConsulting: {
    from: ['announced'],
    to: 'consulting',
    by: ['committee', 'system'],
    label: '开始协商',
    guard: meetingHasStarted,
  },
  openVote: { from: ['consulting'], to: 'voting', by: ['committee', 'system'], label: '开始表决', guard: all(voteOpenable, priorDiscussed) },
  closeVote: {
    from: ['voting'],
    to: 'deliberated',
    by: ['committee', 'system'],
    label: '表决结束',
    guard: voteCloseTimeReached,
  },
  closeConsultation: {
    from: ['consulting'],
    to: 'deliberated',
    by: ['committee'],
    label: '形成协商意见',
    guard: noUnansweredOpinions,
  },
  escalate: { from: ['deliberated'], to: 'escalated', by: ['committee'], label: '提交会议表决', guard: all(reasonGiven, notYetDecided) },
  openStatutoryVote: {
    from: ['escalated'],
    to: 'voting',
    by: ['committee', 'system'],
    label: '开始会议表决',
    guard: all(statutoryVote, voteOpenable, priorDiscussed),
  },
  publishResult: {
    from: ['deliberated'],
    to: 'publicized',
    by: ['committee'],
    label: '公示结果',
    guard: all(outcomeWritten, noUnansweredOpinions),
  },
  takeEffect: {
    from: ['publicized'],
    to: 'effective',
    by: ['committee', 'system'],
    label: '结果生效',
    guard: objectionWindowOverAndClear,
  },
  reconsider: { from: ['publicized'], to: 'consulting', by: ['committee'], label: '复议', guard: reasonGiven },
  startImplementation: {
    from: ['effective'],
    to: 'implementing',
    by: ['committee'],
    label: '组织实施',
    guard: always,
  },
  complete: { from: ['implementing'], to: 'completed', by: ['committee'], label: '落实完成', guard: finalReportGiven },
  archive: { from: ['completed'], to: 'archived', by: ['committee', 'system'], label: '归档', guard: always },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

/** Timeline entries that are not transitions: the draft's creation, and a vote's times moved before it opened. */
const TIMELINE_EVENTS = { createDraft: '起草议题', rescheduleVote: '调整表决时间', recordPriorStep: '记录前置研究' } as const;
export type TimelineAction = TransitionName | keyof typeof TIMELINE_EVENTS;

/** What a timeline entry says happened, in words. */
export function timelineLabel(action: TimelineAction): string {
  return action in TIMELINE_EVENTS ? TIMELINE_EVENTS[action as keyof typeof TIMELINE_EVENTS] : TRANSITIONS[action as TransitionName].label;
}

/** Whether this actor could fire this transition from the subject's state, guards aside (for buttons). */
export function mayAttempt(name: TransitionName, status: State, actor: Actor): boolean {
  const t: Transition = TRANSITIONS[name];
  return t.from.includes(status) && t.by.includes(actor);
}

/**
 * Checks a transition and returns its target state, or throws the DomainError the caller sees:
 * WRONG_STATE when it cannot happen from here, FORBIDDEN for the wrong actor, else the guard's failure.
 */
export function checkTransition(name: TransitionName, actor: Actor, input: GuardInput): State {
  const failure = transitionRefusal(name, actor, input);
  if (failure) throw new DomainError(failure.code, failure.message, failure.details);
  return TRANSITIONS[name].to;
}

/**
 * Why this actor cannot fire this transition now, exactly as checkTransition would refuse it, or
 * null when it can: what a screen's button asks, so that it never restates a guard.
 */
export function transitionRefusal(name: TransitionName, actor: Actor, input: GuardInput): GuardFailure | null {
  const t: Transition = TRANSITIONS[name];
  if (!t.by.includes(actor)) return { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN };
  if (!t.from.includes(input.subject.status)) return { code: 'WRONG_STATE', message: `“${STATE_LABELS[input.subject.status]}”阶段不能${t.label}` };
  return t.guard(input);
}

export interface Step {
  state: State;
  progress: 'done' | 'current' | 'todo';
}

/**
 * The steps to draw on a detail page: the states the consultation has passed through (from its
 * timeline, oldest first), the current one, and the usual steps still ahead. A withdrawn or
 * archived consultation has nothing ahead.
 */
export function stepsOf(current: State, visited: readonly State[]): Step[] {
  const past = [...new Set(visited.filter((s) => s !== current))];
  const steps: Step[] = past.map((state) => ({ state, progress: 'done' }));
  steps.push({ state: current, progress: 'current' });
  const at = MAIN_PATH.indexOf(current);
  if (at >= 0) {
    for (const state of MAIN_PATH.slice(at + 1)) {
      if (!past.includes(state)) steps.push({ state, progress: 'todo' });
    }
  }
  return steps;
}

/**
 * Whether the committee may still move a planned vote's times: the vote waits to be opened and has
 * not been. Once a round opens, its times are what voters were told and are never changed.
 */
export function mayRescheduleVote(c: { status: State; plan: { vote?: unknown }; voteOpened?: boolean }): boolean {
  return c.plan.vote !== undefined && c.voteOpened !== true && VOTE_WAITING_STATES.includes(c.status);
}
