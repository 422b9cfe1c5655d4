/** The participation function's actions: each one's payload schema, and the view it returns. */
import { z } from 'zod';
import { ATTENDANCE_KINDS, OPINION_LIMITS, REPLY_DECISIONS, STANCES } from '../../participation/participation';
import type {
  AttendanceListView,
  GroupReplyView,
  OpinionThemesView,
  AttendanceRowView,
  FamilyView,
  MyOpinionsView,
  OpinionListView,
  OpinionView,
  ParticipationView,
  ReplyQueueView,
} from '../views/participation';
import { Id, Page, Photos, Reason, RequestId } from './common';

const OpinionText = z.string().trim().min(1, '请填写意见内容').max(OPINION_LIMITS.textMax, `意见不能超过${OPINION_LIMITS.textMax}个字`);
const Stance = z.enum(STANCES, '请选择支持、反对、中立或其他建议');
const Decision = z.enum(REPLY_DECISIONS, '请选择采纳、部分采纳、不采纳、重复意见或与议题无关');
const OpinionIds = z.array(Id).min(1, '请选择意见').max(OPINION_LIMITS.groupMax, `一次最多${OPINION_LIMITS.groupMax}条意见`);

export const participationApi = {
  'attendance.set': z.strictObject({ consultationId: Id, kind: z.enum(ATTENDANCE_KINDS, '请选择参加、列席或无法到场') }),
  'attendance.list': z.strictObject({ consultationId: Id }),
  'attendance.confirm': z.strictObject({ consultationId: Id, memberId: Id }),
  'opinion.submit': z.strictObject({
    consultationId: Id,
    requestId: RequestId,
    stance: Stance,
    text: OpinionText,
    photos: Photos(OPINION_LIMITS.photosMax),
    /** 书面: an absentee's written opinion, with photos of the signed paper if they have one. */
    channel: z.enum(['online', 'written'], '提交方式有误'),
  }),
  'opinion.recordOnBehalf': z.strictObject({
    consultationId: Id,
    requestId: RequestId,
    memberId: Id,
    channel: z.enum(['written', 'in_person'], '请选择书面或现场'),
    stance: Stance,
    text: OpinionText,
    evidence: Photos(OPINION_LIMITS.photosMax).min(1, '请上传原件照片作为凭证'),
  }),
  'opinion.respondToEntry': z.strictObject({
    opinionId: Id,
    verdict: z.enum(['confirm', 'dispute'], '请选择确认或有异议'),
    note: Reason.optional(),
  }),
  'opinion.reply': z.strictObject({ opinionId: Id, decision: Decision, reason: Reason }),
  /** 统一答复: one answer to a theme or a group of copies; each author still gets it as their own. */
  'opinion.replyGroup': z.strictObject({ consultationId: Id, requestId: RequestId, opinionIds: OpinionIds, decision: Decision, reason: Reason }),
  /** 意见归纳: themes, near-duplicates, the split by place and a drafted summary (committee). */
  'opinion.themes': z.strictObject({ consultationId: Id }),
  'opinion.moderate': z.strictObject({ opinionId: Id, approve: z.boolean() }),
  'opinion.list': z.strictObject({
    consultationId: Id,
    stance: Stance.optional(),
    unanswered: z.boolean().optional(),
    channel: z.enum(['online', 'written', 'in_person']).optional(),
    building: z.string().trim().min(1).max(20).optional(),
    /** The opinions of one theme, group or figure (committee). */
    ids: OpinionIds.optional(),
    page: Page,
  }),
  'opinion.mine': z.strictObject({ page: Page }),
  'opinion.queue': z.strictObject({ page: Page }),
  /** 为家人代办: the caller's household members on the register they may act for. */
  'family.list': z.strictObject({}),
  /** 代提意见: a household member's opinion entered for them; it is theirs, marked 家人代办. */
  'family.opinion': z.strictObject({ consultationId: Id, entryId: Id, requestId: RequestId, stance: Stance, text: OpinionText }),
} as const;

export interface ParticipationApiResults {
  'attendance.set': ParticipationView;
  'attendance.list': AttendanceListView;
  'attendance.confirm': AttendanceRowView;
  'opinion.submit': OpinionView;
  'opinion.recordOnBehalf': OpinionView;
  'opinion.respondToEntry': OpinionView;
  'opinion.reply': OpinionView;
  'opinion.replyGroup': GroupReplyView;
  'opinion.themes': OpinionThemesView;
  'opinion.moderate': OpinionView;
  'opinion.list': OpinionListView;
  'opinion.mine': MyOpinionsView;
  'opinion.queue': ReplyQueueView;
  'family.list': FamilyView;
  'family.opinion': OpinionView;
}
