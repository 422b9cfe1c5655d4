import { CHOICES } from '@shared';
import type { SystemContext } from '../context';
import type { TallyDoc } from '../docs';
import type { CollectionName } from '../store/schema';

/**
 * Where the store may still say who chose what after the ballots forget it: the ballots' own
 * earlier versions, and the tally's, whose live counters moved one cast at a time in step with them.
 */
const EARLIER_VERSIONS: readonly CollectionName[] = ['ballots', 'tallies'];

/**
 * 无记名表决封存后不留选择: a secret vote needs the link between an elector and their choice only
 * while the ballot may still change. Once the tally is sealed (countVotes.ts marks it `unlinking`
 * in the same guarded update), every ballot of the round loses its choice — and a disputed entry
 * its note, which says what the elector meant — keeping who took part, how and when; then the
 * collections are compacted so no earlier version keeps it either. Each step can be repeated: a
 * run killed anywhere leaves the mark, and the consultation in voting, for the next run to finish.
 * One update reaches every ballot of the round, whatever the electorate's size.
 */
export async function unlinkChoices(ctx: Pick<SystemContext, 'store' | 'now'>, t: TallyDoc): Promise<TallyDoc> {
  const startedAt = t.unlinking!.startedAt;
  await ctx.store.update('ballots', { voteId: t._id, choice: { $in: [...CHOICES] } }, { unset: ['choice', 'entry.note'] });
  for (const collection of EARLIER_VERSIONS) await ctx.store.compact(collection);
  await ctx.store.update('tallies', { _id: t._id, 'unlinking.startedAt': startedAt }, { set: { unlinkedAt: ctx.now }, unset: ['unlinking'] });
  const { unlinking: _done, ...rest } = t;
  return { ...rest, unlinkedAt: ctx.now };
}
