import { checkInRefusal, DomainError, needsPlace } from '@shared';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { readMeeting } from './meetings';
import { meetingView } from './views';

/** The host's meeting screen: one call, a handful of reads however many came. */
export const getMeeting: UseCase<'meeting', 'meeting.get'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, consultationId, who);
  if (!needsPlace(c.plan.forms)) throw new DomainError('WRONG_STATE', '本次协商没有安排会议或听证，无需签到');
  const meeting = await readMeeting(ctx, c);
  if (!meeting)
    return { consultationId: c._id, title: c.plan.title, status: 'none', mayOpen: checkInRefusal({ status: c.status, forms: c.plan.forms }) === null };
  return meetingView(ctx, meeting, c);
};
