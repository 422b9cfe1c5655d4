import type { UseCase } from '../functionKit';
import { requireStaff } from '../access/street';
import { mayGiveFeedback } from '../access/commission';
import { commissionOfStreet } from './loadCommission';
import { toCommissionView } from './views';

/** One commissioned matter with its report and feedback; the feedback form is offered from the same policy the action enforces. */
export const getStreetCommission: UseCase<'street', 'street.commissionItem'> = async (ctx, { id }) => {
  const { staff, street } = await requireStaff(ctx);
  const m = await commissionOfStreet(ctx, id, street._id);
  return toCommissionView(m, ctx.now, { feedback: mayGiveFeedback(staff, m).ok });
};
