import { attendanceConfirmed } from '../notify/events/attendance';
import { notify } from '../notify/notify';
import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { AttendanceDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { loadMember } from '../member/loadMember';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { whileCounting } from '../counting/marks';
import { attendanceId, attendanceRow } from './attendance';
import { mirrorAttendance } from './involvement';
import { requireAttendanceConfirmable } from './window';

/** 确认参加: the committee confirms an applicant as a participant (协商主体), before or at the meeting. */
export const confirmAttendance: UseCase<'participation', 'attendance.confirm'> = async (ctx, { consultationId, memberId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, consultationId, who);
  requireAttendanceConfirmable(c);
  const member = await loadMember(ctx, memberId, who);
  const _id = attendanceId(consultationId, memberId);
  const before = await ctx.store.get<AttendanceDoc>('attendance', _id);
  if (!before || before.kind !== 'participant') throw new DomainError('WRONG_STATE', '该成员没有报名参加协商');
  // The member's mirror of their answer follows it: the consultation is marked until it has.
  const changed = before.confirmed
    ? 0
    : await whileCounting(ctx.store, 'consultations', c._id, ctx.now, async () => {
        const confirmed = { confirmed: true, confirmedBy: who.member._id };
        const n = await ctx.store.update('attendance', { _id, kind: 'participant', version: before.version }, { set: confirmed, inc: { version: 1 } });
        if (n === 1) await mirrorAttendance(ctx.store, { ...before, ...confirmed, version: before.version + 1 });
        return n;
      });
  if (changed === 1) {
    await notify(ctx, attendanceConfirmed, { c, memberId });
    await auditBy(ctx, who.member, {
      action: 'attendance.confirm',
      entity: 'attendance',
      entityId: _id,
      before: { status: 'applied', version: before.version },
      after: { status: 'confirmed', version: before.version + 1 },
    });
  }
  const doc = (await ctx.store.get<AttendanceDoc>('attendance', _id))!;
  return attendanceRow(doc, member, c, who.community.kind);
};
