import { ATTENDANCE_KINDS, STATE_LABELS, type AttendanceKind } from '@shared';
import { attendanceRow } from './attendance';
import type { AttendanceDoc, MemberDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';

/** The committee's list of who answered the notice, to confirm participants before or at the meeting. */
export const listAttendance: UseCase<'participation', 'attendance.list'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, consultationId, who);
  const docs = await ctx.store.find<AttendanceDoc>('attendance', { consultationId }, { sort: [{ field: 'at', dir: 'asc' }] });
  const members = await ctx.store.find<MemberDoc>('members', { _id: { $in: docs.map((d) => d.memberId) } });
  const byId = new Map(members.map((m) => [m._id, m]));
  const counts = Object.fromEntries(ATTENDANCE_KINDS.map((k) => [k, docs.filter((d) => d.kind === k).length])) as Record<AttendanceKind, number>;
  return {
    consultation: { id: c._id, title: c.plan.title, statusLabel: STATE_LABELS[c.status] },
    counts,
    rows: docs.map((d) => attendanceRow(d, byId.get(d.memberId), c, who.community.kind)),
  };
};
