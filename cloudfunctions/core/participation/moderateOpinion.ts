import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { changeOpinion } from './changeOpinion';
import { loadOpinion } from './loadOpinion';
import { toOpinionViews, viewerOf } from './views';
import { isReplyable } from './window';

/** 审核: an opinion the content check held is shown, or kept from public view, by a committee member. */
export const moderateOpinion: UseCase<'participation', 'opinion.moderate'> = async (ctx, { opinionId, approve }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const { opinion, consultation } = await loadOpinion(ctx, opinionId, who);
  if (opinion.moderation !== 'review') throw new DomainError('WRONG_STATE', '这条意见不需要审核');
  const moderation = approve ? 'visible' : 'hidden';
  const changed = await changeOpinion(ctx, who.member, consultation, opinion, 'opinion.moderate', { moderation }, moderation);
  const [view] = await toOpinionViews(ctx, [changed], viewerOf(who), () => isReplyable(consultation));
  return view;
};
