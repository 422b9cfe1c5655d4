import { ATTENDANCE_LABELS, attendanceConfirmable, formatAddress, placeLabel, type AttendanceKind, type AttendanceRowView, type CommunityKind } from '@shared';
import type { UseCaseContext } from '../context';
import type { AttendanceDoc, ConsultationDoc, MemberDoc } from '../docs';
import { isStoreConflict } from '../store/port';

export const attendanceId = (consultationId: string, memberId: string) => `${consultationId}:${memberId}`;

/**
 * Records a member's answer to the notice, one document per member and consultation. Changing
 * the answer drops a participant's confirmation: the committee confirms the new answer.
 */
export async function recordAttendance(
  ctx: UseCaseContext,
  consultationId: string,
  member: MemberDoc,
  kind: AttendanceKind,
): Promise<void> {
  const _id = attendanceId(consultationId, member._id);
  const existing = await ctx.store.get<AttendanceDoc>('attendance', _id);
  if (existing?.kind === kind) return;
  const change = { set: { kind, confirmed: false, at: ctx.now }, inc: { version: 1 }, unset: ['confirmedBy'] };
  if (existing) {
    await ctx.store.update('attendance', { _id }, change);
    return;
  }
  const doc: AttendanceDoc = { _id, communityId: member.communityId, consultationId, memberId: member._id, kind, confirmed: false, at: ctx.now, version: 1 };
  try {
    await ctx.store.insert('attendance', doc);
  } catch (e) {
    // The same person answered twice at once; the later answer is the one that stands.
    if (!isStoreConflict(e)) throw e;
    await ctx.store.update('attendance', { _id }, change);
  }
}

/** One answer to the notice as the committee's list shows it, with whether it may be confirmed now. */
export function attendanceRow(d: AttendanceDoc, m: MemberDoc | undefined, c: ConsultationDoc, kind: CommunityKind): AttendanceRowView {
  return {
    memberId: d.memberId,
    name: m && m.status !== 'deleted' ? m.name : '已注销成员',
    address: m ? formatAddress(m.address, kind) : '',
    kind: d.kind,
    kindLabel: ATTENDANCE_LABELS[d.kind],
    confirmed: d.confirmed,
    placeLabel: placeLabel(d, c.status),
    confirmable: d.kind === 'participant' && !d.confirmed && attendanceConfirmable(c.status),
    at: d.at,
  };
}
