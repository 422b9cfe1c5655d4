import type { SystemContext } from '../context';
import { objectionClosing } from '../notify/events/objectionClosing';
import { runReminder, type Reminder } from '../notify/remind';
import type { Budget } from './budget';
import type { StepResult } from './dueWork';

const objection: Reminder = {
  kind: 'objection',
  filter: { status: 'publicized' },
  deadlineField: 'objectionWindowEndsAt',
  deadlineOf: (c) => c.objectionWindowEndsAt,
  event: objectionClosing,
};

/** 公示提醒: before the objection window ends, those in scope who have not objected. */
export function remindBeforeObjectionsClose(ctx: SystemContext, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  return runReminder(ctx, objection, logError, budget);
}
