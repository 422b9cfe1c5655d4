import type { SystemContext } from '../context';
import { applyTransition } from '../consultation/applyTransition';
import type { Budget } from './budget';
import { forEachDue, type StepResult } from './dueWork';

/** 公示期满: the notice period is over at the meeting's start time, and consultation begins. */
export function startDueConsultations(ctx: SystemContext, logError: (e: unknown) => void, budget?: Budget): Promise<StepResult> {
  return forEachDue(
    ctx,
    { status: 'announced', 'plan.schedule.startsAt': { $lte: ctx.now } },
    'plan.schedule.startsAt',
    async (c) => Boolean(await applyTransition(ctx, 'system', c, 'startConsulting')),
    logError,
    budget,
  );
}
