import { adultOn } from '@shared';
import type { BallotDoc, ElectorDoc, FamilyProxyDoc, MemberDoc, RosterEntryDoc } from '../docs';
import type { VoteContext } from '../voting/loadVote';
import { voteTakesBallots } from './voting';
import { householdOf, isCurrent } from '../register/people';
import { ALLOWED, refused, type Decision } from './decision';

/**
 * May this member act for this register entry (家人代办: enter their opinion, ask to cast their
 * ballot)? Only for another current adult of the same 户 in the member's own community's register,
 * and only while the member is themselves linked to a current entry: never for a neighbour, nor for
 * someone of another household. Every family use case throws the refusal; the family screens list
 * only the people it allows.
 */
export function mayActFor(
  helper: Pick<MemberDoc, '_id' | 'communityId' | 'status'>,
  own: RosterEntryDoc | null,
  relative: RosterEntryDoc | null,
  today: string,
): Decision {
  if (helper.status !== 'active') return refused('NOT_MEMBER');
  if (!relative || relative.communityId !== helper.communityId) return refused('NOT_FOUND', '名册中没有这位家人');
  if (!own || own.memberId !== helper._id || !isCurrent(own)) return refused('OUT_OF_SCOPE', '您还没有与居民名册关联，暂不能为家人代办');
  if (relative._id === own._id) return refused('OUT_OF_SCOPE', '为自己办理，请直接在协商页面操作');
  if (householdOf(relative) !== householdOf(own)) return refused('OUT_OF_SCOPE', '只能为名册上同一户的家人代办');
  if (!isCurrent(relative)) return refused('OUT_OF_SCOPE', '这位家人已不在册');
  if (adultOn(relative.birth, today) !== 'adult') return refused('OUT_OF_SCOPE', '只能为已成年的家人代办');
  return ALLOWED;
}

/** What a household member's step in a relative's vote turns on: their elector, 委托书 and ballot. */
export interface RelativeInVote {
  elector: ElectorDoc | null;
  request: FamilyProxyDoc | null;
  ballot: BallotDoc | null;
}

/** The relative's ballot may still be asked for: the vote takes ballots, they are an elector, and none is cast yet. */
function ballotStillOpen(ctx: { now: number }, v: Pick<VoteContext, 'tally' | 'vote'>, r: RelativeInVote): Decision {
  const open = voteTakesBallots(ctx, v);
  if (!open.ok) return open;
  if (!r.elector) return refused('OUT_OF_SCOPE', '这位家人不在本次表决的选民名单中（以户表决时，本户成员直接投出本户的一票）');
  if (r.ballot) return refused('CONFLICT', '这位家人的选票已经投出');
  return ALLOWED;
}

/**
 * May this member upload a signed 委托书 for a relative's ballot now? `family.requestProxy` throws
 * the refusal; the family vote screen's `can.request` is this answer. Another can be sent once the
 * committee has refused the last.
 */
export function mayRequestProxy(ctx: { now: number }, v: Pick<VoteContext, 'tally' | 'vote'>, r: RelativeInVote, helperId: string): Decision {
  const open = ballotStillOpen(ctx, v, r);
  if (!open.ok || !r.request || r.request.state === 'refused') return open;
  if (r.request.helperId !== helperId) return refused('CONFLICT', '家里已有人为这位家人上传了委托书');
  return refused('WRONG_STATE', r.request.state === 'pending' ? '委托书已上传，正在等待委员会确认' : '委员会已确认委托书，可以代为表决');
}

/**
 * May this member cast a relative's ballot now: with a 委托书 of their own the committee confirmed?
 * `family.castFor` throws the refusal; the family vote screen's `can.cast` is this answer.
 */
export function mayCastForRelative(ctx: { now: number }, v: Pick<VoteContext, 'tally' | 'vote'>, r: RelativeInVote, helperId: string): Decision {
  const open = ballotStillOpen(ctx, v, r);
  if (!open.ok) return open;
  if (!r.request || r.request.helperId !== helperId) return refused('WRONG_STATE', '请先上传这位家人签字的委托书');
  if (r.request.state === 'pending') return refused('WRONG_STATE', '委托书正在等待委员会确认');
  if (r.request.state === 'refused') return refused('WRONG_STATE', `委员会退回了委托书：${r.request.reason ?? ''}`);
  return ALLOWED;
}
