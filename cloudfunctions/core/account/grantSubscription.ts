import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { requireReader } from '../access/requireMember';
import { addGrant } from '../notify/grants';
import { templateKeyOf } from '../notify/templates';
import { grantsOf } from './grantsView';

/**
 * 订阅: the member (or an applicant, who waits for the approval message) accepted these templates in WeChat's prompt, each allowing one message. Only
 * configured ids count; an unknown one refuses the whole request, so nothing half-records.
 */
export const grantSubscription: UseCase<'account', 'subscription.grant'> = async (ctx, { templateIds }) => {
  const who = await requireReader(ctx);
  const keys = templateIds.map((id) => templateKeyOf(ctx.templates, id));
  if (keys.some((k) => k === undefined)) throw new DomainError('INVALID_INPUT', '订阅的通知类型有误');
  for (const key of new Set(keys)) await addGrant(ctx.store, who.member, key!, ctx.now);
  return grantsOf(ctx, who.member._id);
};
