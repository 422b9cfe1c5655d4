import { checkTransition, decide } from '@shared';
import type { SystemContext } from '../context';
import type { BallotDoc, ElectorDoc, TallyDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { applyTransition, subjectOf } from '../consultation/applyTransition';
import { COMMITTEE_ONLY, requireMember } from '../membership/requireMember';
import { recount } from './counters';
import { loadVote } from './loadVote';
import { toVoteView } from './voteView';

/**
 * 表决结束: after the close time, the ballots are recounted against the electorate snapshot under
 * the vote's rule, the result is sealed with the live counters reconciled to the recount, and the
 * consultation moves on. Sealing is a guarded update, so it happens once however often it is asked.
 */
export const closeVote: UseCase<'voting', 'vote.close'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const v = await loadVote(ctx, consultationId, who);
  const c = v.consultation;
  checkTransition('closeVote', who.member.role, { subject: subjectOf(c), facts: { now: ctx.now } });
  const sealed = v.tally?.status === 'open' ? await seal(ctx, v.tally) : null;
  const closed = await applyTransition(ctx, who, c, 'closeVote');
  // The vote as this request left it; a tally sealed by someone else meanwhile is read as they left it.
  const tally = sealed ?? (await ctx.store.get<TallyDoc>('tallies', v.voteId));
  return toVoteView(ctx, { ...v, consultation: closed, tally }, who);
};

/** Seals an open tally by a recount; returns it as sealed, or null when another request sealed it first. */
export async function seal(ctx: SystemContext, tally: TallyDoc): Promise<TallyDoc | null> {
  const [electors, ballots] = await Promise.all([
    ctx.store.find<ElectorDoc>('electors', { voteId: tally._id }),
    ctx.store.find<BallotDoc>('ballots', { voteId: tally._id }, { sort: [{ field: 'at', dir: 'asc' }] }),
  ]);
  const decision = decide({
    rule: { kind: tally.rule, ...(tally.thresholds ? { thresholds: tally.thresholds } : {}) },
    // Persons, households or members: the scope chose which of the rule's tests applies when the vote opened.
    form: tally.form ?? 'persons',
    electorate: electors.map((e) => ({ id: e.electorId, area: e.areaHundredths / 100 })),
    ballots: ballots.map((b) => ({ electorId: b.electorId, choice: b.choice })),
  });
  const set = { status: 'sealed' as const, counters: recount(ballots), sealed: { decision, sealedAt: ctx.now, ballots: ballots.length } };
  if ((await ctx.store.update('tallies', { _id: tally._id, status: 'open' }, { set })) === 0) return null;
  // Only the request that sealed it copies the verdict; one that stops before this leaves the detail screen reading the tally.
  const verdict = { voteId: tally._id, round: tally.round, passed: decision.passed, explanation: decision.explanation };
  await ctx.store.update('consultations', { _id: tally.consultationId }, { set: { verdict } });
  return { ...tally, ...set };
}
