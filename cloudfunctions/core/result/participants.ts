import type { SystemContext, UseCaseContext } from '../context';
import { ballotId } from '../voting/loadVote';
import type { AttendanceDoc, BallotDoc, ConsultationDoc, ElectorDoc, OpinionDoc } from '../docs';

/**
 * Who took part in a consultation: applied to attend (or said they could not), gave an opinion,
 * or voted — online, or through a ballot entered for their elector. They hear what became of it
 * and may rate it.
 */
export async function participantsOf(ctx: SystemContext, c: ConsultationDoc): Promise<Set<string>> {
  const [attendance, opinions, ballots, electors] = await Promise.all([
    ctx.store.find<AttendanceDoc>('attendance', { consultationId: c._id }),
    ctx.store.find<OpinionDoc>('opinions', { consultationId: c._id }),
    ctx.store.find<BallotDoc>('ballots', { consultationId: c._id }),
    ctx.store.find<ElectorDoc>('electors', { consultationId: c._id }),
  ]);
  const voted = new Set(ballots.map((b) => ballotId(b.voteId, b.electorId)));
  const people = new Set<string>([...attendance.map((a) => a.memberId), ...opinions.map((o) => o.authorId)]);
  for (const b of ballots) if (b.channel === 'online') people.add(b.castBy);
  for (const e of electors) if (voted.has(ballotId(e.voteId, e.electorId))) for (const v of e.voters) people.add(v);
  return people;
}

/** Whether this member took part, read without listing everyone. */
export async function tookPart(ctx: UseCaseContext, c: ConsultationDoc, memberId: string): Promise<boolean> {
  const [attended, spoke, cast] = await Promise.all([
    ctx.store.count('attendance', { consultationId: c._id, memberId }),
    ctx.store.count('opinions', { consultationId: c._id, authorId: memberId }),
    ctx.store.count('ballots', { consultationId: c._id, castBy: memberId }),
  ]);
  if (attended + spoke + cast > 0) return true;
  const mine = await ctx.store.find<ElectorDoc>('electors', { consultationId: c._id, voters: memberId });
  for (const e of mine) if (await ctx.store.get<BallotDoc>('ballots', ballotId(e.voteId, e.electorId))) return true;
  return false;
}
