import { DomainError, STATE_LABELS, talkingIsOpen, type State } from '@shared';
import type { ConsultationDoc } from '../docs';

/** People say whether they will come while the notice is up. */
export const attendanceOpen = (c: ConsultationDoc) => c.status === 'announced';

/**
 * Opinions come in from the notice until the meeting (or the online window) ends — also once a
 * vote has opened within it: the scheduler opens a vote at its time, not when the talking is done.
 */
export function opinionsOpen(c: ConsultationDoc, now: number): boolean {
  if (!talkingIsOpen(c.status)) return false;
  const endsAt = c.plan.schedule?.endsAt;
  return endsAt === undefined || now <= endsAt;
}

/** The committee answers opinions until the result is published. */
const REPLYABLE: readonly State[] = ['announced', 'consulting', 'voting', 'deliberated', 'escalated'];

export function requireAttendanceOpen(c: ConsultationDoc): void {
  if (!attendanceOpen(c)) {
    throw new DomainError('DEADLINE_PASSED', `“${STATE_LABELS[c.status]}”阶段不能再报名，报名在公示期内进行`);
  }
}

export function requireAttendanceConfirmable(c: ConsultationDoc): void {
  if (!talkingIsOpen(c.status)) {
    throw new DomainError('DEADLINE_PASSED', `“${STATE_LABELS[c.status]}”阶段协商已经结束，不能再确认参加人员`);
  }
}

export function requireOpinionsOpen(c: ConsultationDoc, now: number): void {
  if (!opinionsOpen(c, now)) throw new DomainError('DEADLINE_PASSED', '本次协商的意见征集已经结束');
}

/** Entries the committee transcribes (paper handed in, remarks at the meeting) may come until it closes consultation. */
export function requireTranscriptionOpen(c: ConsultationDoc): void {
  if (!talkingIsOpen(c.status)) {
    throw new DomainError('DEADLINE_PASSED', '本次协商已结束，不能再补录意见');
  }
}

export const isReplyable = (c: ConsultationDoc) => REPLYABLE.includes(c.status);

export function requireReplyable(c: ConsultationDoc): void {
  if (!isReplyable(c)) {
    throw new DomainError('WRONG_STATE', `“${STATE_LABELS[c.status]}”阶段不能再答复意见`);
  }
}
