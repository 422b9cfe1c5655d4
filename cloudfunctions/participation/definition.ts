import { defineFunction } from '../core/functionKit';
import { confirmAttendance } from '../core/participation/confirmAttendance';
import { getOpinionThemes } from '../core/participation/getOpinionThemes';
import { listAttendance } from '../core/participation/listAttendance';
import { listOpinions } from '../core/participation/listOpinions';
import { moderateOpinion } from '../core/participation/moderateOpinion';
import { listMyOpinions } from '../core/participation/listMyOpinions';
import { recordOnBehalf } from '../core/participation/recordOnBehalf';
import { listReplyQueue } from '../core/participation/listReplyQueue';
import { replyToGroup } from '../core/participation/replyToGroup';
import { replyToOpinion } from '../core/participation/replyToOpinion';
import { respondToEntry } from '../core/participation/respondToEntry';
import { setAttendance } from '../core/participation/setAttendance';
import { submitOpinion } from '../core/participation/submitOpinion';
import { listFamily } from '../core/family/listFamily';
import { opinionForFamily } from '../core/family/opinionForFamily';

export const participationFunction = defineFunction('participation', {
  'attendance.set': setAttendance,
  'attendance.list': listAttendance,
  'attendance.confirm': confirmAttendance,
  'opinion.submit': submitOpinion,
  'opinion.recordOnBehalf': recordOnBehalf,
  'opinion.respondToEntry': respondToEntry,
  'opinion.reply': replyToOpinion,
  'opinion.replyGroup': replyToGroup,
  'opinion.themes': getOpinionThemes,
  'opinion.moderate': moderateOpinion,
  'opinion.list': listOpinions,
  'opinion.mine': listMyOpinions,
  'opinion.queue': listReplyQueue,
  'family.list': listFamily,
  'family.opinion': opinionForFamily,
});
