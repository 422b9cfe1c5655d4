import { defineFunction } from '../core/functionKit';
import { checkIn } from '../core/meeting/checkIn';
import { checkInFor } from '../core/meeting/checkInFor';
import { checkOut } from '../core/meeting/checkOut';
import { closeCheckIn } from '../core/meeting/closeCheckIn';
import { findAttendees } from '../core/meeting/findAttendees';
import { getMeeting } from '../core/meeting/getMeeting';
import { openCheckIn } from '../core/meeting/openCheckIn';
import { renewScreenCode } from '../core/meeting/renewScreenCode';
import { confirmMinutes } from '../core/meeting/confirmMinutes';
import { getMinutes } from '../core/meeting/getMinutes';
import { saveMinutes } from '../core/meeting/saveMinutes';

export const meetingFunction = defineFunction('meeting', {
  'meeting.get': getMeeting,
  'meeting.open': openCheckIn,
  'meeting.close': closeCheckIn,
  'meeting.renewScreenCode': renewScreenCode,
  'meeting.checkIn': checkIn,
  'meeting.checkInFor': checkInFor,
  'meeting.checkOut': checkOut,
  'meeting.find': findAttendees,
  'meeting.minutes': getMinutes,
  'meeting.saveMinutes': saveMinutes,
  'meeting.confirmMinutes': confirmMinutes,
});
