import {
  COMMISSION_OPEN_STATES,
  formatAddress,
  formatArea,
  maskName,
  MEMBER_STATUS_LABELS,
  roleLabel,
  ROLES,
  TENURE_LABELS,
  type CommunityKind,
  type MemberRowView,
  type MeView,
  type PendingRequestView,
  type Role,
  type UnitView,
} from '@shared';
import { toCommunityView } from '../communityView';
import type { UseCaseContext } from '../context';
import type { MemberDoc, UnitDoc } from '../docs';
import { feedItemsOf, unreadIn } from '../account/feedPage';
import type { Registry } from './registry';
import type { MemberInCommunity } from '../access/requireMember';

function toUnitView(u: UnitDoc, kind: CommunityKind): UnitView {
  return { id: u._id, label: formatAddress(u, kind), area: u.areaHundredths === null ? '' : formatArea(u.areaHundredths) };
}

/** A member as the committee sees them in its own community: the full name, never a phone number. */
export function toMemberRow(m: MemberDoc, kind: CommunityKind): MemberRowView {
  return {
    id: m._id,
    name: m.name,
    role: m.role,
    roleLabel: roleLabel(m.role, kind),
    status: m.status,
    statusLabel: MEMBER_STATUS_LABELS[m.status],
    address: formatAddress(m.address, kind),
    tenureLabel: TENURE_LABELS[m.tenure],
    joinedAt: m.joinedAt,
  };
}

export function toPendingRequest(m: MemberDoc, registry: Registry, kind: CommunityKind): PendingRequestView {
  const unit = m.unitId ? registry.units.find((u) => u._id === m.unitId) : registry.unitAt(m.address);
  const entry = registry.rosterEntry(m.name, m.address);
  return {
    id: m._id,
    name: m.name,
    address: formatAddress(m.address, kind),
    tenureLabel: TENURE_LABELS[m.tenure],
    requestedAt: m.requestedAt,
    ...(unit ? { unit: toUnitView(unit, kind) } : {}),
    onRoster: Boolean(entry),
    registeredOwner: m.tenure === 'owner' && registry.isRegisteredOwner(unit, m.name),
    ...(entry?.representative ? { rosterRoleLabel: roleLabel('representative', kind) } : {}),
  };
}

export function countByRole(members: MemberDoc[]): Record<Role, number> {
  const counts = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const m of members) if (m.status === 'active') counts[m.role] += 1;
  return counts;
}

function decisionReason(m: MemberDoc): { reason?: string } {
  const reason = m.status === 'rejected' ? m.rejectReason : m.status === 'removed' ? m.removeReason : undefined;
  return reason ? { reason } : {};
}

/** 我的: everything held about the caller, the units they vote for, and the committee's desk. */
export async function toMeView(ctx: UseCaseContext, found: MemberInCommunity | null): Promise<MeView> {
  if (!found) return { member: null, community: null, awaitingMyConfirmation: 0, unread: 0 };
  const { member: m, community } = found;
  const [owned, awaitingMyConfirmation, unread] = await Promise.all([
    m.ownerId ? ctx.store.find<UnitDoc>('units', { ownerId: m.ownerId }) : Promise.resolve([]),
    ctx.store.count('opinions', { authorId: m._id, 'entry.state': 'pending' }),
    feedItemsOf(ctx, m).then(unreadIn),
  ]);
  const view: MeView = {
    member: {
      ...toMemberRow(m, community.kind),
      verified: m.status === 'active',
      tenure: m.tenure,
      units: owned.map((u) => toUnitView(u, community.kind)),
      requestedAt: m.requestedAt,
      ...decisionReason(m),
      ...(m.care === undefined ? {} : { care: m.care }),
    },
    community: toCommunityView(community),
    awaitingMyConfirmation,
    unread,
  };
  if (m.status === 'active' && m.role === 'committee') {
    const [pendingCount, unansweredOpinions, commissions] = await Promise.all([
      ctx.store.count('members', { communityId: community._id, status: 'pending' }),
      ctx.store.count('opinions', { communityId: community._id, answered: false, moderation: { $ne: 'hidden' } }),
      ctx.store.count('commissions', { communityId: community._id, state: { $in: [...COMMISSION_OPEN_STATES] } }),
    ]);
    view.committee = { inviteCode: community.inviteCode, pendingCount, unansweredOpinions, commissions };
  }
  return view;
}

/** An author's name: in full for those who may see it (the committee, the author), masked for others. */
export function authorName(m: MemberDoc | undefined, inFull: boolean): string {
  if (!m || m.status === 'deleted') return '已注销成员';
  return inFull ? m.name : maskName(m.name);
}

/** A member as the committee's and supervisors' records name them: name and home. */
export function recordName(m: MemberDoc, kind: CommunityKind): string {
  return m.status === 'deleted' ? '已注销成员' : `${m.name}（${formatAddress(m.address, kind)}）`;
}

/** How a member appears to others: role and masked name, or nothing once they deleted their data. */
export function publicName(m: MemberDoc | undefined, kind: CommunityKind, actingRole?: Role): string {
  if (!m || m.status === 'deleted') return '已注销成员';
  return `${roleLabel(actingRole ?? m.role, kind)} ${maskName(m.name)}`;
}
