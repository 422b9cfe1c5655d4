import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';
import type { BallotDoc, ProxyDoc } from '../docs';
import { insertOnce } from '../batches';
import { whileCounting } from '../counting/marks';
import { whileOversight, yearDocAt } from '../oversight/counters';
import { tookPart } from '../oversight/participants';
import { isStoreConflict } from '../store/port';
import { countersDelta } from './counters';
import type { VoteContext } from './loadVote';

/**
 * Stores a ballot cast for an elector by someone else — a paper ballot the committee entered, a
 * proxy's (委托), a household member's (家人代办) — with the proxy's slot and the live counters: the
 * tally is marked until all three are written. One ballot per elector holds by the ballot's id.
 */
export async function storeEnteredBallot(ctx: UseCaseContext, v: VoteContext, doc: BallotDoc, proxyLimit: number): Promise<void> {
  const proxyKey = doc.channel === 'proxy' && doc.proxyMemberId ? `${v.voteId}:${doc.proxyMemberId}` : null;
  // The elector it is for took part (oversight/participants.ts), as they would casting it themselves.
  await whileOversight(ctx.store, doc.communityId, [yearDocAt(doc.communityId, ctx.now)], ctx.now, (moves) =>
    whileCounting(ctx.store, 'tallies', v.tally!._id, ctx.now, async (step) => {
      if (proxyKey) await takeProxySlot(ctx, proxyKey, v.voteId, proxyLimit);
      try {
        await ctx.store.insert('ballots', doc);
      } catch (e) {
        if (proxyKey) await ctx.store.update('proxies', { _id: proxyKey }, { inc: { count: -1 } });
        if (isStoreConflict(e)) throw new DomainError('CONFLICT', '该选民已经投票');
        throw e;
      }
      await ctx.store.update('tallies', { _id: doc.voteId, status: 'open' }, { inc: step.inc(countersDelta(doc.choice!, doc.areaHundredths, 1)) });
      await tookPart(ctx.store, moves, doc.electorId, ctx.now);
    }),
  );
}

/** A proxy may represent only so many electors (a community setting); a guarded increment keeps to it. */
async function takeProxySlot(ctx: UseCaseContext, _id: string, voteId: string, limit: number) {
  const slots: ProxyDoc = { _id, voteId, count: 0 };
  await insertOnce(ctx.store, 'proxies', slots);
  const taken = await ctx.store.update('proxies', { _id, count: { $lt: limit } }, { inc: { count: 1 } });
  if (taken === 0) throw new DomainError('CONFLICT', `每位受托人在本次表决中最多代理 ${limit} 位选民`);
}
