import { DomainError, type VotePlan } from '@shared';
import type { UseCaseContext } from '../context';
import type { BallotDoc, ConsultationDoc, ElectorDoc, TallyDoc } from '../docs';
import { loadConsultation, loadConsultationFor, withCommunity } from '../consultation/loadConsultation';
import type { MemberInCommunity, Reader } from '../access/requireMember';

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
export const voteIdOf = (c: Pick<ConsultationDoc, '_id' | 'voteRound'>) => ((c.voteRound ?? 1) > 1 ? `${c._id}#${c.voteRound}` : c._id);

/**
 * A consultation's vote as the caller meets it: the consultation, then its tally and the caller's
 * elector read together, then that elector's ballot if there is one — at most four small reads in
 * three steps, however many ballots there are.
 */
export async function loadVote(ctx: UseCaseContext, consultationId: string, who: MemberInCommunity): Promise<VoteContext> {
  return voteIn(ctx, await loadConsultation(ctx, consultationId, who), who);
}

/**
 * The caller and a consultation's vote as they meet it, the caller and the consultation read at
 * once (see loadConsultationFor); the committee's screen shows the community's proxy limit, so for
 * them the community is read too.
 */
export async function loadVoteFor(ctx: UseCaseContext, consultationId: string, need: 'member' | 'reader'): Promise<{ who: Reader; v: VoteContext }> {
  const { who, consultation } = await loadConsultationFor(ctx, consultationId, need);
  const [full, v] = await Promise.all([who.member.role === 'committee' ? withCommunity(ctx, who) : who, voteIn(ctx, consultation, who)]);
  return { who: full, v };
}

/** The vote of a consultation the caller may see: its tally, the caller's elector and its ballot. */
export async function voteIn(ctx: UseCaseContext, consultation: ConsultationDoc, who: Pick<Reader, 'member'>): Promise<VoteContext> {
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
