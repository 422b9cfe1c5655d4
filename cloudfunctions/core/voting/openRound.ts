import { checkTransition, DomainError, formOfScope, representativesThresholds, toChinaDateTimeParts, type RuleKind, type RuleThresholds } from '@shared';
import type { SystemContext } from '../context';
import type { CommunityDoc, ConsultationDoc, ElectorDoc, TallyDoc } from '../docs';
import { applyTransition, subjectOf, type Acting } from '../consultation/applyTransition';
import { buildElectorate, type Elector } from '../membership/buildElectorate';
import { voteOpened } from '../notify/news';
import { isStoreConflict } from '../store/port';
import { ZERO } from './counters';
import { ballotId, voteIdOf } from './loadVote';

/**
 * 开始表决, by the committee or by the scheduler at the opening time: the electorate is taken
 * from the scope at this moment (later joiners do not vote in it), the tally opens, the
 * consultation moves to voting, and every voter is told in the same write. After an escalation the same step opens
 * the statutory meeting's vote (a new round with its own electorate and tally).
 */
export async function openRound(ctx: SystemContext, acting: Acting, c: ConsultationDoc): Promise<ConsultationDoc> {
  const transition = c.status === 'escalated' ? 'openStatutoryVote' : 'openVote';
  const voteId = voteIdOf(c);
  const tally = await ctx.store.get<TallyDoc>('tallies', voteId);
  if (tally && tally.status !== 'open') {
    throw new DomainError('WRONG_STATE', '本轮表决已经结束；如需重新表决，请形成协商意见后提交会议表决');
  }
  // Refuse before any writing: the same checks the transition itself makes.
  checkTransition(transition, acting === 'system' ? 'system' : acting.member.role, { subject: subjectOf(c), facts: { now: ctx.now } });
  if (!tally) await snapshot(ctx, c, voteId);
  return applyTransition(ctx, acting, c, transition, { set: { voteOpened: true }, announce: [voteOpened(c, voteId, ctx.now)] });
}

const SNAPSHOT_PAGE = 1000;

/** The community's own 居民代表会议 thresholds, fixed for this vote when it opens. */
function ownThresholds(rule: RuleKind, community: CommunityDoc): { thresholds?: RuleThresholds } {
  const own = community.settings.residentRepresentatives;
  return rule === 'resident_representatives' && own ? { thresholds: representativesThresholds(own) } : {};
}

/**
 * The electorate on the opening day, from the register. Refused, with nothing written, while the
 * register cannot say who is 18 (a birth known only to the month of the 18th birthday) or names nobody.
 */
async function electorateOf(ctx: SystemContext, c: ConsultationDoc, community: CommunityDoc): Promise<Elector[]> {
  const scope = c.plan.vote!.scope;
  const { electors, undecided } = await buildElectorate(ctx.store, community, scope, toChinaDateTimeParts(ctx.now).date);
  if (undecided.length > 0) {
    const named = undecided.slice(0, 5).join('、') + (undecided.length > 5 ? `等${undecided.length}人` : '');
    throw new DomainError('WRONG_STATE', `名册中${named}的出生日期不足以判断表决之日是否年满十八周岁，请先在名册中补全`, undecided);
  }
  if (electors.length === 0) throw new DomainError('WRONG_STATE', '本次表决范围在名册中没有选民：请先导入或补充名册');
  return electors;
}

/** Writes the electorate and the tally. Ids are derived, so a retry after a failure rewrites the same snapshot. */
async function snapshot(ctx: SystemContext, c: ConsultationDoc, voteId: string) {
  const vote = c.plan.vote!;
  const community = await ctx.store.get<CommunityDoc>('communities', c.communityId);
  if (!community) throw new Error(`community ${c.communityId} of consultation ${c._id} not found`);
  const electorate = await electorateOf(ctx, c, community);
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
    ...(e.initials ? { initials: e.initials } : {}),
    ...(e.place ? { place: e.place } : {}),
    online: e.voters.length > 0,
  }));
  await ctx.store.remove('electors', { voteId });
  try {
    // Pages of a thousand: a register of thousands is a handful of requests, never one per elector.
    for (let i = 0; i < docs.length; i += SNAPSHOT_PAGE) await ctx.store.insertMany('electors', docs.slice(i, i + SNAPSHOT_PAGE));
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
    form: formOfScope(vote.scope),
    ...ownThresholds(vote.rule, community),
    secret: vote.secret,
    electors: docs.length,
    online: docs.filter((d) => d.online).length,
    areaTotal: docs.reduce((n, d) => n + d.areaHundredths, 0),
    status: 'open',
    counters: { ...ZERO },
    openedAt: ctx.now,
  };
  await ctx.store.insert('tallies', tally).catch((e) => {
    if (!isStoreConflict(e)) throw e;
  });
}
