import { checkTransition, DomainError } from '@shared';
import { subjectOf } from '../consultation/applyTransition';
import type { UseCaseContext } from '../context';
import type { ElectorDoc, TallyDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { applyTransition } from '../consultation/applyTransition';
import { buildElectorate } from '../membership/buildElectorate';
import { COMMITTEE_ONLY, requireMember } from '../membership/requireMember';
import { isStoreConflict } from '../store/port';
import { ZERO } from './counters';
import { ballotId, loadVote, type VoteContext } from './loadVote';
import { toVoteView } from './voteView';
import { voteOpened } from '../notify/news';

/**
 * 开始表决: the electorate is taken from the scope at this moment (later joiners do not vote in
 * it), the tally opens, and the consultation moves to voting. After an escalation the same step
 * opens the statutory meeting's vote (a new round with its own electorate and tally).
 */
export const openVote: UseCase<'voting', 'vote.open'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const v = await loadVote(ctx, consultationId, who);
  const c = v.consultation;
  const transition = c.status === 'escalated' ? 'openStatutoryVote' : 'openVote';
  // Refuse before any writing: the same checks the transition itself makes.
  checkTransition(transition, who.member.role, { subject: subjectOf(c), facts: { now: ctx.now } });
  if (v.tally?.status === 'sealed') {
    throw new DomainError('WRONG_STATE', '本轮表决已经结束；如需重新表决，请形成协商意见后提交会议表决');
  }
  if (!v.tally) await snapshot(ctx, v);
  const opened = await applyTransition(ctx, who, c, transition);
  await voteOpened(ctx, opened, v.voteId);
  return toVoteView(ctx, await loadVote(ctx, consultationId, who), who);
};

/** Writes the electorate and the tally. Ids are derived, so a retry after a failure rewrites the same snapshot. */
async function snapshot(ctx: UseCaseContext, { consultation: c, voteId, vote }: VoteContext) {
  const electorate = await buildElectorate(ctx.store, c.communityId, vote.scope);
  const docs: ElectorDoc[] = electorate.map((e) => ({
    _id: ballotId(voteId, e.id),
    communityId: c.communityId,
    consultationId: c._id,
    voteId,
    electorId: e.id,
    household: e.household ?? e.id,
    areaHundredths: e.area === undefined ? 0 : Math.round(e.area * 100),
    voters: e.voters,
    label: e.label,
  }));
  await ctx.store.remove('electors', { voteId });
  await ctx.store.insertMany('electors', docs);
  const tally: TallyDoc = {
    _id: voteId,
    communityId: c.communityId,
    consultationId: c._id,
    round: c.voteRound ?? 1,
    rule: vote.rule,
    secret: vote.secret,
    electors: docs.length,
    areaTotal: docs.reduce((n, d) => n + d.areaHundredths, 0),
    status: 'open',
    counters: { ...ZERO },
    openedAt: ctx.now,
  };
  await ctx.store.insert('tallies', tally).catch((e) => {
    if (!isStoreConflict(e)) throw e;
  });
}
