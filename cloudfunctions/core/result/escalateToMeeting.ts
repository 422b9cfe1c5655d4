import { DomainError, isStatutory, voteProblems, voteTimeProblem } from '@shared';
import type { UseCase } from '../functionKit';
import type { TallyDoc } from '../docs';
import { applyTransition } from '../consultation/applyTransition';
import { voteIdOf } from '../voting/loadVote';
import { loadConsultation } from '../consultation/loadConsultation';
import { toDetail } from '../consultation/views';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';

/**
 * 提交会议表决 (居民会议, 村民会议 or 代表会议): when the vote failed or the matter is contested, the committee takes it to a
 * statutory meeting — a new voting round with its own electorate and tally, on the same
 * consultation, its earlier rounds kept.
 */
export const escalateToMeeting: UseCase<'result', 'outcome.escalate'> = async (ctx, { id, version, reason, vote }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const doc = await loadConsultation(ctx, id, who);
  if (!isStatutory(vote.rule)) {
    throw new DomainError('INVALID_INPUT', '提交会议表决须采用居民会议、村民会议、代表会议或集体经济组织会议的规则');
  }
  const problems = voteProblems(vote, who.community.kind);
  if (problems.length > 0) throw new DomainError('INVALID_INPUT', problems[0], problems);
  // The statutory meeting is called now: its notice period runs from today.
  const badTime = voteTimeProblem(vote, ctx.now, undefined, ctx.now);
  if (badTime) throw new DomainError('INVALID_INPUT', badTime);
  const tally = doc.plan.vote ? await ctx.store.get<TallyDoc>('tallies', voteIdOf(doc)) : null;
  const sealedVote = tally?.sealed ? { rule: tally.rule, passed: tally.sealed.decision.passed } : null;
  const escalated = await applyTransition(ctx, who, doc, 'escalate', {
    expectedVersion: version,
    facts: { reason, sealedVote },
    note: reason,
    set: { 'plan.vote': vote, voteRound: (doc.voteRound ?? 1) + 1, voteOpened: false },
    unset: ['outcome'],
  });
  return toDetail(ctx, escalated, who);
};
