import type { Choice } from '@shared';
import { enforce } from '../access/decision';
import { mayCast } from '../access/voting';
import { auditBy } from '../audit';
import type { UseCaseContext } from '../context';
import type { BallotDoc, MemberDoc, TallyDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { isStoreConflict, StoreConflictError } from '../store/port';
import { whileCounting } from '../counting/marks';
import { whileOversight, yearDocAt } from '../oversight/counters';
import { tookPart } from '../oversight/participants';
import { changeDelta, countersDelta } from './counters';
import { ballotId, loadVoteFor, voteIn, type VoteContext } from './loadVote';
import { toVoteView } from './voteView';

/**
 * 投票: 同意 / 反对 / 弃权, changeable until the close. The ballot's id is the elector's, so the
 * store itself refuses a second one; a change is a guarded update of the same ballot, and the live
 * counters move by atomic increments (the sealed tally is a recount, so they cannot drift into it;
 * while the vote is open, a cast that dies before its count leaves the tally marked for the
 * scheduler's recount, counting/marks.ts).
 */
export const castBallot: UseCase<'voting', 'ballot.cast'> = async (ctx, { consultationId, choice }) => {
  const { who, v: first } = await loadVoteFor(ctx, consultationId, 'member');
  for (let attempt = 0, v = first; ; attempt++) {
    enforce(mayCast(ctx, v, who.member));
    try {
      // The screen after the cast is the vote as this request left it: no second read of it.
      return toVoteView(ctx, await record(ctx, who.member, v, choice), who);
    } catch (e) {
      // Two casts of the same elector at once: the other landed first; look again and apply this one.
      if (!isStoreConflict(e) || attempt >= 2) throw e;
      v = await voteIn(ctx, v.consultation, who);
    }
  }
};

/** Records the ballot, moves the live counters, and returns the vote as it now stands for this caller. */
async function record(ctx: UseCaseContext, member: MemberDoc, v: VoteContext, choice: Choice): Promise<VoteContext> {
  const { tally, elector, ballot } = v;
  const _id = ballotId(v.voteId, elector!.electorId);
  if (!ballot) {
    const doc: BallotDoc = {
      _id,
      communityId: v.consultation.communityId,
      consultationId: v.consultation._id,
      voteId: v.voteId,
      electorId: elector!.electorId,
      choice,
      areaHundredths: elector!.areaHundredths,
      channel: 'online',
      castBy: member._id,
      evidence: [],
      proxyEvidence: [],
      at: ctx.now,
      version: 1,
    };
    const delta = countersDelta(choice, doc.areaHundredths, 1);
    await whileOversight(ctx.store, doc.communityId, [yearDocAt(doc.communityId, ctx.now)], ctx.now, (moves) =>
      whileCounting(ctx.store, 'tallies', tally!._id, ctx.now, async (step) => {
        await ctx.store.insert('ballots', doc);
        await ctx.store.update('tallies', { _id: tally!._id, status: 'open' }, { inc: step.inc(delta) });
        await tookPart(ctx.store, moves, doc.electorId, ctx.now);
      }),
    );
    await audit(ctx, member, _id, 0, 1);
    return { ...v, tally: moved(tally!, delta), ballot: doc };
  }
  // mayCast let through only a ballot with a choice, cast online by this member or entered and disputed.
  const was = ballot.choice!;
  // An entered ballot the elector disputed gives way to the ballot they cast themselves.
  const replacesEntry = ballot.channel !== 'online';
  if (!replacesEntry && was === choice) return v;
  const set = replacesEntry
    ? { choice, at: ctx.now, version: ballot.version + 1, channel: 'online' as const, castBy: member._id, evidence: [], proxyEvidence: [] }
    : { choice, at: ctx.now, version: ballot.version + 1 };
  const delta = changeDelta(was, choice, ballot.areaHundredths);
  await whileCounting(ctx.store, 'tallies', tally!._id, ctx.now, async (step) => {
    const changed = await ctx.store.update('ballots', { _id, version: ballot.version }, replacesEntry ? { set, unset: ['entry', 'proxyMemberId'] } : { set });
    if (changed === 0) throw new StoreConflictError('ballots', _id);
    if (replacesEntry && ballot.proxyMemberId) {
      // The proxy no longer represents this elector: their slot is free again.
      await ctx.store.update('proxies', { _id: `${v.voteId}:${ballot.proxyMemberId}` }, { inc: { count: -1 } });
    }
    await ctx.store.update('tallies', { _id: tally!._id, status: 'open' }, { inc: step.inc(delta) });
  });
  await audit(ctx, member, _id, ballot.version, ballot.version + 1);
  const now: BallotDoc = { ...ballot, ...set };
  if (replacesEntry) {
    delete now.entry;
    delete now.proxyMemberId;
  }
  return { ...v, tally: moved(tally!, delta), ballot: now };
}

/**
 * The tally as this cast left it: what was read, moved by this cast's own increments. Casts by
 * others meanwhile show on the next read, as they would have a moment later anyway.
 */
function moved(tally: TallyDoc, delta: Record<string, number>): TallyDoc {
  const counters = { ...tally.counters };
  for (const [path, n] of Object.entries(delta)) counters[path.slice('counters.'.length) as keyof typeof counters] += n;
  return { ...tally, counters };
}

/** The audit says a ballot was cast or changed, and by whom, never what it says. */
function audit(ctx: UseCaseContext, member: MemberDoc, id: string, from: number, to: number) {
  return auditBy(ctx, member, {
    action: from === 0 ? 'ballot.cast' : 'ballot.change',
    entity: 'ballot',
    entityId: id,
    before: from === 0 ? null : { status: 'cast', version: from },
    after: { status: 'cast', version: to },
  });
}
