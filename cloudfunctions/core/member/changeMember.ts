import { DomainError, MEMBER_STATUS_LABELS, type AuditAction } from '@shared';
import { auditBy } from '../audit';
import type { UseCaseContext } from '../context';
import type { MemberDoc } from '../docs';
import type { MemberInCommunity } from '../access/requireMember';
import type { Update } from '../store/port';
import { withCommitteeSeatReleased } from './committeeSeats';

export interface MemberChange {
  action: AuditAction;
  /** The fields written with the new version. */
  set: Partial<MemberDoc>;
  unset?: (keyof MemberDoc)[];
  note?: string;
}

/**
 * A committee member's decision about another member: a guarded update on the version they saw,
 * with the audit event naming who decided. A change that takes someone off the committee goes
 * through the committee-seat guard, so the community always keeps one.
 */
export async function changeMember(
  ctx: UseCaseContext,
  { member: actor, community }: MemberInCommunity,
  target: MemberDoc,
  change: MemberChange,
): Promise<MemberDoc> {
  const version = target.version + 1;
  const next = { ...target, ...change.set, version };
  const leavesCommittee = target.role === 'committee' && target.status === 'active' && (next.role !== 'committee' || next.status !== 'active');
  const update: Update = { set: { ...change.set, version } };
  if (change.unset?.length) update.unset = change.unset;
  const changed = await withCommitteeSeatReleased(ctx, community._id, leavesCommittee, () =>
    ctx.store.update('members', { _id: target._id, version: target.version }, update),
  );
  if (changed === 0) {
    const now = await ctx.store.get<MemberDoc>('members', target._id);
    throw now && now.status !== target.status
      ? new DomainError('WRONG_STATE', `该成员已被他人处理，当前状态：${MEMBER_STATUS_LABELS[now.status]}`)
      : new DomainError('CONFLICT');
  }
  await auditBy(ctx, actor, {
    action: change.action,
    entity: 'member',
    entityId: target._id,
    before: { status: target.status, version: target.version, role: target.role },
    after: { status: next.status, version, role: next.role },
    ...(change.note ? { note: change.note } : {}),
  });
  for (const k of change.unset ?? []) delete next[k];
  return next;
}
