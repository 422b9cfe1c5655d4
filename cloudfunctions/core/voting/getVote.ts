import type { UseCase } from '../functionKit';
import { loadVoteFor } from './loadVote';
import { toVoteView } from './voteView';

/** 表决: the question, the rule in plain words, my ballot, running totals, or the sealed result. */
export const getVote: UseCase<'voting', 'vote.get'> = async (ctx, { consultationId }) => {
  const { who, v } = await loadVoteFor(ctx, consultationId, 'reader');
  return toVoteView(ctx, v, who);
};
