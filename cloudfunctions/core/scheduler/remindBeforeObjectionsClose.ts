import { formatChinaTime } from '@shared';
import type { SystemContext } from '../context';
import type { ConsultationDoc, ObjectionDoc } from '../docs';
import { audienceOf } from '../notify/audience';
import { runReminder, type Reminder } from '../notify/remind';
import type { StepResult } from './dueWork';

/** Those in scope who have not filed an objection to the published result. */
async function notObjected(ctx: SystemContext, c: ConsultationDoc): Promise<string[]> {
  const [people, objections] = await Promise.all([
    audienceOf(ctx.store, c.communityId, c.plan.scope),
    ctx.store.find<ObjectionDoc>('objections', { consultationId: c._id }),
  ]);
  const objected = new Set(objections.map((o) => o.authorId));
  return people.filter((id) => !objected.has(id));
}

const objection: Reminder = {
  kind: 'objection',
  filter: { status: 'publicized' },
  deadlineField: 'objectionWindowEndsAt',
  deadlineOf: (c) => c.objectionWindowEndsAt,
  notResponded: notObjected,
  text: (c, endsAt) => ({
    title: `公示即将结束：${c.plan.title}`,
    body: `协商结果公示期至${formatChinaTime(endsAt)}。如有异议，请在此前提出。`,
    status: '即将结束',
    note: '如有异议请在公示期内提出',
  }),
};

/** 公示提醒: before the objection window ends, those in scope who have not objected. */
export function remindBeforeObjectionsClose(ctx: SystemContext, logError: (e: unknown) => void): Promise<StepResult> {
  return runReminder(ctx, objection, logError);
}
