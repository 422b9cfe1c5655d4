import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { requireMember } from '../access/requireMember';
import { changeOpinion } from './changeOpinion';
import { loadOpinion } from './loadOpinion';
import { toOpinionViews, viewerOf } from './views';
import { isReplyable } from './window';

/** The member an entry was made for confirms it is what they said, or disputes it (with what is wrong). */
export const respondToEntry: UseCase<'participation', 'opinion.respondToEntry'> = async (ctx, { opinionId, verdict, note }) => {
  const who = await requireMember(ctx);
  const { opinion, consultation } = await loadOpinion(ctx, opinionId, who);
  if (opinion.authorId !== who.member._id || !opinion.entry) throw new DomainError('NOT_FOUND');
  if (opinion.entry.state !== 'pending') throw new DomainError('WRONG_STATE', '您已经回应过这条代录意见');
  if (verdict === 'dispute' && !note) throw new DomainError('REASON_REQUIRED', '请说明哪里与您的意见不符');
  const state = verdict === 'confirm' ? 'confirmed' : 'disputed';
  const entry = { ...opinion.entry, state, respondedAt: ctx.now, ...(note ? { note } : {}) } as const;
  const changed = await changeOpinion(ctx, who.member, consultation, opinion, `opinion.entry.${state}`, { entry }, opinion.moderation);
  const [view] = await toOpinionViews(ctx, [changed], viewerOf(who), () => isReplyable(consultation));
  return view;
};
