import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { requireMember } from '../access/requireMember';
import { recordAttendance } from './attendance';
import { isInScope } from './scope';
import { participationOf } from './summary';
import { requireAttendanceOpen } from './window';

/**
 * 报名: while the notice is up, a member applies to take part (协商主体, if in scope), registers
 * to observe (列席旁听, anyone of the community), or says they cannot come.
 */
export const setAttendance: UseCase<'participation', 'attendance.set'> = async (ctx, { consultationId, kind }) => {
  const who = await requireMember(ctx);
  const consultation = await loadConsultation(ctx, consultationId, who);
  requireAttendanceOpen(consultation);
  if (kind !== 'observer' && !(await isInScope(ctx.store, who.member, consultation.plan.scope))) {
    throw new DomainError('OUT_OF_SCOPE', '本次协商不在您的参与范围内，您可以报名列席旁听');
  }
  return participationOf(ctx, await recordAttendance(ctx, consultation, who.member, kind), who);
};
