import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { toMemberRow } from './views';
import { changeMember } from './changeMember';
import { loadMember } from './loadMember';

/** 审核不通过: the request is refused with a reason the person will read. */
export const rejectMember: UseCase<'member', 'member.reject'> = async (ctx, { memberId, reason }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  if (reason === '') throw new DomainError('REASON_REQUIRED', '请填写不通过的原因，申请人会看到');
  const m = await loadMember(ctx, memberId, who);
  if (m.status !== 'pending') throw new DomainError('WRONG_STATE', '该申请已处理');
  const rejected = await changeMember(ctx, who, m, {
    action: 'member.reject',
    set: { status: 'rejected', rejectReason: reason, decidedBy: who.member._id },
    note: reason,
  });
  return toMemberRow(rejected, who.community.kind);
};
