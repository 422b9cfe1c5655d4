import { TEMPLATE_KEYS, TEMPLATE_TITLES, type SubscriptionGrantsView } from '@shared';
import type { UseCaseContext } from '../context';
import type { GrantDoc } from '../docs';
import { grantId } from '../notify/grants';

/** How many messages of each configured template the member may still be sent. */
export async function grantsOf(ctx: UseCaseContext, memberId: string): Promise<SubscriptionGrantsView> {
  const keys = TEMPLATE_KEYS.filter((key) => ctx.templates[key]);
  const docs = await ctx.store.find<GrantDoc>('grants', { _id: { $in: keys.map((key) => grantId(memberId, key)) } });
  const remaining = new Map(docs.map((d) => [d.template, d.remaining]));
  return { grants: keys.map((key) => ({ key, title: TEMPLATE_TITLES[key], remaining: remaining.get(key) ?? 0 })) };
}
