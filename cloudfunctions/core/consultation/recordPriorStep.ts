import { DomainError, mayRescheduleVote, nextPriorStep, PRIOR_STEP_LABELS, PRIOR_STEPS_BY_KIND, toChinaDateTimeParts, type PriorStep } from '@shared';
import { auditBy } from '../audit';
import type { ConsultationDoc, PriorStepRecord, TimelineEntry } from '../docs';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { checkPhotos } from '../participation/checks';
import { lostRace } from './applyTransition';
import { loadConsultation } from './loadConsultation';
import { toDetail } from './views';
import { OVERSEERS } from '../files/fileRecords';

/**
 * 记录前置研究: the committee records a step of the Party organisation's prior discussion — the
 * day, the meeting, its conclusion and photos of the minutes — before the matter's vote opens.
 * A 村's 四议 steps go in order, each once; a meeting cannot be held in the future or before the
 * step it follows. It goes on the timeline and in the audit, and so into the dossier.
 */
export const recordPriorStep: UseCase<'consultation', 'consultation.recordPriorStep'> = async (ctx, input) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, input.id, who);
  const recorded = c.priorSteps ?? [];
  if (c.status !== 'draft' && !mayRescheduleVote(c)) throw new DomainError('WRONG_STATE', '表决已经开始，前置研究须在表决前记录');
  if (!PRIOR_STEPS_BY_KIND[who.community.kind].includes(input.step))
    throw new DomainError('INVALID_INPUT', `“${PRIOR_STEP_LABELS[input.step]}”不是本${who.community.kind === 'village' ? '村' : '社区'}的前置研究步骤`);
  const expected = nextPriorStep(who.community.kind, recorded);
  if (expected !== input.step) throw new DomainError('WRONG_STATE', stepProblem(expected, input.step));
  if (input.heldOn > toChinaDateTimeParts(ctx.now).date) throw new DomainError('INVALID_INPUT', '会议日期不能晚于今天');
  const previous = recorded.at(-1);
  if (previous && input.heldOn < previous.heldOn) {
    throw new DomainError('INVALID_INPUT', `会议日期不能早于上一步（${PRIOR_STEP_LABELS[previous.step]}，${previous.heldOn}）`);
  }
  if (c.version !== input.version) throw new DomainError('CONFLICT');
  // The minutes' photos are shown to the committee and the supervisory committee (priorView.ts).
  await checkPhotos(ctx, input.evidence, { by: who.member._id, readers: { kind: 'roles', roles: OVERSEERS, people: [] } });

  const record: PriorStepRecord = {
    step: input.step,
    heldOn: input.heldOn,
    meeting: input.meeting,
    conclusion: input.conclusion,
    evidence: input.evidence,
    by: who.member._id,
    at: ctx.now,
  };
  const note = `${PRIOR_STEP_LABELS[input.step]}：${input.heldOn} ${input.meeting}，${input.conclusion}`;
  const entry: TimelineEntry = { at: ctx.now, action: 'recordPriorStep', status: c.status, by: { memberId: who.member._id, role: who.member.role }, note };
  const changed = await ctx.store.update(
    'consultations',
    { _id: c._id, status: c.status, version: input.version },
    { set: { version: input.version + 1, updatedAt: ctx.now }, push: { priorSteps: [record], timeline: [entry] } },
  );
  if (changed === 0) throw await lostRace(ctx, c);
  await auditBy(ctx, who.member, {
    action: 'consultation.recordPriorStep',
    entity: 'consultation',
    entityId: c._id,
    before: { status: c.status, version: input.version },
    after: { status: c.status, version: input.version + 1 },
    note,
  });
  return toDetail(ctx, (await ctx.store.get<ConsultationDoc>('consultations', c._id))!, who);
};

function stepProblem(expected: PriorStep | null, asked: PriorStep): string {
  if (expected === null) return '前置研究已全部记录';
  return `请先记录“${PRIOR_STEP_LABELS[expected]}”，再记录“${PRIOR_STEP_LABELS[asked]}”`;
}
