import { checkTransition, DomainError } from '@shared';
import type { SystemContext } from '../context';
import type { ConsultationDoc, ElectorDoc, TallyDoc } from '../docs';
import { applyTransition, subjectOf, type Acting } from '../consultation/applyTransition';
import { buildElectorate } from '../membership/buildElectorate';
import { voteOpened } from '../notify/news';
import { isStoreConflict } from '../store/port';
import { ZERO } from './counters';
import { ballotId, voteIdOf } from './loadVote';

/**
 * 开始表决, by the committee or by the scheduler at the opening time: the electorate is taken
 * from the scope at this moment (later joiners do not vote in it), the tally opens, the
 * consultation moves to voting and every voter is told. After an escalation the same step opens
 * the statutory meeting's vote (a new round with its own electorate and tally).
 */
export async function openRound(ctx: SystemContext, acting: Acting, c: ConsultationDoc): Promise<ConsultationDoc> {
  const transition = c.status === 'escalated' ? 'openStatutoryVote' : 'openVote';
  const voteId = voteIdOf(c);
  const tally = await ctx.store.get<TallyDoc>('tallies', voteId);
  if (tally?.status === 'sealed') {
    throw new DomainError('WRONG_STATE', '本轮表决已经结束；如需重新表决，请形成协商意见后提交会议表决');
  }
  // Refuse before any writing: the same checks the transition itself makes.
  checkTransition(transition, acting === 'system' ? 'system' : acting.member.role, { subject: subjectOf(c), facts: { now: ctx.now } });
  if (!tally) await snapshot(ctx, c, voteId);
  const opened = await applyTransition(ctx, acting, c, transition, { set: { voteOpened: true } });
  await voteOpened(ctx, opened, voteId);
  return opened;
}

/** Writes the electorate and the tally. Ids are derived, so a retry after a failure rewrites the same snapshot. */
async function snapshot(ctx: SystemContext, c: ConsultationDoc, voteId: string) {
  const vote = c.plan.vote!;
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
  try {
    await ctx.store.insertMany('electors', docs);
  } catch (e) {
    // Another run (a second scheduler, a committee tap) is writing the same snapshot now: let it.
    if (isStoreConflict(e)) throw new DomainError('CONFLICT', '表决正在开始，请稍后刷新');
    throw e;
  }
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
