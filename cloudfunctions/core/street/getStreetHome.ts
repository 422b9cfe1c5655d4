import type { UseCase } from '../functionKit';
import { requireStaff } from '../access/street';
import { communitiesOf, toStreetHomeView } from './views';

/** 街道工作台: the street, the caller's role in it and its communities; either role reads it. */
export const getStreetHome: UseCase<'street', 'street.home'> = async (ctx) => {
  const staffOf = await requireStaff(ctx);
  return toStreetHomeView(staffOf, await communitiesOf(ctx, staffOf.street._id));
};
