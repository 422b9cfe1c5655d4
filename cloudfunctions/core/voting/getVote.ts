import type { UseCase } from '../functionKit';
import { requireReader } from '../membership/requireMember';
import { loadVote } from './loadVote';
import { toVoteView } from './voteView';

/** 表决: the question, the rule in plain words, my ballot, running totals, or the sealed result. */
export const getVote: UseCase<'voting', 'vote.get'> = async (ctx, { consultationId }) => {
  const who = await requireReader(ctx);
  return toVoteView(ctx, await loadVote(ctx, consultationId, who), who);
};
