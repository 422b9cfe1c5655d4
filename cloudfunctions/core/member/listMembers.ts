import { addressMatches, formatAddress } from '@shared';
import { toCommunityView } from '../communityView';
import type { MemberDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { loadRegistry } from './registry';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { countByRole, toMemberRow, toPendingRequest } from './views';

/** The committee's member screen in one call: requests waiting for a decision, and the members, searchable. */
export const listMembers: UseCase<'member', 'member.list'> = async (ctx, { query }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const { community } = who;
  const [members, registry] = await Promise.all([
    ctx.store.find<MemberDoc>('members', { communityId: community._id, status: { $in: ['pending', 'active'] } }),
    loadRegistry(ctx.store, community._id),
  ]);
  const byAddress = (a: MemberDoc, b: MemberDoc) =>
    formatAddress(a.address, community.kind).localeCompare(formatAddress(b.address, community.kind), 'zh-CN', { numeric: true });
  const q = query?.trim();
  const matches = (m: MemberDoc) => !q || m.name.includes(q) || addressMatches(m.address, q);
  return {
    community: toCommunityView(community),
    pending: members
      .filter((m) => m.status === 'pending')
      .sort((a, b) => a.requestedAt - b.requestedAt)
      .map((m) => toPendingRequest(m, registry, community.kind)),
    members: members
      .filter((m) => m.status === 'active' && matches(m))
      .sort(byAddress)
      .map((m) => toMemberRow(m, community.kind)),
    counts: countByRole(members),
  };
};
