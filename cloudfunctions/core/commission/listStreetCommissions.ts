import { COMMISSION_OPEN_STATES } from '@shared';
import type { CommissionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { mayActForStreet, requireStaff } from '../access/street';
import { mayGiveFeedback } from '../access/commission';
import { toCommissionView } from './views';

/** A street commissions tens of matters a year: the list shows the latest this many. */
const SHOWN = 200;

/** 委托事项: the street's commissioned matters, newest first, in one read; either role reads them. */
export const listStreetCommissions: UseCase<'street', 'street.commissions'> = async (ctx) => {
  const { staff, street } = await requireStaff(ctx);
  const found = await ctx.store.find<CommissionDoc>('commissions', { streetId: street._id }, { sort: [{ field: 'createdAt', dir: 'desc' }], limit: SHOWN });
  const items = found.map((m) => toCommissionView(m, ctx.now, { feedback: mayGiveFeedback(staff, m).ok }));
  return { mayCommission: mayActForStreet(staff).ok, items, open: items.filter((m) => COMMISSION_OPEN_STATES.includes(m.state)).length };
};
