import { formatChinaTime } from '@shared';
import type { SystemContext } from '../context';
import { scopeOf } from '../notify/news';
import { runReminder, type Reminder } from '../notify/remind';
import type { Budget } from './budget';
import type { StepResult } from './dueWork';

const objection: Reminder = {
  kind: 'objection',
  filter: { status: 'publicized' },
  deadlineField: 'objectionWindowEndsAt',
  deadlineOf: (c) => c.objectionWindowEndsAt,
  // Those in scope who have not filed an objection to the published result.
  audience: (c) => ({ kind: 'notObjected', scope: scopeOf(c.plan.scope) }),
  text: (c, endsAt) => ({
    title: `公示即将结束：${c.plan.title}`,
    body: `协商结果公示期至${formatChinaTime(endsAt)}。如有异议，请在此前提出。`,
    status: '即将结束',
    note: '如有异议请在公示期内提出',
  }),
};

/** 公示提醒: before the objection window ends, those in scope who have not objected. */
export function remindBeforeObjectionsClose(ctx: SystemContext, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  return runReminder(ctx, objection, logError, budget);
}
