import type { SystemContext } from '../context';
import type { ConsultationDoc, TallyDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { applyTransition, type Acting } from '../consultation/applyTransition';
import { requireMember } from '../access/requireMember';
import { enforce } from '../access/decision';
import { mayCloseVote, mayManageVote } from '../access/voting';
import { Budget } from '../scheduler/budget';
import { countVotes, startCounting } from './countVotes';
import { loadVote } from './loadVote';
import { unlinkChoices } from './unlinkChoices';
import { toVoteView } from './voteView';

/**
 * How long the committee's tap counts before answering: a vote of a few thousand ballots is
 * counted at once; a larger one goes on in the scheduler's runs (and at the next tap).
 */
const COUNT_ON_TAP_MS = 10_000;

/**
 * 表决结束: after the close time, the ballots are recounted against the electorate snapshot under
 * the vote's rule (countVotes.ts), the result is sealed with the live counters reconciled to the
 * recount, and the consultation moves on. Sealing is a guarded update, so it happens once however
 * often it is asked.
 */
export const closeVote: UseCase<'voting', 'vote.close'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx);
  enforce(mayManageVote(who.member));
  const v = await loadVote(ctx, consultationId, who);
  enforce(mayCloseVote(ctx, v, who.member));
  const { consultation, tally } = await closeRound(ctx, who, v.consultation, v.tally, new Budget(COUNT_ON_TAP_MS));
  return toVoteView(ctx, { ...v, consultation, tally }, who);
};

/**
 * Stops the round taking ballots, counts it as far as the budget goes, and once it is sealed (and,
 * for a secret vote, its ballots no longer say who chose what) moves the consultation on; until
 * then it stays in voting, and the next run (or tap) goes on.
 */
export async function closeRound(
  ctx: SystemContext,
  acting: Acting,
  c: ConsultationDoc,
  tally: TallyDoc | null,
  budget: Budget,
): Promise<{ consultation: ConsultationDoc; tally: TallyDoc | null }> {
  let t = tally;
  if (t?.status === 'open') t = await startCounting(ctx, t);
  if (t?.status === 'counting') t = await countVotes(ctx, t, budget);
  if (t?.status === 'sealed' && t.unlinking) t = await unlinkChoices(ctx, t);
  if (t && (t.status !== 'sealed' || t.unlinking)) return { consultation: c, tally: t };
  return { consultation: await applyTransition(ctx, acting, c, 'closeVote'), tally: t };
}
