import { needsPlace, type Form } from '../consultation/plan';
import type { State } from '../consultation/lifecycle';
import { CHOICE_LABELS, type Choice } from '../voting/decide';
import { AREA_RULES, thresholdsFor, type ElectorateForm, type RuleKind, type RuleThresholds, type Threshold } from '../voting/rules';

/**
 * Meeting day (会议): who is present (出席／到会) and what the room decided. The law counts those
 * present: a meeting may proceed only when enough of its body are there, and a room vote passes on
 * those present, so someone who came and did not raise a hand still counts (未表态).
 */

/** How a person came to be checked in. */
export type CheckinWay = 'self' | 'host' | 'proxy';
export const CHECKIN_WAY_LABELS: Record<CheckinWay, string> = { self: '本人签到', host: '代为签到', proxy: '委托代理人到会' };

/** 举手 (show of hands) or 投票箱 (paper ballots into a box, counted in the room). */
export const ROOM_METHODS = ['hands', 'box'] as const;
export type RoomMethod = (typeof ROOM_METHODS)[number];
export const ROOM_METHOD_LABELS: Record<RoomMethod, string> = { hands: '举手表决', box: '投票箱表决' };

/** What the room counted: each choice, and those present who did not vote. */
export type RoomCounts = Record<Choice | 'silent', number>;
const SILENT_LABEL = '未表态';
export const ROOM_COUNT_LABELS: Record<keyof RoomCounts, string> = { ...CHOICE_LABELS, silent: SILENT_LABEL };

/** What a person checked in counts as, in each form of the body: a person, a household (户), a member. */
export const PRESENT_UNITS: Record<ElectorateForm, string> = { persons: '人', households: '户', members: '人', owners: '人' };

/**
 * The fewest present that meet a threshold of `expected`, exactly as `meets` (rules.ts) decides: more than half
 * of 100 is 51, two thirds or more of 100 is 67. Integers only, never a float.
 * @internal Unit-tested directly.
 */
export function quorumLine(expected: number, t: Threshold): number {
  if (expected <= 0) return 1;
  // ≥ num/den: the least n with n·den ≥ num·expected; > num/den: the least n with n·den > num·expected.
  const product = t.num * expected;
  const rest = product % t.den;
  const whole = (product - rest) / t.den; // exact: product − rest is a multiple of den
  return t.inclusive ? whole + (rest > 0 ? 1 : 0) : whole + 1;
}

export interface AttendanceQuorum {
  expected: number;
  present: number;
  /** The fewest present that make the meeting quorate; absent where the body has no attendance quorum (owners vote by ballot). */
  line?: number;
  met: boolean;
  /** 应到 100 人，实到 60 人，过半数须 51 人，已达到. */
  text: string;
}

/**
 * Whether enough of the body are present for the meeting to proceed, by the same threshold the
 * vote's count tests participation with: its rule's quorum (a community's own, if stricter), in the
 * body's form. A meeting with no vote only shows who came.
 */
export function attendanceQuorum(
  rule: { kind: RuleKind; thresholds?: RuleThresholds } | undefined,
  form: ElectorateForm,
  expected: number,
  present: number,
): AttendanceQuorum {
  const unit = PRESENT_UNITS[form];
  const counts = `应到 ${expected} ${unit}，实到 ${present} ${unit}`;
  if (!rule) return { expected, present, met: present > 0, text: counts };
  if (AREA_RULES.includes(rule.kind)) return { expected, present, met: true, text: `${counts}（业主表决以表决票的面积和人数计，不以到会计）` };
  const quorum = (rule.thresholds ?? thresholdsFor(rule.kind, form)).quorum;
  const line = quorum.heads ? quorumLine(expected, quorum.heads) : (quorum.minBallots ?? 1);
  const met = present >= line;
  return { expected, present, line, met, text: `${counts}，须到 ${line} ${unit}，${met ? '已达到，会议可以举行' : `还差 ${line - present} ${unit}`}` };
}

/**
 * What is wrong with a room's count, or null: the four counts are those present, every one of
 * them — more than present is a miscount, fewer leaves someone out (未举手的计入未表态).
 */
