import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { CheckinDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { checkinId, readMeeting } from './meetings';
import { meetingView } from './views';

/**
 * 离场: someone left early and is no longer present. Once the room's count is in, who was present
 * is fixed: it is what the count was made of.
 */
export const checkOut: UseCase<'meeting', 'meeting.checkOut'> = async (ctx, { consultationId, electorId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, consultationId, who);
  const meeting = await readMeeting(ctx, c);
  if (!meeting) throw new DomainError('WRONG_STATE', '会议签到尚未开始');
  if (meeting.status === 'counted') throw new DomainError('WRONG_STATE', '会场计票结果已经录入，到会名单不能再改');
  const _id = checkinId(meeting._id, electorId);
  const was = await ctx.store.get<CheckinDoc>('checkins', _id);
  if (!was) throw new DomainError('NOT_FOUND', '此人没有签到');
  if (was.present) {
    const set = { present: false, leftAt: ctx.now, version: was.version + 1 };
    if (await ctx.store.update('checkins', { _id, present: true, version: was.version }, { set })) {
      await auditBy(ctx, who.member, {
        action: 'checkin.out',
        entity: 'checkin',
        entityId: _id,
        before: { status: 'present', version: was.version },
        after: { status: 'left', version: set.version },
        note: was.label,
      });
    }
  }
  return meetingView(ctx, meeting, c);
};
