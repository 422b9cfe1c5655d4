/**
 * 委托协商: a matter the 街道／乡镇 (or a department under it) commissions one of its communities to
 * consult on. It goes down to the committee, is consulted on as any topic, and its outcome is
 * reported back up; the street studies it (研究吸纳) and says what it took up (反馈).
 */
import { toChinaDateTimeParts } from '../time';

/** Where a commissioned matter stands: 待协商 → 协商中 → 已报告待研究 → 已反馈. */
export const COMMISSION_STATES = ['waiting', 'consulting', 'reported', 'answered'] as const;
export type CommissionState = (typeof COMMISSION_STATES)[number];
export const COMMISSION_STATE_LABELS: Record<CommissionState, string> = {
  waiting: '待协商',
  consulting: '协商中',
  reported: '已报告待研究',
  answered: '已反馈',
};
/** The states in which the committee still owes the street its report. */
export const COMMISSION_OPEN_STATES: readonly CommissionState[] = ['waiting', 'consulting'];

/** What the street took up of the report. */
export const FEEDBACK_DECISIONS = ['adopted', 'partly', 'declined'] as const;
export type FeedbackDecision = (typeof FEEDBACK_DECISIONS)[number];
export const FEEDBACK_LABELS: Record<FeedbackDecision, string> = { adopted: '采纳', partly: '部分采纳', declined: '不采纳' };
/** Taking up less than all of it is explained to the residents who consulted. */
export const feedbackNeedsReasons = (decision: FeedbackDecision) => decision !== 'adopted';

export const COMMISSION_LIMITS = {
  titleMin: 4,
  titleMax: 40,
  matterMax: 1000,
  departmentMax: 20,
  noteMax: 500,
  reasonsMax: 1000,
} as const;

/** Who commissioned it, as the screens say it: 和平街道, or 和平街道（城管科）. */
export function commissionerLabel(streetName: string, department?: string): string {
  return department ? `${streetName}（${department}）` : streetName;
}

/** Past its due day (China time) with the report still owed. */
export function commissionOverdue(state: CommissionState, dueOn: string, now: number): boolean {
  return COMMISSION_OPEN_STATES.includes(state) && toChinaDateTimeParts(now).date > dueOn;
}