export function roomCountProblem(counts: RoomCounts, present: number): string | null {
  const sum = counts.agree + counts.disagree + counts.abstain + counts.silent;
  if (sum > present) return `同意、反对、弃权、未表态合计 ${sum} 人，超过实到 ${present} 人，请重新清点`;
  if (sum < present) return `同意、反对、弃权、未表态合计 ${sum} 人，少于实到 ${present} 人：到会未表决的请计入未表态`;
  return null;
}

/** The 计票人 and 监票人 are two people, and neither is the host (主持人). */
export function countersProblem(teller: string, scrutineer: string, host: string | undefined): string | null {
  const same = (a: string, b: string | undefined) => b !== undefined && a.trim() === b.trim();
  if (same(teller, scrutineer)) return '计票人和监票人须为两个不同的人';
  if (same(teller, host) || same(scrutineer, host)) return '计票人和监票人不能由主持人担任';
  return null;
}

/**
 * Why the room's count of a meeting vote cannot be entered now, or null. The vote screen's button
 * and the use case both ask this. The count is of those present when check-in closed, so check-in
 * must be closed; owners decide by each owner's ballot (their areas), never by a head count.
 */
export function roomCountRefusal(s: { phase: string; rule: RuleKind; meeting?: { checkinOpen: boolean } }): string | null {
  if (AREA_RULES.includes(s.rule)) return '业主表决须逐张录入表决票（可扫描表决票上的码），不能按会场人数计票';
  if (s.phase !== 'open') return '表决未在进行中';
  if (!s.meeting) return '会议尚未签到：会场表决以签到的到会人数为准';
  if (s.meeting.checkinOpen) return '请先结束签到：会场表决以签到结束时的到会人数为准';
  return null;
}

/** A secret vote is never a show of hands: everyone would see who chose what. */
export function roomMethodProblem(method: RoomMethod, secret: boolean): string | null {
  return secret && method === 'hands' ? '本次为无记名表决，不能举手表决，请用投票箱' : null;
}

/**
 * Why check-in cannot be opened for a consultation now, or null: it must meet in person (会议 or
 * 听证), from the notice (the meeting day may come before the window opens) to the vote.
 */
export function checkInRefusal(c: { status: State; forms?: readonly Form[] }): string | null {
  if (!needsPlace(c.forms)) return '本次协商没有安排会议或听证，无需签到';
  if (!(['announced', 'consulting', 'voting', 'escalated'] as State[]).includes(c.status)) return '只有公示、协商或表决期间可以开会签到';
  return null;
}

/** 会议纪要: how much a phone's form may hold. */
export const MINUTES_LIMITS = { agendaMax: 1000, speechesMax: 60, speechMax: 1000, decisionsMax: 2000, nameMax: 30 } as const;

/** Who confirms the minutes: the recorder (记录人) and the host (主持人), two committee members. */
export const MINUTES_ROLES = ['recorder', 'host'] as const;
export type MinutesRole = (typeof MINUTES_ROLES)[number];
export const MINUTES_ROLE_LABELS: Record<MinutesRole, string> = { recorder: '记录人', host: '主持人' };

/**
 * Why this member cannot confirm the minutes as `role`, or null: the minutes are saved, this role is
 * not yet confirmed, and the recorder and the host are two people.
 */
export function minutesConfirmRefusal(
  m: { confirmed: Partial<Record<MinutesRole, { by: string }>> } | undefined,
  role: MinutesRole,
  memberId: string,
): string | null {
  if (!m) return '会议纪要还没有保存';
  if (m.confirmed[role]) return `${MINUTES_ROLE_LABELS[role]}已经确认`;
  const other = MINUTES_ROLES.find((r) => r !== role)!;
  if (m.confirmed[other]?.by === memberId) return `您已作为${MINUTES_ROLE_LABELS[other]}确认，须由另一位委员会成员作为${MINUTES_ROLE_LABELS[role]}确认`;
  return null;
}

/** Minutes count as the record once both have confirmed them. */
export const minutesConfirmed = (m: { confirmed: Partial<Record<MinutesRole, unknown>> } | undefined) =>
  m !== undefined && MINUTES_ROLES.every((r) => m.confirmed[r] !== undefined);
