import { DomainError, type VotePlan } from '@shared';
import type { UseCaseContext } from '../context';
import type { BallotDoc, ConsultationDoc, ElectorDoc, TallyDoc } from '../docs';
import { loadConsultation } from '../consultation/loadConsultation';
import type { MemberInCommunity } from '../membership/requireMember';

export interface VoteContext {
  consultation: ConsultationDoc;
  voteId: string;
  vote: VotePlan;
  tally: TallyDoc | null;
  /** The elector whose ballot the caller casts, if any. */
  elector: ElectorDoc | null;
  ballot: BallotDoc | null;
}

export const ballotId = (voteId: string, electorId: string) => `${voteId}:${electorId}`;

/**
 * A vote round's id: the consultation's own for the first vote, and `<id>#<round>` for a
 * statutory meeting's vote after escalation, so each round keeps its own electorate and tally.
 */
export const voteIdOf = (c: ConsultationDoc) => ((c.voteRound ?? 1) > 1 ? `${c._id}#${c.voteRound}` : c._id);

/** A consultation's vote as the caller meets it: three small reads, however many ballots there are. */
export async function loadVote(ctx: UseCaseContext, consultationId: string, who: MemberInCommunity): Promise<VoteContext> {
  const consultation = await loadConsultation(ctx, consultationId, who);
  const vote = consultation.plan.vote;
  if (!vote) throw new DomainError('NOT_FOUND', '本次协商没有表决安排');
  const voteId = voteIdOf(consultation);
  const [tally, [elector]] = await Promise.all([
    ctx.store.get<TallyDoc>('tallies', voteId),
    ctx.store.find<ElectorDoc>('electors', { voteId, voters: who.member._id }, { limit: 1 }),
  ]);
  const ballot = elector ? await ctx.store.get<BallotDoc>('ballots', ballotId(voteId, elector.electorId)) : null;
  return { consultation, voteId, vote, tally, elector: elector ?? null, ballot };
}
