import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { applyTransition } from '../consultation/applyTransition';
import { loadConsultation } from '../consultation/loadConsultation';
import { toDetail } from '../consultation/views';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { outcomeOf, unansweredOpinions } from './outcome';

/**
 * 形成协商意见: the committee closes consultation with its outcome — what was agreed, who carries
 * it out, by when. Refused while any opinion is unanswered; the refusal lists them.
 */
export const closeOutcome: UseCase<'result', 'outcome.close'> = async (ctx, input) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const doc = await loadConsultation(ctx, input.id, who);
  const waiting = await unansweredOpinions(ctx, doc._id);
  if (waiting.count > 0) {
    throw new DomainError('OPINIONS_UNANSWERED', `还有 ${waiting.count} 条意见没有答复，请先逐条答复`, waiting.listed);
  }
  const closed = await applyTransition(ctx, who, doc, 'closeConsultation', {
    expectedVersion: input.version,
    facts: { unansweredOpinions: 0 },
    set: { outcome: await outcomeOf(ctx, input, who.member._id) },
  });
  return toDetail(ctx, closed, who);
};
