import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';
import { whileCounting } from '../counting/marks';

/**
 * `committeeCount` counts the community's active committee members, moved next to the member write
 * that changes it. Both helpers mark the community first (counting/marks.ts): a request that dies
 * between the member write and the count leaves the mark, and the scheduler recounts the seats.
 */

/** Runs a member write that puts someone on the committee; once it has landed, their seat is counted. */
export async function withCommitteeSeatTaken<T>(ctx: UseCaseContext, communityId: string, write: () => Promise<T>): Promise<T> {
  return whileCounting(ctx.store, 'communities', communityId, ctx.now, async (step) => {
    const written = await write();
    await ctx.store.update('communities', { _id: communityId }, { inc: step.inc({ committeeCount: 1 }) });
    return written;
  });
}

/**
 * Runs a member write that takes someone off the committee (when `leaves`), first taking their
 * seat with a guarded decrement that refuses the last one. If the write then changes nothing
 * (someone else got there first), the seat is given back.
 */
export async function withCommitteeSeatReleased(ctx: UseCaseContext, communityId: string, leaves: boolean, write: () => Promise<number>): Promise<number> {
  if (!leaves) return write();
  return whileCounting(ctx.store, 'communities', communityId, ctx.now, async (step) => {
    const taken = await ctx.store.update('communities', { _id: communityId, committeeCount: { $gt: 1 } }, { inc: { committeeCount: -1 } });
    if (taken === 0) throw new DomainError('CONFLICT', '社区至少要保留一名委员会成员，请先任命其他委员会成员');
    const changed = await write();
    if (changed === 0) await ctx.store.update('communities', { _id: communityId }, { inc: step.inc({ committeeCount: 1 }) });
    return changed;
  });
}
