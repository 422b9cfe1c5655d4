import type { UseCase } from '../functionKit';
import { applyTransition } from '../consultation/applyTransition';
import { loadConsultation } from '../consultation/loadConsultation';
import { toDetail } from '../consultation/views';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';

/** 组织实施: the committee starts carrying out an outcome that has taken effect. */
export const startImplementation: UseCase<'result', 'implementation.start'> = async (ctx, { id }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const doc = await loadConsultation(ctx, id, who);
  return toDetail(ctx, await applyTransition(ctx, who, doc, 'startImplementation'), who);
};
