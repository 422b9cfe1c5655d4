import { formatChinaTime } from '@shared';
import type { SystemContext } from '../context';
import type { AttendanceDoc, ConsultationDoc, OpinionDoc } from '../docs';
import { audienceOf } from '../notify/audience';
import { runReminder, type Reminder } from '../notify/remind';
import type { StepResult } from './dueWork';

/** Applied, said they cannot come, or already gave an opinion: all of these have responded. */
async function notResponded(ctx: SystemContext, c: ConsultationDoc): Promise<string[]> {
  const [people, attendance, opinions] = await Promise.all([
    audienceOf(ctx.store, c.communityId, c.plan.scope),
    ctx.store.find<AttendanceDoc>('attendance', { consultationId: c._id }),
    ctx.store.find<OpinionDoc>('opinions', { consultationId: c._id }),
  ]);
  const responded = new Set([...attendance.map((a) => a.memberId), ...opinions.map((o) => o.authorId)]);
  return people.filter((id) => !responded.has(id));
}

const meeting: Reminder = {
  kind: 'meeting',
  filter: { status: 'announced' },
  deadlineField: 'plan.schedule.startsAt',
  deadlineOf: (c) => c.plan.schedule?.startsAt,
  notResponded,
  text: (c, startsAt) => ({
    title: `协商即将开始：${c.plan.title}`,
    body: `${formatChinaTime(startsAt)}${c.plan.place ? `在${c.plan.place}` : ''}开始。您还没有报名或发表意见，欢迎参加。`,
    status: '即将开始',
    note: c.plan.place ?? '欢迎报名或发表意见',
  }),
};

/** 会议提醒: before the meeting, those in scope who have not responded to the notice. */
export function remindBeforeMeeting(ctx: SystemContext, logError: (e: unknown) => void): Promise<StepResult> {
  return runReminder(ctx, meeting, logError);
}
