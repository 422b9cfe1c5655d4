import type { SystemContext } from '../context';
import type { ConsultationDoc, TallyDoc } from '../docs';
import { enforce } from '../access/decision';
import { mayOpenRound } from '../access/voting';
import { actorOf, applyTransition, type Acting } from '../consultation/applyTransition';
import { voteOpened } from '../notify/events/voteOpened';
import { announcementOf } from '../notify/notify';
import type { Budget } from '../scheduler/budget';
import { voteIdOf } from './loadVote';
import { startSnapshot, writeSnapshot } from './snapshot';

/**
 * 开始表决, by the committee or by the scheduler at the opening time: the electorate is taken
 * from the register at this moment (later joiners do not vote in it) and written as a job
 * (snapshot.ts) as far as the budget goes; once it is all in, the tally opens and the consultation
 * moves to voting, every voter told in the same write. Until then it stays as it was, and the next
 * run (or tap) goes on. After an escalation the same step opens the statutory meeting's vote (a new
 * round with its own electorate and tally). Returns the consultation as it now stands.
 */
export async function openRound(ctx: SystemContext, acting: Acting, c: ConsultationDoc, budget: Budget): Promise<ConsultationDoc> {
  const transition = c.status === 'escalated' ? 'openStatutoryVote' : 'openVote';
  const voteId = voteIdOf(c);
  let tally = await ctx.store.get<TallyDoc>('tallies', voteId);
  // Refuse before any writing: the same checks the transition itself makes.
  enforce(mayOpenRound(ctx, c, tally, actorOf(acting).role));
  if (!tally) {
    const started = await startSnapshot(ctx, c, voteId);
    tally = await writeSnapshot(ctx, c, started.tally, budget, started);
  } else if (tally.status === 'preparing') {
    tally = await writeSnapshot(ctx, c, tally, budget);
  }
  if (tally.status !== 'open') return c;
  return applyTransition(ctx, acting, c, transition, { set: { voteOpened: true }, announce: [announcementOf(ctx, voteOpened, { c, voteId })] });
}
