/** The meeting function's actions: each one's payload schema, and the view it returns. */
import { z } from 'zod';
import { MINUTES_LIMITS, MINUTES_ROLES } from '../../meeting/meeting';
import { version } from '../../schema/bounds';
import type { AttendeesView, CheckInView, MeetingView, MinutesView } from '../views/meeting';
import { Id, NamedPerson, Photos, Version } from './common';

export const meetingApi = {
  'meeting.get': z.strictObject({ consultationId: Id }),
  'meeting.open': z.strictObject({ consultationId: Id }),
  'meeting.close': z.strictObject({ consultationId: Id }),
  'meeting.renewScreenCode': z.strictObject({ consultationId: Id }),
  /** 签到 by the resident themself (a tap, or the meeting's code scanned). */
  'meeting.checkIn': z.strictObject({ consultationId: Id }),
  /** The host checks in someone of the register, or their 委托代理人 with the 委托书. */
  'meeting.checkInFor': z.strictObject({
    consultationId: Id,
    entryId: Id,
    proxy: z
      .strictObject({ name: z.string().trim().min(1, '请填写代理人姓名').max(30, '代理人姓名过长'), evidence: Photos(4).min(1, '请上传委托书照片') })
      .optional(),
  }),
  'meeting.checkOut': z.strictObject({ consultationId: Id, electorId: z.string().min(1).max(120) }),
  'meeting.find': z.strictObject({ consultationId: Id, query: z.string().trim().min(1, '请输入姓名或拼音首字母').max(20, '查找内容过长') }),
  /** 会议纪要: the draft, prefilled from the meeting, or as last saved. */
  'meeting.minutes': z.strictObject({ consultationId: Id }),
  'meeting.saveMinutes': z.strictObject({
    consultationId: Id,
    /** The version the form was loaded at; 0 for the first save. */
    version: version(0),
    recorder: NamedPerson('记录人'),
    agenda: z.string().trim().min(1, '请填写议程').max(MINUTES_LIMITS.agendaMax, `议程不能超过${MINUTES_LIMITS.agendaMax}个字`),
    speeches: z
      .array(
        z.strictObject({
          speaker: NamedPerson('发言人'),
          text: z.string().trim().min(1, '请填写发言内容').max(MINUTES_LIMITS.speechMax, `每条发言不能超过${MINUTES_LIMITS.speechMax}个字`),
          /** The remark recorded on the speaker's behalf (现场发言), when the minutes quote one. */
          opinionId: Id.optional(),
        }),
      )
      .max(MINUTES_LIMITS.speechesMax, `发言最多${MINUTES_LIMITS.speechesMax}条`),
    decisions: z.string().trim().min(1, '请填写会议决定事项').max(MINUTES_LIMITS.decisionsMax, `决定事项不能超过${MINUTES_LIMITS.decisionsMax}个字`),
  }),
  'meeting.confirmMinutes': z.strictObject({ consultationId: Id, version: Version, as: z.enum(MINUTES_ROLES, '请选择以记录人或主持人身份确认') }),
} as const;

export interface MeetingApiResults {
  'meeting.get': MeetingView;
  'meeting.open': MeetingView;
  'meeting.close': MeetingView;
  'meeting.renewScreenCode': MeetingView;
  'meeting.checkIn': CheckInView;
  'meeting.checkInFor': MeetingView & { arrival: { label: string; already: boolean } };
  'meeting.checkOut': MeetingView;
  'meeting.find': AttendeesView;
  'meeting.minutes': MinutesView;
  'meeting.saveMinutes': MinutesView;
  'meeting.confirmMinutes': MinutesView;
}
