import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';

export async function addCommitteeSeat(ctx: UseCaseContext, communityId: string): Promise<void> {
  await ctx.store.update('communities', { _id: communityId }, { inc: { committeeCount: 1 } });
}

/**
 * Runs a member write that takes someone off the committee (when `leaves`), first taking their
 * seat with a guarded decrement that refuses the last one. If the write then changes nothing
 * (someone else got there first), the seat is given back.
 */
export async function withCommitteeSeatReleased(
  ctx: UseCaseContext,
  communityId: string,
  leaves: boolean,
  write: () => Promise<number>,
): Promise<number> {
  if (!leaves) return write();
  const taken = await ctx.store.update(
    'communities',
    { _id: communityId, committeeCount: { $gt: 1 } },
    { inc: { committeeCount: -1 } },
  );
  if (taken === 0) throw new DomainError('CONFLICT', '社区至少要保留一名委员会成员，请先任命其他委员会成员');
  let changed = 0;
  try {
    changed = await write();
  } finally {
    if (changed === 0) await addCommitteeSeat(ctx, communityId);
  }
  return changed;
}
