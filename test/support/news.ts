import type { FeedKind } from '@shared';
import type { MemberDoc } from '../../cloudfunctions/core/docs';
import type { World } from './harness';

/**
 * Who sees news of this kind in 我的 → 消息, found as each member would find it: every member of
 * the community opens their feed. Fan-out on read keeps no per-member copy to count instead.
 */
export async function toldOf(w: World, communityId: string, kind: FeedKind, about?: { consultationId?: string; suggestionId?: string }): Promise<string[]> {
  const members = await w.store.find<MemberDoc>('members', { communityId });
  const told: string[] = [];
  for (const m of members) {
    const items = [];
    for (let page = 0, more = true; more; page++) {
      const feed = await w.ok(m.openid, 'account', 'feed.list', { page });
      items.push(...feed.items);
      more = feed.hasMore;
    }
    const hit = items.some(
      (i) =>
        i.kind === kind &&
        (about?.consultationId === undefined || i.consultationId === about.consultationId) &&
        (about?.suggestionId === undefined || i.suggestionId === about.suggestionId),
    );
    if (hit) told.push(m._id);
  }
  return told.sort();
}
