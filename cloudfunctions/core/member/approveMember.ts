import { DomainError } from '@shared';
import type { MemberDoc, UnitDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadRegistry } from './registry';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { toMemberRow } from './views';
import { changeMember } from './changeMember';
import { loadMember } from './loadMember';
import { applicationApproved } from '../notify/events/approved';
import { notify } from '../notify/notify';
import { registerFactsOf } from '../register/people';

/**
 * 审核通过: the committee approves a request, confirming the household (the unit matched at the
 * address, or one the committee picks). The 花名册 supplies the role (居民代表), and a person the
 * 房屋台账 names as the unit's owner becomes the one who votes for that owner, if nobody does yet.
 */
export const approveMember: UseCase<'member', 'member.approve'> = async (ctx, { memberId, unitId }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const { community } = who;
  const m = await loadMember(ctx, memberId, who);
  if (m.status !== 'pending') throw new DomainError('WRONG_STATE', '该申请已处理');
  const registry = await loadRegistry(ctx.store, community._id);
  const unit = pickUnit(registry.units, unitId ?? m.unitId) ?? registry.unitAt(m.address);
  const entry = registry.rosterEntry(m.name, m.address);
  const ownerId = m.tenure === 'owner' && unit?.ownerId && registry.isRegisteredOwner(unit, m.name) ? unit.ownerId : undefined;

  const set: Partial<MemberDoc> = {
    status: 'active',
    role: entry?.representative ? 'representative' : 'resident',
    joinedAt: ctx.now,
    decidedBy: who.member._id,
    ...(unit ? { unitId: unit._id } : {}),
    ...(entry ? { register: registerFactsOf(entry) } : {}),
  };
  const approved = await changeMember(ctx, who, m, { action: 'member.approve', set });
  if (entry) await ctx.store.update('roster', { _id: entry._id }, { set: { memberId: m._id } });
  if (ownerId) await becomeVoter(ctx, approved, ownerId);
  await notify(ctx, applicationApproved, { member: approved, community });
  return toMemberRow(approved, community.kind);
};

function pickUnit(units: UnitDoc[], unitId: string | undefined): UnitDoc | undefined {
  if (!unitId) return undefined;
  const unit = units.find((u) => u._id === unitId);
  if (!unit) throw new DomainError('NOT_FOUND', '所选房屋不在本社区的房屋台账中');
  return unit;
}

/** Claims the owner's single vote for this member, unless another member already holds it. */
async function becomeVoter(ctx: Parameters<UseCase<'member', 'member.approve'>>[0], m: MemberDoc, ownerId: string) {
  const claimed = await ctx.store.update('owners', { _id: ownerId, voterMemberId: null }, { set: { voterMemberId: m._id } });
  if (claimed === 1) await ctx.store.update('members', { _id: m._id }, { set: { ownerId } });
}
