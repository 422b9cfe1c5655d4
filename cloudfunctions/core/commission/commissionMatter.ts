import type { CommissionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireCommunityOfStreet, requireOfficer } from '../access/street';
import { mayGiveFeedback } from '../access/commission';
import { insertOrReadBack } from '../batches';
import { stableId } from '../member/ids';
import { auditByStaff } from './staffAudit';
import { toCommissionView } from './views';

/**
 * 委托协商: an officer commissions one of the street's communities to consult on a matter, by a due
 * day. The id follows from the officer and the request id, so a retry finds its first matter.
 */
export const commissionMatter: UseCase<'street', 'street.commission'> = async (ctx, input) => {
  const staffOf = await requireOfficer(ctx);
  const { staff, street } = staffOf;
  const community = await requireCommunityOfStreet(ctx, street, input.communityId);
  const doc: CommissionDoc = {
    _id: stableId('cm', staff._id, input.requestId),
    streetId: street._id,
    streetName: street.name,
    communityId: community._id,
    communityName: community.name,
    title: input.title,
    matter: input.matter,
    ...(input.department ? { department: input.department } : {}),
    dueOn: input.dueOn,
    state: 'waiting',
    by: staff._id,
    createdAt: ctx.now,
  };
  const { stored } = await insertOrReadBack(ctx.store, 'commissions', doc, (first) => first.by === staff._id);
  // Written again on a retry, where it is a no-op: the first attempt may have stopped before it.
  await auditByStaff({ ...ctx, now: stored.createdAt }, staffOf, stored, 'commission.create', null, stored.title);
  return toCommissionView(stored, ctx.now, { feedback: mayGiveFeedback(staff, stored).ok });
};
