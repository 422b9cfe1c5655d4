import { DomainError, type VotePlan } from '@shared';
import type { UseCaseContext } from '../context';
import type { BallotDoc, ConsultationDoc, ElectorDoc, TallyDoc } from '../docs';
import { loadConsultation } from '../consultation/loadConsultation';
import type { MemberInCommunity } from '../membership/requireMember';

export interface VoteContext {
  consultation: ConsultationDoc;
  vote: VotePlan;
  tally: TallyDoc | null;
  /** The elector whose ballot the caller casts, if any. */
  elector: ElectorDoc | null;
  ballot: BallotDoc | null;
}

export const ballotId = (consultationId: string, electorId: string) => `${consultationId}:${electorId}`;

/** A consultation's vote as the caller meets it: three small reads, however many ballots there are. */
export async function loadVote(ctx: UseCaseContext, consultationId: string, who: MemberInCommunity): Promise<VoteContext> {
  const consultation = await loadConsultation(ctx, consultationId, who);
  const vote = consultation.plan.vote;
  if (!vote) throw new DomainError('NOT_FOUND', '本次协商没有表决安排');
  const [tally, [elector]] = await Promise.all([
    ctx.store.get<TallyDoc>('tallies', consultationId),
    ctx.store.find<ElectorDoc>('electors', { consultationId, voters: who.member._id }, { limit: 1 }),
  ]);
  const ballot = elector ? await ctx.store.get<BallotDoc>('ballots', ballotId(consultationId, elector.electorId)) : null;
  return { consultation, vote, tally, elector: elector ?? null, ballot };
}
