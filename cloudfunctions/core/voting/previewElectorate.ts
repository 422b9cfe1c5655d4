import { toChinaDateTimeParts } from '@shared';
import type { UseCase } from '../functionKit';
import { buildElectorate } from '../member/buildElectorate';
import { enforce } from '../access/decision';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { mayPreviewElectorate } from '../access/voting';
import { loadVote } from './loadVote';
import { unitOf } from './voteView';

/**
 * 应到人数: before a vote opens, the committee sees the electorate the register gives on the opening
 * day and how many of them use the app — the rest vote on paper, by proxy or in the room — and who
 * the register cannot yet place, so the birth dates are completed before the scheduler opens it.
 */
export const previewElectorate: UseCase<'voting', 'vote.preview'> = async (ctx, { consultationId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const v = await loadVote(ctx, consultationId, who);
  enforce(mayPreviewElectorate(v, who.member));
  const onDate = toChinaDateTimeParts(Math.max(ctx.now, v.vote.opensAt)).date;
  const { electors, undecided } = await buildElectorate(ctx.store, who.community, v.vote.scope, onDate);
  return {
    onDate,
    unit: unitOf(v.vote.scope),
    electors: electors.length,
    online: electors.filter((e) => e.voters.length > 0).length,
    undecided,
  };
};
