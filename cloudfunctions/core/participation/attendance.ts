import { ATTENDANCE_LABELS, formatAddress, placeLabel, talkingIsOpen, type AttendanceKind, type AttendanceRowView, type CommunityKind } from '@shared';
import type { UseCaseContext } from '../context';
import type { AttendanceDoc, ConsultationDoc, MemberDoc } from '../docs';
import { countChange } from '../consultation/counts';
import { mirrorAttendance } from './involvement';
import { whileCounting } from '../counting/marks';
import { isStoreConflict } from '../store/port';

export const attendanceId = (consultationId: string, memberId: string) => `${consultationId}:${memberId}`;

/**
 * Records a member's answer to the notice, one document per member and consultation, and moves
 * the consultation's counts by the change. Changing the answer drops a participant's
 * confirmation: the committee confirms the new answer. Each change is guarded by the version it
 * replaces, so of two answers at once each is counted from what it really replaced, and the same
 * answer again changes and counts nothing. The member's own view of it is mirrored (involvement.ts). Returns the consultation with its counts as they now are.
 */
export async function recordAttendance(ctx: UseCaseContext, consultation: ConsultationDoc, member: MemberDoc, kind: AttendanceKind): Promise<ConsultationDoc> {
  const _id = attendanceId(consultation._id, member._id);
  return whileCounting(ctx.store, 'consultations', consultation._id, ctx.now, async (step) => {
    for (;;) {
      const existing = await ctx.store.get<AttendanceDoc>('attendance', _id);
      if (existing?.kind === kind) return consultation;
      const answer: AttendanceDoc = existing
        ? { ...existing, kind, confirmed: false, at: ctx.now, version: existing.version + 1 }
        : { _id, communityId: member.communityId, consultationId: consultation._id, memberId: member._id, kind, confirmed: false, at: ctx.now, version: 1 };
      delete answer.confirmedBy;
      if (existing) {
        const changed = await ctx.store.update(
          'attendance',
          { _id, version: existing.version },
          { set: { kind, confirmed: false, at: ctx.now, version: answer.version }, unset: ['confirmedBy'] },
        );
        if (changed === 0) continue; // the other answer landed first: count from it
      } else {
        try {
          await ctx.store.insert('attendance', answer);
        } catch (e) {
          // The same person answered twice at once; the later answer is the one that stands.
          if (!isStoreConflict(e)) throw e;
          continue;
        }
      }
      await mirrorAttendance(ctx.store, answer);
      return countChange(ctx.store, consultation, 'attendance', existing, answer, step);
    }
  });
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
    confirmable: d.kind === 'participant' && !d.confirmed && talkingIsOpen(c.status),
    at: d.at,
  };
}
