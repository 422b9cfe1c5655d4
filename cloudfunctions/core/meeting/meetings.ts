import { attendanceQuorum, DomainError, PRESENT_UNITS } from '@shared';
import type { UseCaseContext } from '../context';
import type { CheckinDoc, ConsultationDoc, MeetingDoc, TallyDoc } from '../docs';
import { voteIdOf } from '../voting/loadVote';

/** A round's meeting: the consultation's first, and after escalation the statutory meeting's. */
export const meetingIdOf = (c: Pick<ConsultationDoc, '_id' | 'voteRound'>) => `${c._id}:m${c.voteRound ?? 1}`;
export const checkinId = (meetingId: string, electorId: string) => `${meetingId}:${electorId}`;

/** How long the projector's code opens the counts: a long meeting day; the host may change it at any time. */
export const SCREEN_CODE_MS = 12 * 60 * 60 * 1000;

/**
 * The current round's meeting as the consultation notes it. After an escalation the earlier round's
 * meeting is not this round's: its check-in and its count are that round's.
 */
export const meetingRefOf = (c: Pick<ConsultationDoc, '_id' | 'voteRound' | 'meeting'>) => (c.meeting?.id === meetingIdOf(c) ? c.meeting : undefined);

/** The current round's meeting, or null before its check-in was first opened. */
export async function readMeeting(ctx: UseCaseContext, c: ConsultationDoc): Promise<MeetingDoc | null> {
  const ref = meetingRefOf(c);
  return ref ? ctx.store.get<MeetingDoc>('meetings', ref.id) : null;
}

/** 实到: one count query, whatever the size of the meeting. */
export function presentAt(ctx: UseCaseContext, meetingId: string): Promise<number> {
  return ctx.store.count('checkins', { meetingId, present: true });
}

/** The meeting's check-in as the caller may act on it: it exists and is open. */
export async function openMeeting(ctx: UseCaseContext, c: ConsultationDoc): Promise<MeetingDoc> {
  const meeting = await readMeeting(ctx, c);
  if (!meeting || meeting.status !== 'open') throw new DomainError('WRONG_STATE', '会议签到尚未开始或已经结束');
  return meeting;
}

/**
 * 应到 / 实到 / the quorum line. 应到 is the vote's snapshot once it is taken (the electorate the
 * count is made against), the register's count on the opening day until then.
 */
export async function quorumOf(ctx: UseCaseContext, meeting: MeetingDoc, c: Pick<ConsultationDoc, '_id' | 'voteRound'>) {
  const [present, tally] = await Promise.all([presentAt(ctx, meeting._id), meeting.rule ? ctx.store.get<TallyDoc>('tallies', voteIdOf(c)) : null]);
  const expected = tally && tally.status !== 'preparing' ? tally.electors : meeting.expected;
  const rule = meeting.rule ? { kind: meeting.rule, ...(meeting.thresholds ? { thresholds: meeting.thresholds } : {}) } : undefined;
  return { ...attendanceQuorum(rule, meeting.form, expected, present), unit: PRESENT_UNITS[meeting.form] };
}

/** The latest check-ins first, for the host's list: a page, however many came. */
export function latestCheckins(ctx: UseCaseContext, meetingId: string, limit: number): Promise<CheckinDoc[]> {
  return ctx.store.find<CheckinDoc>('checkins', { meetingId }, { sort: [{ field: 'at', dir: 'desc' }], limit });
}

/** The round's meeting, which must have been held (its check-in opened). */
export async function meetingOf(ctx: UseCaseContext, c: ConsultationDoc): Promise<MeetingDoc> {
  const meeting = await readMeeting(ctx, c);
  if (!meeting) throw new DomainError('WRONG_STATE', '会议还没有签到：会议纪要从签到开始记录');
  return meeting;
}
