import type { UseCaseContext } from '../context';
import type { MemberDoc } from '../docs';

/** The members a screen names, by id. */
export type Named = Map<string, MemberDoc>;

/**
 * The members a screen names — in its timeline, its lists, its replies — in one read, however
 * many parts of the screen name someone; none when nobody is named.
 */
export async function readNamed(ctx: UseCaseContext, ids: Iterable<string | undefined>): Promise<Named> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== undefined))];
  if (wanted.length === 0) return new Map();
  const members = await ctx.store.find<MemberDoc>('members', { _id: { $in: wanted } });
  return new Map(members.map((m) => [m._id, m]));
}
