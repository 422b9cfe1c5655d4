import { DomainError } from '@shared';
import type { JointDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { enforce } from '../access/decision';
import { mayCompleteJoint } from '../access/joint';
import { requireStaff } from '../access/street';
import { loadJoint } from './loadJoint';
import { toJointView } from './jointView';

/** 落实完成: the street reports the cross-community outcome carried out; it is no longer followed up as overdue. */
export const completeJoint: UseCase<'street', 'street.jointComplete'> = async (ctx, { id, version, report }) => {
  const staffOf = await requireStaff(ctx);
  const j = await loadJoint(ctx, staffOf.street, id);
  enforce(mayCompleteJoint(staffOf.staff, j));
  const completion = { report, by: staffOf.staff._id, at: ctx.now };
  const changed = await ctx.store.update('joints', { _id: j._id, version }, { set: { completion, version: version + 1 } });
  if (changed === 0) throw new DomainError('CONFLICT', '该事项刚被他人修改，请刷新后再试');
  const after: JointDoc = { ...j, completion, version: version + 1 };
  return toJointView(ctx, after, staffOf);
};
