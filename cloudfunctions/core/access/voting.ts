import { transitionRefusal, type Actor } from '@shared';
import type { ConsultationDoc, MemberDoc, TallyDoc } from '../docs';
import { subjectOf } from '../consultation/applyTransition';
import type { VoteContext } from '../voting/loadVote';
import { mayActAsCommittee } from './committee';
import { ALLOWED, refused, refusedBy, type Decision } from './decision';

/**
 * May this member cast (or change) their ballot in this vote now? `ballot.cast` throws the refusal;
 * the vote screen's `can.cast` (and `me.canCast`, `me.why`) are this answer.
 */
export function mayCast(ctx: { now: number }, v: VoteContext, member: Pick<MemberDoc, '_id' | 'status'>): Decision {
  const { vote, elector, ballot } = v;
  const open = voteTakesBallots(ctx, v);
  if (!open.ok) return open;
  if (!elector) {
    return refused(
      'OUT_OF_SCOPE',
      '您不在本次表决的选民名单中',
      vote.scope.kind === 'owners' ? '本次为业主表决：每位业主一票，由登记业主（共有房屋由指定的共有人）投出，您不在投票人名单中' : undefined,
    );
  }
  if (ballot) {
    // An entered ballot the elector disputed gives way to the ballot they cast themselves.
    if (ballot.channel !== 'online' && ballot.entry?.state !== 'disputed') {
      if (ballot.entry?.by === 'family') return refused('CONFLICT', '您的家人已代您投票；如有异议，请在表决页面提出', '您的家人已代您投票');
      return refused('CONFLICT', '委员会已为您录入纸质或委托选票；如有异议，请在表决页面提出', '委员会已为您录入纸质或委托选票');
    }
    // Only a sealed secret vote's ballot has no choice left, and a sealed vote takes no ballot.
    if (!ballot.choice) return refused('DEADLINE_PASSED', '表决已经截止');
    if (ballot.channel === 'online' && ballot.castBy !== member._id) {
      return refused('CONFLICT', '您家的这一票已由家人投出，只能由投票人本人修改', '您家的这一票已由家人投出');
    }
  }
  // Last, so that a member whose request waits is still told why no one can vote yet.
  return member.status === 'active' ? ALLOWED : refused('NOT_MEMBER');
}

/** Does the vote take ballots now: opened, and not yet closed? */
export function voteTakesBallots(ctx: { now: number }, { tally, vote }: Pick<VoteContext, 'tally' | 'vote'>): Decision {
  if (!tally || tally.status === 'preparing' || ctx.now < vote.opensAt) return refused('TOO_EARLY', '表决尚未开始');
  if (tally.status !== 'open' || ctx.now >= vote.closesAt) return refused('DEADLINE_PASSED', '表决已经截止');
  return ALLOWED;
}

/**
 * May this member run the vote — open, close, enter paper ballots and the room's count? The
 * committee's use cases throw the refusal; the vote screen shows the committee's panel by it (`can.manage`).
 */
export function mayManageVote(member: Pick<MemberDoc, 'status' | 'role'>): Decision {
  return mayActAsCommittee(member);
}

/**
 * May this actor (a member's role, or the scheduler) open — or go on opening — the consultation's
 * current round now? openRound throws the refusal before writing anything; the vote screen's
 * `can.open` is this answer for the committee.
 */
export function mayOpenRound(ctx: { now: number }, c: ConsultationDoc, tally: TallyDoc | null, actor: Actor): Decision {
  if (tally && tally.status !== 'preparing' && tally.status !== 'open') {
    return refused('WRONG_STATE', '本轮表决已经结束；如需重新表决，请形成协商意见后提交会议表决');
  }
  const transition = c.status === 'escalated' ? 'openStatutoryVote' : 'openVote';
  return refusedBy(transitionRefusal(transition, actor, { subject: subjectOf(c), facts: { now: ctx.now } }));
}

/**
 * May this member close the vote and count it now (after the close time and its grace)? `vote.close`
 * throws the refusal; the vote screen's `can.close` is this answer.
 */
export function mayCloseVote(ctx: { now: number }, v: VoteContext, member: Pick<MemberDoc, 'status' | 'role'>): Decision {
  const committee = mayManageVote(member);
  if (!committee.ok) return committee;
  return refusedBy(transitionRefusal('closeVote', member.role, { subject: subjectOf(v.consultation), facts: { now: ctx.now } }));
}

/**
 * May this member enter a paper or proxy ballot now (while the vote is open, until its close time)?
 * `ballot.enterPaper` throws the refusal; the vote screen's `can.enterPaper` is this answer.
 */
export function mayEnterPaper(ctx: { now: number }, v: VoteContext, member: Pick<MemberDoc, 'status' | 'role'>): Decision {
  const committee = mayManageVote(member);
  if (!committee.ok) return committee;
  return v.tally && v.tally.status === 'open' && ctx.now < v.vote.closesAt ? ALLOWED : refused('DEADLINE_PASSED', '表决未在进行中');
}

/**
 * May this member see the electorate the register would give, before the vote opens? `vote.preview`
 * throws the refusal; the vote screen's `can.preview` is this answer.
 */
export function mayPreviewElectorate(v: VoteContext, member: Pick<MemberDoc, 'status' | 'role'>): Decision {
  const committee = mayManageVote(member);
  if (!committee.ok) return committee;
  return v.tally ? refused('WRONG_STATE', '表决已经开始，选民名单已确定') : ALLOWED;
}

/**
 * May this member list the vote's electors (who has voted, never how)? Once the electorate is all
 * written: a half-written list would mislead. `vote.electors` throws the refusal; `can.electors` is this answer.
 */
export function mayListElectors(v: VoteContext, member: Pick<MemberDoc, 'status' | 'role'>): Decision {
  const committee = mayManageVote(member);
  if (!committee.ok) return committee;
  return v.tally && v.tally.status !== 'preparing' ? ALLOWED : refused('WRONG_STATE', '表决尚未开始');
}

/**
 * May this member see who has not voted yet, to remind them? As the electors' list, and never in a
 * secret vote. `vote.participation` throws the refusal; `can.participation` is this answer.
 */
export function mayReadParticipation(v: VoteContext, member: Pick<MemberDoc, 'status' | 'role'>): Decision {
  const listed = mayListElectors(v, member);
  if (!listed.ok) return listed;
  return v.vote.secret ? refused('FORBIDDEN', '无记名表决不公开谁已投票') : ALLOWED;
}
