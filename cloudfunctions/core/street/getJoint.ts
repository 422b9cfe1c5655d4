import type { UseCase } from '../functionKit';
import { requireStaff } from '../access/street';
import { loadJoint } from './loadJoint';
import { toJointView } from './jointView';

/** 跨社区协商: each community's part and count, the combined count, the outcome; either role reads it. */
export const getJoint: UseCase<'street', 'street.joint'> = async (ctx, { id }) => {
  const staffOf = await requireStaff(ctx);
  return toJointView(ctx, await loadJoint(ctx, staffOf.street, id), staffOf);
};
