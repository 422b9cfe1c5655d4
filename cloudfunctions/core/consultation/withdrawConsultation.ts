import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { applyTransition } from './applyTransition';
import { loadConsultation } from './loadConsultation';
import { toDetail } from './views';

/** 撤回: a draft or an announced notice is withdrawn, and the reason stays on its timeline. */
export const withdrawConsultation: UseCase<'consultation', 'consultation.withdraw'> = async (ctx, { id, reason }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const doc = await loadConsultation(ctx, id, who);
  const withdrawn = await applyTransition(ctx, who, doc, 'withdraw', {
    facts: { reason },
    set: { withdrawReason: reason },
    note: reason,
  });
  return toDetail(ctx, withdrawn, who);
};
