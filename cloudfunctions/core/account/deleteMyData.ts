import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { UseCase } from '../functionKit';
import { findMember } from '../access/requireMember';
import { withCommitteeSeatReleased } from '../member/committeeSeats';

/**
 * 删除我的数据 (个人信息保护法): the name, address and link to the openid go. What stays is an
 * anonymous tombstone with the same id and role, so timelines, audit events and (later) counted
 * ballots remain intact and show 已注销成员. The person can join again as someone new.
 */
export const deleteMyData: UseCase<'account', 'me.deleteData'> = async (ctx) => {
  const found = await findMember(ctx);
  if (!found) return { member: null, community: null, awaitingMyConfirmation: 0, unread: 0 };
  const { member, community } = found;
  const leavesCommittee = member.role === 'committee' && member.status === 'active';
  const changed = await withCommitteeSeatReleased(ctx, community._id, leavesCommittee, () =>
    ctx.store.update(
      'members',
      { _id: member._id, version: member.version },
      {
        set: {
          openid: `deleted:${member._id}`,
          name: '',
          address: { building: '', unit: '', room: '' },
          status: 'deleted',
          version: member.version + 1,
        },
        unset: ['unitId', 'ownerId', 'register', 'rejectReason', 'removeReason', 'decidedBy'],
      },
    ),
  );
  if (changed === 0) throw new DomainError('CONFLICT');
  // Nobody votes for an owner through a person who is gone; the roster forgets the match.
  if (member.ownerId) {
    await ctx.store.update('owners', { _id: member.ownerId, voterMemberId: member._id }, { set: { voterMemberId: null } });
  }
  await ctx.store.update('roster', { memberId: member._id }, { unset: ['memberId'] });
  // Messages, subscriptions and follows are about the person, not the record: they go too, as
  // does the mirror of their part in each consultation.
  for (const collection of ['feed', 'notifications', 'grants', 'follows', 'involvements'] as const) {
    await ctx.store.remove(collection, { memberId: member._id });
  }
  await auditBy(ctx, member, {
    action: 'me.deleteData',
    entity: 'member',
    entityId: member._id,
    before: { status: member.status, version: member.version },
    after: { status: 'deleted', version: member.version + 1 },
  });
  return { member: null, community: null, awaitingMyConfirmation: 0, unread: 0 };
};
