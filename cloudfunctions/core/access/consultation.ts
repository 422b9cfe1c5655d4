import { transitionRefusal, type Actor } from '@shared';
import type { ConsultationDoc } from '../docs';
import { subjectOf } from '../consultation/applyTransition';
import { refusedBy, type Decision } from './decision';

/**
 * May this actor start consulting now (开始协商)? The lifecycle's own check — role, state and its
 * guard `meetingHasStarted` — which `consultation.startConsulting` (and the scheduler) throw through
 * applyTransition; the detail screen's `can.startConsulting` is this answer.
 */
export function mayStartConsulting(ctx: { now: number }, doc: ConsultationDoc, actor: Actor): Decision {
  return refusedBy(transitionRefusal('startConsulting', actor, { subject: subjectOf(doc), facts: { now: ctx.now } }));
}
