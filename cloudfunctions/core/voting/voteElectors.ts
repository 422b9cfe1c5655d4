import { DomainError } from '@shared';
import type { ElectorDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../membership/requireMember';
import { loadVote } from './loadVote';

const SHOWN = 50;

/**
 * 选民名单: the committee finds the elector a paper ballot is for, by name or address. It says
 * nothing of who has voted, so it serves secret votes as well.
 */
export const voteElectors: UseCase<'voting', 'vote.electors'> = async (ctx, { consultationId, query }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const v = await loadVote(ctx, consultationId, who);
  if (!v.tally) throw new DomainError('WRONG_STATE', '表决尚未开始');
  const electors = await ctx.store.find<ElectorDoc>('electors', { voteId: v.voteId }, { sort: [{ field: '_id', dir: 'asc' }] });
  const q = query?.trim();
  const matching = q ? electors.filter((e) => e.label.includes(q)) : electors;
  return {
    electors: matching.slice(0, SHOWN).map((e) => ({ electorId: e.electorId, label: e.label })),
    matching: matching.length,
    total: electors.length,
  };
};
