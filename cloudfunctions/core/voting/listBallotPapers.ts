import { AREA_RULES, DomainError, type BallotPapersView } from '@shared';
import type { ElectorDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { ballotId, loadVote } from './loadVote';

/** Ballots per call: a printable of thousands loads in pages, each a handful of requests. */
const BALLOT_PAGE = 500;

const squareMetres = (hundredths: number) => (hundredths / 100).toFixed(2);

/**
 * 表决票: the paper ballots of an open vote round, one per elector, a page at a time in elector
 * order (`after` is the last elector of the page before). Each ballot's code names the elector, so
 * the committee enters it against the right one. A secret vote's ballots print no name, place or
 * area, only the code: whoever handles the box cannot read off the paper whose choice it carries.
 * The code still names the elector, since a paper ballot is entered against the electorate.
 */
export const listBallotPapers: UseCase<'voting', 'vote.ballotPapers'> = async (ctx, { consultationId, after }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const v = await loadVote(ctx, consultationId, who);
  if (v.tally?.status !== 'open') throw new DomainError('WRONG_STATE', v.tally ? '表决已结束，不能再打印表决票' : '表决开始后才能打印表决票');
  const page = await ctx.store.find<ElectorDoc>(
    'electors',
    { voteId: v.voteId, ...(after ? { _id: { $gt: ballotId(v.voteId, after) } } : {}) },
    { sort: [{ field: '_id', dir: 'asc' }], limit: BALLOT_PAGE },
  );
  const weighsArea = AREA_RULES.includes(v.vote.rule);
  const last = page.at(-1);
  return {
    consultationId,
    communityName: who.community.name,
    title: v.consultation.plan.title,
    question: v.vote.question,
    secret: v.vote.secret,
    total: v.tally.electors,
    ballots: page.map((e): BallotPapersView['ballots'][number] =>
      v.vote.secret
        ? { electorId: e.electorId }
        : {
            electorId: e.electorId,
            label: e.label,
            ...(e.place ? { place: e.place } : {}),
            ...(weighsArea ? { area: squareMetres(e.areaHundredths) } : {}),
          },
    ),
    ...(page.length === BALLOT_PAGE && last ? { next: last.electorId } : {}),
  };
};
