import { formatChinaTime } from '@shared';
import type { SystemContext } from '../context';
import { scopeOf } from '../notify/news';
import { runReminder, type Reminder } from '../notify/remind';
import type { Budget } from './budget';
import type { StepResult } from './dueWork';

const meeting: Reminder = {
  kind: 'meeting',
  filter: { status: 'announced' },
  deadlineField: 'plan.schedule.startsAt',
  deadlineOf: (c) => c.plan.schedule?.startsAt,
  // Applied, said they cannot come, or already gave an opinion: all of these have responded.
  audience: (c) => ({ kind: 'notResponded', scope: scopeOf(c.plan.scope) }),
  text: (c, startsAt) => ({
    title: `协商即将开始：${c.plan.title}`,
    body: `${formatChinaTime(startsAt)}${c.plan.place ? `在${c.plan.place}` : ''}开始。您还没有报名或发表意见，欢迎参加。`,
    status: '即将开始',
    note: c.plan.place ?? '欢迎报名或发表意见',
  }),
};

/** 会议提醒: before the meeting, those in scope who have not responded to the notice. */
export function remindBeforeMeeting(ctx: SystemContext, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  return runReminder(ctx, meeting, logError, budget);
}
