import type { UseCase } from '../functionKit';
import { requireMember } from '../access/requireMember';
import { enforce } from '../access/decision';
import { mayManageVote } from '../access/voting';
import { loadVote } from './loadVote';
import { openRound } from './openRound';
import { toVoteView } from './voteView';
import { Budget } from '../scheduler/budget';

/** How long the committee's tap writes the electorate before answering: a register of tens of thousands is written at once. */
const SNAPSHOT_ON_TAP_MS = 10_000;

/** 开始表决 by hand: the committee need not wait for the scheduler once the opening time has come. */
export const openVote: UseCase<'voting', 'vote.open'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx);
  enforce(mayManageVote(who.member));
  const v = await loadVote(ctx, consultationId, who);
  await openRound(ctx, who, v.consultation, new Budget(SNAPSHOT_ON_TAP_MS));
  return toVoteView(ctx, await loadVote(ctx, consultationId, who), who);
};
