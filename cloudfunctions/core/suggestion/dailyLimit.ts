import { chinaDayEnd, DomainError, memberLimitsOf } from '@shared';
import type { UseCaseContext } from '../context';
import { spendAllowance } from '../limits/allowance';
import type { MemberInCommunity } from '../access/requireMember';

/**
 * A member raises at most the community's number of suggestions a day (China time). A retry of
 * one already stored spends nothing: the caller looks for it first.
 */
export async function spendDailySuggestion(ctx: UseCaseContext, who: MemberInCommunity): Promise<void> {
  const max = memberLimitsOf(who.community.settings.limits).suggestionsPerDay;
  const until = chinaDayEnd(ctx.now);
  if (await spendAllowance(ctx, `suggestions:${who.member._id}:${until}`, max, until)) return;
  throw new DomainError('LIMIT_REACHED', `每人每天最多提出${max}条建议，今天已达上限，请明天再提`);
}
