import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { toMemberRow } from './views';
import { withCommitteeSeatTaken } from './committeeSeats';
import { changeMember } from './changeMember';
import { loadMember } from './loadMember';

/** 调整角色: the committee names representatives, supervisors and fellow committee members; the audit says who did it. */
export const changeRole: UseCase<'member', 'member.changeRole'> = async (ctx, { memberId, role }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const m = await loadMember(ctx, memberId, who);
  if (m.status !== 'active') throw new DomainError('WRONG_STATE', '只能调整已认证成员的角色');
  if (m.role === role) return toMemberRow(m, who.community.kind);
  const change = () => changeMember(ctx, who, m, { action: 'member.changeRole', set: { role }, note: `${m.role} → ${role}` });
  const changed = role === 'committee' ? await withCommitteeSeatTaken(ctx, who.community._id, change) : await change();
  return toMemberRow(changed, who.community.kind);
};
