import type { SystemContext } from '../context';
import { meetingSoon } from '../notify/events/meetingSoon';
import { runReminder, type Reminder } from '../notify/remind';
import type { Budget } from './budget';
import type { StepResult } from './dueWork';

const meeting: Reminder = {
  kind: 'meeting',
  filter: { status: 'announced' },
  deadlineField: 'plan.schedule.startsAt',
  deadlineOf: (c) => c.plan.schedule?.startsAt,
  event: meetingSoon,
};

/** 会议提醒: before the meeting, those in scope who have not responded to the notice. */
export function remindBeforeMeeting(ctx: SystemContext, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  return runReminder(ctx, meeting, logError, budget);
}
