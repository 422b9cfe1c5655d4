import { DomainError, MINUTES_ROLE_LABELS, minutesConfirmRefusal, minutesConfirmed } from '@shared';
import { auditBy } from '../audit';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { meetingOf } from './meetings';
import { MINUTES_EDITABLE, minutesView } from './minutes';

/**
 * 确认会议纪要: the recorder and the host, two committee members, each confirm the minutes as they
 * now stand (the version they read). Confirmed by both, they are published with the result.
 */
export const confirmMinutes: UseCase<'meeting', 'meeting.confirmMinutes'> = async (ctx, { consultationId, version, as }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, consultationId, who);
  if (!MINUTES_EDITABLE.includes(c.status)) throw new DomainError('WRONG_STATE', '结果公布后会议纪要不能再改');
  const meeting = await meetingOf(ctx, c);
  const refusal = minutesConfirmRefusal(meeting.minutes, as, who.member._id);
  if (refusal) throw new DomainError('WRONG_STATE', refusal);
  if (meeting.minutes!.version !== version) throw new DomainError('CONFLICT', '会议纪要刚被修改过，请看过新的内容再确认');
  const confirmed = { by: who.member._id, at: ctx.now };
  const moved = await ctx.store.update(
    'meetings',
    { _id: meeting._id, version: meeting.version },
    { set: { [`minutes.confirmed.${as}`]: confirmed, version: meeting.version + 1 } },
  );
  if (!moved) throw new DomainError('CONFLICT', '会议纪要刚有变化，请刷新后再确认');
  const minutes = { ...meeting.minutes!, confirmed: { ...meeting.minutes!.confirmed, [as]: confirmed } };
  await auditBy(ctx, who.member, {
    action: 'meeting.confirmMinutes',
    entity: 'meeting',
    entityId: `${meeting._id}:minutes:${as}`,
    before: null,
    after: { status: minutesConfirmed(minutes) ? 'minutesConfirmed' : 'saved', version },
    note: `以${MINUTES_ROLE_LABELS[as]}身份确认`,
  });
  return minutesView(ctx, { ...meeting, minutes, version: meeting.version + 1 }, c, who.member);
};
