import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { applyTransition } from './applyTransition';
import { loadConsultation } from './loadConsultation';
import { toDetail } from './views';

/** 开始协商: when the meeting time comes the notice period is over and consultation begins. */
export const startConsulting: UseCase<'consultation', 'consultation.startConsulting'> = async (ctx, { id }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const doc = await loadConsultation(ctx, id, who);
  return toDetail(ctx, await applyTransition(ctx, who, doc, 'startConsulting'), who);
};
