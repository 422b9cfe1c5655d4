import { CHOICES, judge, noCounts, type ChoiceCounts } from '@shared';
import { findIn } from '../batches';
import type { SystemContext } from '../context';
import type { BallotDoc, CheckinDoc, ElectorDoc, RoomCount, TallyCounting, TallyDoc, VoteCounters } from '../docs';
import type { Budget } from '../scheduler/budget';

/** Ballots per page, CloudBase's largest read; their electors are then read by the same ids (two `$in` of 500, batches.ts). */
export const COUNT_PAGE = 1000;

/**
 * 计票: the recount that seals a vote, as a job on the tally. Starting it stops the vote taking
 * ballots; pages of ballots (in id order) are checked against the electorate snapshot and added to
 * the sums, which are saved every few pages and when the budget runs out, in an update guarded on
 * the cursor: pages are added once however many runs count at once, and a run killed between saves
 * leaves the sums as last saved, for the next run to go on from. The last page seals the tally
 * with the rule's decision on the sums (`judge`).
 */
export async function startCounting(ctx: SystemContext, tally: TallyDoc): Promise<TallyDoc> {
  const counting: TallyCounting = { cursor: '', by: noCounts(), rejected: [], ballots: 0, startedAt: ctx.now };
  const started = await ctx.store.update('tallies', { _id: tally._id, status: 'open' }, { set: { status: 'counting', counting } });
  return started ? { ...tally, status: 'counting', counting } : reread(ctx, tally);
}

/** Pages between saves: a run killed in between counts at most these again. */
const SAVE_EVERY = 10;

/** Counts pages while the budget lasts (the first always); the tally as it then stands, sealed when done. */
export async function countVotes(ctx: SystemContext, tally: TallyDoc, budget: Budget): Promise<TallyDoc> {
  let t = tally;
  let sums = t.counting!;
  const inRoom = await presentInRoom(ctx, t);
  for (let pages = 1; ; pages++) {
    const { next, last } = await countPage(ctx, t._id, sums, inRoom);
    const saved = { _id: t._id, status: 'counting', 'counting.cursor': t.counting!.cursor };
    if (last) return seal(ctx, t, next, saved);
    sums = next;
    const more = budget.left();
    if (more && pages % SAVE_EVERY !== 0) continue;
    t = (await ctx.store.update('tallies', saved, { set: { counting: sums } })) ? { ...t, counting: sums } : await reread(ctx, t);
    // Another run moved the count meanwhile: go on from where it left it.
    if (t.status !== 'counting' || !more) return t;
    sums = t.counting!;
  }
}

/**
 * One page of ballots after the cursor, added to the sums; `last` when it is the final page. At a
 * meeting vote the electors present were counted in the room: their ballots are not counted again.
 */
async function countPage(ctx: SystemContext, voteId: string, was: TallyCounting, inRoom: Set<string>): Promise<{ next: TallyCounting; last: boolean }> {
  const page = await ctx.store.find<BallotDoc>('ballots', { voteId, _id: { $gt: was.cursor } }, { sort: [{ field: '_id', dir: 'asc' }], limit: COUNT_PAGE });
  // An elector's snapshot record has its ballot's id (loadVote.ts ballotId): the same ids find both.
  const electors = new Map(
    (
      await findIn<ElectorDoc>(
        ctx.store,
        'electors',
        '_id',
        page.map((b) => b._id),
      )
    ).map((e) => [e._id, e]),
  );
  const next: TallyCounting = {
    ...was,
    by: structuredClone(was.by),
    rejected: [...was.rejected],
    ballots: was.ballots + page.length,
    cursor: page.at(-1)?._id ?? was.cursor,
  };
  for (const b of page) {
    const elector = electors.get(b._id);
    if (!elector || elector.electorId !== b.electorId || !b.choice) {
      next.rejected.push(b.electorId);
      continue;
    }
    if (inRoom.has(b.electorId)) continue;
    next.by[b.choice].heads += 1;
    next.by[b.choice].hundredths += elector.areaHundredths;
  }
  return { next, last: page.length < COUNT_PAGE };
}

/**
 * The electors present at the meeting whose room count is in: read once a run (a page per 1,000
 * present), fixed since the count was entered — no one checks in or out of a counted meeting.
 */
async function presentInRoom(ctx: SystemContext, t: TallyDoc): Promise<Set<string>> {
  if (!t.room) return new Set();
  const present = await ctx.store.find<CheckinDoc>('checkins', { meetingId: t.room.meetingId, present: true });
  return new Set(present.map((k) => k.electorId));
}

/**
 * The last page: the decision on the sums, the live counters set to the recount, the verdict
 * copied to the consultation; a secret vote is marked for its choices to be unlinked.
 */
async function seal(ctx: SystemContext, t: TallyDoc, count: TallyCounting, guard: Record<string, string>): Promise<TallyDoc> {
  const rule = { kind: t.rule, ...(t.thresholds ? { thresholds: t.thresholds } : {}) };
  // Persons, households or members: the scope chose which of the rule's tests applies when the vote opened.
  const { by, silent } = withRoom(count.by, t.room);
  const decision = judge({ rule, form: t.form ?? 'persons', count: { by, silent, rejected: count.rejected, headsTotal: t.electors, areaTotal: t.areaTotal } });
  const sealed = { decision, sealedAt: ctx.now, ballots: count.ballots };
  // A secret vote's choices are to go from the ballots next (unlinkChoices.ts): the mark is sealed with the result, so no crash skips it.
  const set = { status: 'sealed' as const, sealed, counters: countersOf(by), ...(t.secret ? { unlinking: { startedAt: ctx.now } } : {}) };
  if ((await ctx.store.update('tallies', guard, { set, unset: ['counting'] })) === 0) return reread(ctx, t);
  // Only the run that sealed it copies the verdict; one that stops before this leaves the detail screen reading the tally.
  const verdict = { voteId: t._id, round: t.round, passed: decision.passed, explanation: decision.explanation };
  await ctx.store.update('consultations', { _id: t.consultationId }, { set: { verdict } });
  const { counting: _done, ...rest } = t;
  return { ...rest, ...set };
}

/** The ballots' sums with the room's hands added; the room's heads weigh no area (owners never vote by room count). */
function withRoom(ballots: ChoiceCounts, room: RoomCount | undefined): { by: ChoiceCounts; silent: number } {
  if (!room) return { by: ballots, silent: 0 };
  const by = structuredClone(ballots);
  for (const choice of CHOICES) by[choice].heads += room.counts[choice];
  return { by, silent: room.counts.silent };
}

function countersOf(by: ChoiceCounts): VoteCounters {
  return {
    agree: by.agree.heads,
    disagree: by.disagree.heads,
    abstain: by.abstain.heads,
    agreeArea: by.agree.hundredths,
    disagreeArea: by.disagree.hundredths,
    abstainArea: by.abstain.hundredths,
  };
}

async function reread(ctx: SystemContext, t: TallyDoc): Promise<TallyDoc> {
  return (await ctx.store.get<TallyDoc>('tallies', t._id)) ?? t;
}
