import { enteredOnBehalf } from '../notify/events/onBehalf';
import { notify } from '../notify/notify';
import { BALLOT_CHANNEL_LABELS, CHOICE_LABELS, DomainError } from '@shared';
import { auditBy } from '../audit';
import type { BallotDoc, ElectorDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadMember } from '../member/loadMember';
import { requireMember } from '../access/requireMember';
import { enforce } from '../access/decision';
import { mayEnterPaper, mayManageVote } from '../access/voting';
import { checkPhotos } from '../participation/checks';
import { ballotId, loadVote } from './loadVote';
import { storeEnteredBallot } from './enteredBallot';
import { proxyLimitOf } from './voteView';

/**
 * 录入纸质选票: paper and online run together (RULES.md). A committee member enters a signed paper
 * ballot, or a proxy's (委托) with the 委托书, for a named elector, with photos of the originals.
 * The elector is told and can dispute it. One ballot per elector holds here too: an elector who
 * already voted cannot be entered again.
 */
export const enterPaperBallot: UseCase<'voting', 'ballot.enterPaper'> = async (ctx, input) => {
  const who = await requireMember(ctx);
  enforce(mayManageVote(who.member));
  const v = await loadVote(ctx, input.consultationId, who);
  // Open, so its tally is there (mayEnterPaper).
  enforce(mayEnterPaper(ctx, v, who.member));
  const _id = ballotId(v.voteId, input.electorId);
  const elector = await ctx.store.get<ElectorDoc>('electors', _id);
  if (!elector) throw new DomainError('NOT_FOUND', '该选民不在本次表决的选民名单中');
  // A signed ballot and a 委托书 are the elector's: the committee and the elector read them.
  await checkPhotos(ctx, [...input.evidence, ...(input.proxyEvidence ?? [])], {
    by: who.member._id,
    readers: { kind: 'roles', roles: ['committee'], people: elector.voters },
  });
  if (input.channel === 'proxy') await loadMember(ctx, input.proxyMemberId!, who);
  if (await ctx.store.get<BallotDoc>('ballots', _id)) throw new DomainError('CONFLICT', '该选民已经投票');

  const doc: BallotDoc = {
    _id,
    communityId: v.consultation.communityId,
    consultationId: v.consultation._id,
    voteId: v.voteId,
    electorId: input.electorId,
    choice: input.choice,
    areaHundredths: elector.areaHundredths,
    channel: input.channel,
    castBy: who.member._id,
    ...(input.proxyMemberId && input.channel === 'proxy' ? { proxyMemberId: input.proxyMemberId } : {}),
    evidence: input.evidence,
    proxyEvidence: input.proxyEvidence ?? [],
    entry: { state: 'pending' },
    at: ctx.now,
    version: 1,
  };
  await storeEnteredBallot(ctx, v, doc, proxyLimitOf(who.community.settings));
  await auditBy(ctx, who.member, {
    action: 'ballot.enterPaper',
    entity: 'ballot',
    entityId: _id,
    before: null,
    after: { status: 'cast', version: 1 },
    note: `${BALLOT_CHANNEL_LABELS[doc.channel]}选票，选民 ${elector.label}`,
  });
  await notify(ctx, enteredOnBehalf, { c: v.consultation, elector, ballotKey: _id });
  return {
    electorId: input.electorId,
    electorLabel: elector.label,
    channel: doc.channel,
    channelLabel: BALLOT_CHANNEL_LABELS[doc.channel],
    ...(v.vote.secret ? {} : { choiceLabel: CHOICE_LABELS[input.choice] }),
    at: doc.at,
  };
};
