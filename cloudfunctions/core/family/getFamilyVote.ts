import type { UseCase } from '../functionKit';
import { requireMember } from '../access/requireMember';
import { loadVote } from '../voting/loadVote';
import { toFamilyVoteView } from './familyVote';
import { listRelatives } from './household';

/** 代为表决: a vote as the caller's household members stand in it — each one's 委托书 and ballot. */
export const getFamilyVote: UseCase<'voting', 'family.vote'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx);
  const [v, relatives] = await Promise.all([loadVote(ctx, consultationId, who), listRelatives(ctx, who)]);
  return toFamilyVoteView(ctx, v, relatives, who.member);
};
