import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { UseCase } from '../functionKit';
import { requireMember } from '../access/requireMember';
import { loadVote } from './loadVote';
import { toVoteView } from './voteView';

/** The elector a paper or proxy ballot was entered for confirms it, or disputes it (with what is wrong). */
export const respondToBallot: UseCase<'voting', 'ballot.respond'> = async (ctx, { consultationId, verdict, note }) => {
  const who = await requireMember(ctx);
  const v = await loadVote(ctx, consultationId, who);
  const ballot = v.ballot;
  if (!ballot?.entry) throw new DomainError('NOT_FOUND', '没有为您录入的选票');
  if (ballot.entry.state !== 'pending') throw new DomainError('WRONG_STATE', '您已经回应过这张选票');
  if (verdict === 'dispute' && !note) throw new DomainError('REASON_REQUIRED', '请说明哪里与您的意愿不符');
  const state = verdict === 'confirm' ? 'confirmed' : 'disputed';
  const changed = await ctx.store.update(
    'ballots',
    { _id: ballot._id, version: ballot.version },
    { set: { entry: { ...(ballot.entry.by ? { by: ballot.entry.by } : {}), state, ...(note ? { note } : {}) }, version: ballot.version + 1 } },
  );
  if (changed === 0) throw new DomainError('CONFLICT');
  await auditBy(ctx, who.member, {
    action: `ballot.entry.${state}`,
    entity: 'ballot',
    entityId: ballot._id,
    before: { status: 'pending', version: ballot.version },
    after: { status: state, version: ballot.version + 1 },
    // What is wrong with a secret ballot says what the elector chose: the committee reads the audit, so it stays on the ballot alone.
    ...(note && !v.vote.secret ? { note } : {}),
  });
  return toVoteView(ctx, await loadVote(ctx, consultationId, who), who);
};
