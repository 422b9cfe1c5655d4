import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { meetingOf } from './meetings';
import { minutesView } from './minutes';

/** 会议纪要: the committee's draft — as last saved, or filled from the meeting's record. */
export const getMinutes: UseCase<'meeting', 'meeting.minutes'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, consultationId, who);
  return minutesView(ctx, await meetingOf(ctx, c), c, who.member);
};
