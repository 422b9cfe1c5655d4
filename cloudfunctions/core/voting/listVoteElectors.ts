import { FAMILY_LABEL, matchesPerson } from '@shared';
import type { UseCaseContext } from '../context';
import type { BallotDoc, ElectorDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { enforce } from '../access/decision';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { mayListElectors } from '../access/voting';
import { ballotId, loadVote, type VoteContext } from './loadVote';

const SHOWN = 50;

/**
 * 选民名单: the committee finds the elector a paper ballot is for, by name, address or the initials
 * of the name's pinyin (wxy for 王秀英, for elders without the app), and sees who
 * already has a ballot in — as a polling station's register is ticked off — so no photo is taken
 * and confirmed for a ballot that cannot be entered. Never what anyone chose: secret votes too.
 */
export const listVoteElectors: UseCase<'voting', 'vote.electors'> = async (ctx, { consultationId, query, electorId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const v = await loadVote(ctx, consultationId, who);
  enforce(mayListElectors(v, who.member));
  if (electorId !== undefined) return oneElector(ctx, v, electorId, v.tally!.electors);
  const electors = await ctx.store.find<ElectorDoc>('electors', { voteId: v.voteId }, { sort: [{ field: '_id', dir: 'asc' }] });
  const q = query?.trim() ?? '';
  const matching = q ? electors.filter((e) => e.label.includes(q) || matchesPerson({ name: '', initials: e.initials }, q)) : electors;
  const shown = matching.slice(0, SHOWN);
  const cast = await ctx.store.find<BallotDoc>('ballots', { _id: { $in: shown.map((e) => e._id) } });
  const voted = new Map(cast.map((b) => [b.electorId, b]));
  return {
    electors: shown.map((e) => row(e, voted.get(e.electorId) ?? null)),
    matching: matching.length,
    total: electors.length,
  };
};

/** The elector a scanned ballot names (表决票's code), and whether their ballot is in: two reads. */
async function oneElector(ctx: UseCaseContext, v: VoteContext, electorId: string, total: number) {
  const id = ballotId(v.voteId, electorId);
  const [elector, ballot] = await Promise.all([ctx.store.get<ElectorDoc>('electors', id), ctx.store.get<BallotDoc>('ballots', id)]);
  return {
    electors: elector ? [row(elector, ballot)] : [],
    matching: elector ? 1 : 0,
    total,
  };
}

/** One elector as the list shows them: whether a ballot is in, and 家人代办 when a household member cast it — never the choice. */
function row(e: ElectorDoc, ballot: BallotDoc | null) {
  return { electorId: e.electorId, label: e.label, voted: ballot !== null, ...(ballot?.entry?.by === 'family' ? { familyLabel: FAMILY_LABEL } : {}) };
}
