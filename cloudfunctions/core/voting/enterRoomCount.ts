import { DomainError, ROOM_METHOD_LABELS, countersProblem, roomCountProblem, roomCountRefusal, roomMethodProblem } from '@shared';
import { auditBy } from '../audit';
import type { RoomCount } from '../docs';
import type { UseCase } from '../functionKit';
import { meetingRefOf, presentAt, readMeeting } from '../meeting/meetings';
import { requireMember } from '../access/requireMember';
import { enforce } from '../access/decision';
import { mayManageVote } from '../access/voting';
import { checkPhotos } from '../participation/checks';
import { loadVote } from './loadVote';
import { toVoteView } from './voteView';
import { OVERSEERS } from '../files/fileRecords';

/**
 * 会场计票: the host enters what the room counted — 同意, 反对, 弃权 and 未表态 — which must be every
 * one of those present when check-in closed, with the 计票人 and 监票人 (two people, neither the
 * host) and the signed 计票单. Who was present is then fixed. The count decides on those present:
 * their ballots online or on paper are not counted again (countVotes.ts). Entering it again
 * before the vote is counted replaces it, both kept in the audit.
 */
export const enterRoomCount: UseCase<'voting', 'vote.enterRoomCount'> = async (ctx, input) => {
  const who = await requireMember(ctx);
  enforce(mayManageVote(who.member));
  const v = await loadVote(ctx, input.consultationId, who);
  const c = v.consultation;
  const refusal =
    roomCountRefusal({ phase: v.tally?.status ?? 'planned', rule: v.vote.rule, meeting: meetingRefOf(c) }) ?? roomMethodProblem(input.method, v.vote.secret);
  if (refusal) throw new DomainError('WRONG_STATE', refusal);
  const counters = countersProblem(input.teller, input.scrutineer, c.plan.host);
  if (counters) throw new DomainError('INVALID_INPUT', counters);
  // The signed 计票单: for those who oversee the count.
  await checkPhotos(ctx, input.evidence, { by: who.member._id, readers: { kind: 'roles', roles: OVERSEERS, people: [] } });
  const meeting = (await readMeeting(ctx, c))!;
  const present = await presentAt(ctx, meeting._id);
  const problem = roomCountProblem(input.counts, present);
  if (problem) throw new DomainError('INVALID_INPUT', problem);
  // Who was present is fixed now: no one leaves the list the count was made of.
  if (meeting.status !== 'counted') {
    const fixed = await ctx.store.update('meetings', { _id: meeting._id, status: 'closed' }, { set: { status: 'counted' }, inc: { version: 1 } });
    if (!fixed || (await presentAt(ctx, meeting._id)) !== present) throw new DomainError('CONFLICT', '到会人数刚刚有变化，请刷新后重新核对');
  }
  const room: RoomCount = {
    meetingId: meeting._id,
    method: input.method,
    counts: input.counts,
    present,
    teller: input.teller,
    scrutineer: input.scrutineer,
    evidence: input.evidence,
    by: who.member._id,
    at: ctx.now,
  };
  if (!(await ctx.store.update('tallies', { _id: v.voteId, status: 'open' }, { set: { room } }))) throw new DomainError('DEADLINE_PASSED', '表决未在进行中');
  const { agree, disagree, abstain, silent } = input.counts;
  await auditBy(ctx, who.member, {
    action: 'vote.enterRoomCount',
    entity: 'tally',
    entityId: `${v.voteId}:room`,
    before: v.tally?.room ? { status: 'room', version: v.tally.room.at } : null,
    after: { status: 'room', version: ctx.now },
    note: `${ROOM_METHOD_LABELS[input.method]}：实到 ${present}，同意 ${agree}，反对 ${disagree}，弃权 ${abstain}，未表态 ${silent}；计票人 ${input.teller}，监票人 ${input.scrutineer}`,
  });
  return toVoteView(ctx, { ...v, tally: { ...v.tally!, room } }, who);
};
