import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { randomCode } from '../member/ids';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { SCREEN_CODE_MS, readMeeting } from './meetings';
import { meetingView } from './views';

/** 更换投屏码: the old code stops opening the counts at once (a code seen on a photo, say). */
export const renewScreenCode: UseCase<'meeting', 'meeting.renewScreenCode'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, consultationId, who);
  const meeting = await readMeeting(ctx, c);
  if (!meeting) throw new DomainError('WRONG_STATE', '会议签到尚未开始');
  const set = { screenCode: randomCode(8), screenCodeUntil: ctx.now + SCREEN_CODE_MS, version: meeting.version + 1 };
  if (!(await ctx.store.update('meetings', { _id: meeting._id, version: meeting.version }, { set }))) throw new DomainError('CONFLICT');
  await auditBy(ctx, who.member, {
    action: 'meeting.renewScreenCode',
    entity: 'meeting',
    entityId: meeting._id,
    before: { status: meeting.status, version: meeting.version },
    after: { status: meeting.status, version: set.version },
  });
  return meetingView(ctx, { ...meeting, ...set }, c);
};
