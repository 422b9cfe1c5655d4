import { findIn } from '../batches';
import type { GrantDoc, MemberDoc } from '../docs';
import type { Store } from '../store/port';

const PAGE = 500;

/**
 * Records on each grant the community of its member, for grants written before the push job
 * walked a community's grant holders (it finds grants by community, so one without is never
 * pushed). Pages through all grants by id; safe to run again, and a no-op once every grant has it.
 */
export async function recordGrantCommunities(store: Store): Promise<number> {
  let recorded = 0;
  let cursor = '';
  for (;;) {
    const page = await store.find<GrantDoc>('grants', { _id: { $gt: cursor } }, { sort: [{ field: '_id', dir: 'asc' }], limit: PAGE });
    if (page.length === 0) return recorded;
    cursor = page[page.length - 1]._id;
    const lacking = page.filter((g) => !g.communityId);
    const members = await findIn<MemberDoc>(
      store,
      'members',
      '_id',
      lacking.map((g) => g.memberId),
    );
    const communityOf = new Map(members.map((m) => [m._id, m.communityId]));
    const byCommunity = new Map<string, string[]>();
    for (const g of lacking) {
      const community = communityOf.get(g.memberId);
      if (community) byCommunity.set(community, [...(byCommunity.get(community) ?? []), g._id]);
    }
    for (const [communityId, ids] of byCommunity) recorded += await store.update('grants', { _id: { $in: ids } }, { set: { communityId } });
  }
}
