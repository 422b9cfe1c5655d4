import type { BallotDoc, ElectorDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { enforce } from '../access/decision';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { mayReadParticipation } from '../access/voting';
import { loadVote } from './loadVote';

/** How many names of electors who have not voted are listed; the count covers them all. */
const SHOWN = 200;

/** 参与情况: who has not voted yet, so the committee can remind them. Open ballots only. */
export const getVoteParticipation: UseCase<'voting', 'vote.participation'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const v = await loadVote(ctx, consultationId, who);
  enforce(mayReadParticipation(v, who.member));
  const [electors, ballots] = await Promise.all([
    ctx.store.find<ElectorDoc>('electors', { voteId: v.voteId }, { sort: [{ field: '_id', dir: 'asc' }] }),
    ctx.store.find<BallotDoc>('ballots', { voteId: v.voteId }),
  ]);
  const voted = new Set(ballots.map((b) => b.electorId));
  const notVoted = electors.filter((e) => !voted.has(e.electorId));
  return {
    notVoted: notVoted.slice(0, SHOWN).map((e) => ({ electorId: e.electorId, label: e.label, voters: e.voters.length })),
    notVotedCount: notVoted.length,
    ballots: ballots.length,
    electors: electors.length,
  };
};
