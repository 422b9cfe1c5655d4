import type { TemplateKey } from '@shared';
import type { GrantDoc } from '../docs';
import type { Store } from '../store/port';

export const grantId = (memberId: string, template: TemplateKey) => `${memberId}:${template}`;

/**
 * One more message of this template may be sent (the member accepted it once more). The grant
 * names the community, so a push job finds the community's grant holders without reading its members.
 */
export async function addGrant(store: Store, member: { _id: string; communityId: string }, template: TemplateKey, now: number): Promise<void> {
  const _id = grantId(member._id, template);
  const more = { inc: { remaining: 1 }, set: { updatedAt: now, communityId: member.communityId } };
  const added = await store.update('grants', { _id }, more);
  if (added === 1) return;
  const doc: GrantDoc = { _id, communityId: member.communityId, memberId: member._id, template, remaining: 1, updatedAt: now };
  // Two first grants at once: the one that loses the insert adds to the winner's.
  await store.insert('grants', doc).catch(() => store.update('grants', { _id }, more));
}

/** A send that failed before reaching the member gives its grant back. */
export function returnGrant(store: Store, memberId: string, template: TemplateKey, now: number): Promise<number> {
  return store.update('grants', { _id: grantId(memberId, template) }, { inc: { remaining: 1 }, set: { updatedAt: now } });
}

/** WeChat says the member has no subscription (43101): what we counted is wrong, so it goes to zero. */
export function clearGrants(store: Store, memberId: string, template: TemplateKey, now: number): Promise<number> {
  return store.update('grants', { _id: grantId(memberId, template) }, { set: { remaining: 0, updatedAt: now } });
}
