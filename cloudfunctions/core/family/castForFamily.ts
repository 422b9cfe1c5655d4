import { FAMILY_LABEL, type Choice } from '@shared';
import { auditBy } from '../audit';
import { enforce } from '../access/decision';
import { mayCastForRelative } from '../access/family';
import { requireMember } from '../access/requireMember';
import type { BallotDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { enteredOnBehalf } from '../notify/events/onBehalf';
import { notify } from '../notify/notify';
import { storeEnteredBallot } from '../voting/enteredBallot';
import { ballotId, loadVote } from '../voting/loadVote';
import { proxyLimitOf } from '../voting/voteView';
import { relativesInVote, toFamilyVoteView } from './familyVote';
import { listRelatives, loadRelative } from './household';

/** A ballot this helper already cast for the relative with this choice: the same request again. */
const castAlready = (ballot: BallotDoc | null, me: string, choice: Choice) =>
  ballot?.entry?.by === 'family' && ballot.castBy === me && ballot.choice === choice;

/**
 * 代为表决, step 2 (家人代办): with a 委托书 the committee confirmed, a member casts another adult of
 * their 户's ballot. It is a proxy's ballot like the committee's proxy entries — the 委托书 as its
 * evidence, a slot under the community's proxy limit — waiting for the relative to confirm or
 * dispute it; a disputed one gives way to the ballot they cast themselves (ballot.cast).
 */
export const castForFamily: UseCase<'voting', 'family.castFor'> = async (ctx, input) => {
  const who = await requireMember(ctx);
  const me = who.member._id;
  const [v, relative] = await Promise.all([loadVote(ctx, input.consultationId, who), loadRelative(ctx, who, input.entryId)]);
  const r = (await relativesInVote(ctx, v, [relative])).get(relative.entry._id)!;
  if (!castAlready(r.ballot, me, input.choice)) {
    enforce(mayCastForRelative(ctx, v, r, me));
    const elector = r.elector!;
    const doc: BallotDoc = {
      _id: ballotId(v.voteId, elector.electorId),
      communityId: v.consultation.communityId,
      consultationId: v.consultation._id,
      voteId: v.voteId,
      electorId: elector.electorId,
      choice: input.choice,
      areaHundredths: elector.areaHundredths,
      channel: 'proxy',
      castBy: me,
      proxyMemberId: me,
      evidence: [],
      proxyEvidence: r.request!.evidence,
      entry: { state: 'pending', by: 'family' },
      at: ctx.now,
      version: 1,
    };
    await storeEnteredBallot(ctx, v, doc, proxyLimitOf(who.community.settings));
    // Who cast it, never what it says: the audit is the committee's to read, and the vote may be secret.
    await auditBy(ctx, who.member, {
      action: 'ballot.family',
      entity: 'ballot',
      entityId: doc._id,
      before: null,
      after: { status: 'cast', version: 1 },
      note: `${FAMILY_LABEL}，选民 ${elector.label}`,
    });
    await notify(ctx, enteredOnBehalf, { c: v.consultation, elector, ballotKey: doc._id, helperName: who.member.name });
  }
  return toFamilyVoteView(ctx, v, await listRelatives(ctx, who), who.member);
};
