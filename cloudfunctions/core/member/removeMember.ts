import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { toMemberRow } from './views';
import { changeMember } from './changeMember';
import { loadMember } from './loadMember';

/**
 * 移出成员: the person no longer speaks or votes here (moved away, say). Their record stays for the
 * archive; if they cast an owner's vote, that owner waits for a new voter.
 */
export const removeMember: UseCase<'member', 'member.remove'> = async (ctx, { memberId, reason }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  if (reason === '') throw new DomainError('REASON_REQUIRED', '请填写移出的原因');
  const m = await loadMember(ctx, memberId, who);
  if (m.status !== 'active') throw new DomainError('WRONG_STATE', '只能移出已认证的成员');
  const removed = await changeMember(ctx, who, m, {
    action: 'member.remove',
    set: { status: 'removed', removeReason: reason, decidedBy: who.member._id },
    unset: ['ownerId'],
    note: reason,
  });
  if (m.ownerId) {
    await ctx.store.update('owners', { _id: m.ownerId, voterMemberId: m._id }, { set: { voterMemberId: null } });
  }
  return toMemberRow(removed, who.community.kind);
};
