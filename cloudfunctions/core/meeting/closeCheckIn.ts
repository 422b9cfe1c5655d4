import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { MeetingDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { readMeeting } from './meetings';
import { meetingView } from './views';

/** 结束签到: no one checks in after this (the host may open it again until the room's count is in). */
export const closeCheckIn: UseCase<'meeting', 'meeting.close'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, consultationId, who);
  const meeting = await readMeeting(ctx, c);
  if (!meeting) throw new DomainError('WRONG_STATE', '会议签到尚未开始');
  let now = meeting;
  if (meeting.status === 'open') {
    const set = { status: 'closed' as const, closedAt: ctx.now, version: meeting.version + 1 };
    const moved = await ctx.store.update('meetings', { _id: meeting._id, status: 'open', version: meeting.version }, { set });
    now = moved ? { ...meeting, ...set } : (await ctx.store.get<MeetingDoc>('meetings', meeting._id))!;
    if (moved)
      await auditBy(ctx, who.member, {
        action: 'meeting.closeCheckIn',
        entity: 'meeting',
        entityId: meeting._id,
        before: { status: 'open', version: meeting.version },
        after: { status: 'closed', version: set.version },
      });
  }
  await ctx.store.update('consultations', { _id: c._id }, { set: { meeting: { id: meeting._id, checkinOpen: now.status === 'open' } } });
  return meetingView(ctx, now, c);
};
