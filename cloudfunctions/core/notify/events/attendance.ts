import { formatChinaTime } from '@shared';
import type { ConsultationDoc } from '../../docs';
import { aboutConsultation, direct } from './event';

/** 确认参加: the applicant's place at the meeting is confirmed. */
export const attendanceConfirmed = direct({
  kind: 'attendance',
  label: '报名确认',
  template: 'notice',
  audience: ({ memberId }: { c: ConsultationDoc; memberId: string }) => [memberId],
  says({ c, memberId }, now) {
    const startsAt = c.plan.schedule?.startsAt ?? now;
    return {
      key: `${c._id}:attendance:${memberId}`,
      ...aboutConsultation(c),
      title: `报名已确认：${c.plan.title}`,
      body: `请于${formatChinaTime(startsAt)}${c.plan.place ? `到${c.plan.place}` : ''}参加协商。`,
      fields: { title: c.plan.title, status: '已确认', time: startsAt, note: c.plan.place ?? '请按时参加' },
    };
  },
});
