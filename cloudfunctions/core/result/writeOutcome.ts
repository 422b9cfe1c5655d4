import { DomainError, STATE_LABELS } from '@shared';
import { auditBy } from '../audit';
import type { UseCase } from '../functionKit';
import { lostRace } from '../consultation/applyTransition';
import { loadConsultation } from '../consultation/loadConsultation';
import { toDetail } from '../consultation/views';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { outcomeOf } from './outcome';

/** 协商意见 after a vote: the committee writes (or revises) the outcome before publishing it. */
export const writeOutcome: UseCase<'result', 'outcome.write'> = async (ctx, input) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const doc = await loadConsultation(ctx, input.id, who);
  if (doc.status !== 'deliberated') throw new DomainError('WRONG_STATE', `“${STATE_LABELS[doc.status]}”阶段不能填写协商意见`);
  if (doc.version !== input.version) throw new DomainError('CONFLICT');
  const outcome = await outcomeOf(ctx, input, who.member._id, doc.outcome);
  const version = doc.version + 1;
  const changed = await ctx.store.update(
    'consultations',
    { _id: doc._id, status: 'deliberated', version: doc.version },
    { set: { outcome, version, updatedAt: ctx.now } },
  );
  if (changed === 0) throw await lostRace(ctx, doc);
  await auditBy(ctx, who.member, {
    action: 'consultation.writeOutcome',
    entity: 'consultation',
    entityId: doc._id,
    before: { status: doc.status, version: doc.version },
    after: { status: doc.status, version },
  });
  return toDetail(ctx, (await ctx.store.get('consultations', doc._id))!, who);
};
