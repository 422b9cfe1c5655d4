import { DomainError, needsReason, REPLY_LABELS } from '@shared';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { changeOpinion } from './changeOpinion';
import { opinionAnswered } from '../notify/events/reply';
import { notify } from '../notify/notify';
import { moderationFor } from './checks';
import { loadOpinion } from './loadOpinion';
import { toOpinionViews, viewerOf } from './views';
import { isReplyable, requireReplyable } from './window';

/**
 * 答复: every opinion gets the committee's answer — 采纳, 部分采纳 or 不采纳, the last two with a
 * reason. An answer may be revised until the result is published; the audit keeps each one.
 */
export const replyToOpinion: UseCase<'participation', 'opinion.reply'> = async (ctx, { opinionId, decision, reason }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const { opinion, consultation } = await loadOpinion(ctx, opinionId, who);
  requireReplyable(consultation);
  if (opinion.moderation !== 'visible') throw new DomainError('WRONG_STATE', '这条意见还未公开，请先审核');
  if (needsReason(decision) && reason === '') {
    throw new DomainError('REASON_REQUIRED', `${REPLY_LABELS[decision]}须说明理由`);
  }
  // The reply is shown to everyone, so it is checked as opinions are; a committee member answers for it, so review does not hold it.
  if (reason) await moderationFor(ctx, reason);
  const reply = { decision, reason, by: who.member._id, at: ctx.now };
  const changed = await changeOpinion(ctx, who.member, consultation, opinion, 'opinion.reply', { reply, answered: true }, `reply:${decision}`);
  await notify(ctx, opinionAnswered, { c: consultation, opinions: [changed], decision, reason });
  const [view] = await toOpinionViews(ctx, [changed], viewerOf(who), () => isReplyable(consultation));
  return view;
};
