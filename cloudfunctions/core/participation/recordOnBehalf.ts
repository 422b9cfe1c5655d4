import { enteredOnBehalf } from '../notify/events/onBehalf';
import { notify } from '../notify/notify';
import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { loadConsultation } from '../consultation/loadConsultation';
import { loadMember } from '../member/loadMember';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { checkPhotos, moderationFor } from './checks';
import { createOpinion } from './createOpinion';
import { isInScope } from './scope';
import { toOpinionViews, viewerOf } from './views';
import { requireTranscriptionOpen } from './window';

/**
 * 代为录入: a committee member brings a paper opinion handed in, or a remark made at the meeting,
 * into the consultation for a named member, with a photo of the original as evidence. The entry
 * waits for that member to confirm or dispute it.
 */
export const recordOnBehalf: UseCase<'participation', 'opinion.recordOnBehalf'> = async (ctx, input) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const consultation = await loadConsultation(ctx, input.consultationId, who);
  requireTranscriptionOpen(consultation);
  const author = await loadMember(ctx, input.memberId, who);
  if (author.status !== 'active') throw new DomainError('NOT_MEMBER', '只能为已认证的成员代录意见');
  if (!(await isInScope(ctx.store, author, consultation.plan.scope))) {
    throw new DomainError('OUT_OF_SCOPE', '该成员不在本次协商的参与范围内');
  }
  // The original carries the member's hand: the committee and that member read it, as on screen.
  await checkPhotos(ctx, input.evidence, { by: who.member._id, readers: { kind: 'roles', roles: ['committee'], people: [author._id] } });
  const moderation = await moderationFor(ctx, input.text);
  const doc = await createOpinion(ctx, who.member, author, consultation, input.requestId, {
    stance: input.stance,
    text: input.text,
    photos: [],
    evidence: input.evidence,
    channel: input.channel,
    moderation,
    entry: { enteredBy: who.member._id, state: 'pending' },
  });
  await notify(ctx, enteredOnBehalf, { c: consultation, opinion: doc });
  const [view] = await toOpinionViews(ctx, [doc], viewerOf(who), () => true);
  return view;
};
