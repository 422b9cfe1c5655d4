import { FAMILY_LABEL, type ProxyRequestsView } from '@shared';
import type { CommunityRef } from '../access/requireMember';
import type { UseCaseContext } from '../context';
import type { ElectorDoc, FamilyProxyDoc } from '../docs';
import { readNamed } from '../member/named';
import { recordName } from '../member/views';
import type { VoteContext } from '../voting/loadVote';

/** A 委托书's audit events: apart from its ballot's own, whose versions they would otherwise take. */
export const proxyAuditId = (ballotId: string) => `${ballotId}:proxy`;

/** How many 委托书 the committee's screen lists at once: the oldest first, the rest after these are decided. */
const PAGE = 50;

/**
 * The 委托书 waiting for the committee in one vote, oldest first, with whose ballot, who asked and
 * the photos: four reads, however many electors the vote has.
 */
export async function pendingRequests(ctx: UseCaseContext, v: VoteContext, community: CommunityRef): Promise<ProxyRequestsView> {
  const pending = await ctx.store.find<FamilyProxyDoc>(
    'familyProxies',
    { voteId: v.voteId, state: 'pending' },
    { sort: [{ field: 'at', dir: 'asc' }], limit: PAGE },
  );
  if (pending.length === 0) return { pending: [] };
  const [electors, helpers, urls] = await Promise.all([
    ctx.store.find<ElectorDoc>('electors', { _id: { $in: pending.map((p) => p._id) } }),
    readNamed(
      ctx,
      pending.map((p) => p.helperId),
    ),
    ctx.files.urls(pending.flatMap((p) => p.evidence)),
  ]);
  const labels = new Map(electors.map((e) => [e._id, e.label]));
  return {
    pending: pending.map((p) => {
      const helper = helpers.get(p.helperId);
      return {
        electorId: p.electorId,
        electorLabel: labels.get(p._id) ?? '',
        helperName: helper ? recordName(helper, community.kind) : '已注销成员',
        familyLabel: FAMILY_LABEL,
        evidence: p.evidence.map((id) => ({ id, url: urls[id] ?? '' })),
        at: p.at,
      };
    }),
  };
}
