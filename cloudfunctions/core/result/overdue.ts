import type { ConsultationDoc } from '../docs';

/**
 * 已逾期: carrying out the outcome is past its deadline. The scheduler flags it within minutes;
 * until then the deadline itself says so, so the detail page, the board and the committee's next
 * step never disagree.
 */
export function isOverdue(c: ConsultationDoc, now: number): boolean {
  return c.overdue === true || (c.status === 'implementing' && c.outcome !== undefined && now > c.outcome.dueAt);
}
