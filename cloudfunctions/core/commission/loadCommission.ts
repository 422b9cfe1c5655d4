import { DomainError } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommissionDoc } from '../docs';

const missing = () => new DomainError('NOT_FOUND', '找不到这项委托事项');

/** A matter of this street: another street's is NOT_FOUND, as if it were not there. */
export async function commissionOfStreet(ctx: UseCaseContext, id: string, streetId: string): Promise<CommissionDoc> {
  const m = await ctx.store.get<CommissionDoc>('commissions', id);
  if (!m || m.streetId !== streetId) throw missing();
  return m;
}

/** A matter commissioned to this community: another community's is NOT_FOUND. */
export async function commissionOfCommunity(ctx: UseCaseContext, id: string, communityId: string): Promise<CommissionDoc> {
  const m = await ctx.store.get<CommissionDoc>('commissions', id);
  if (!m || m.communityId !== communityId) throw missing();
  return m;
}
