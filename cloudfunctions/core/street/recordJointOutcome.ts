import { DomainError } from '@shared';
import type { ConsultationDoc, JointDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { enforce } from '../access/decision';
import { mayRecordJointOutcome } from '../access/joint';
import { requireStaff } from '../access/street';
import { loadJoint } from './loadJoint';
import { toJointView } from './jointView';

/**
 * 形成协商意见 across the communities: what was agreed, who carries it out and by when. The street
 * follows it up from then on (督促): past the date and not reported complete, it shows overdue.
 * A guarded write on the version seen, so two officers cannot both record one.
 */
export const recordJointOutcome: UseCase<'street', 'street.jointOutcome'> = async (ctx, { id, version, text, responsible, dueAt }) => {
  const staffOf = await requireStaff(ctx);
  const j = await loadJoint(ctx, staffOf.street, id);
  const parts = await ctx.store.find<ConsultationDoc>('consultations', { _id: { $in: j.parts.map((p) => p.consultationId) } });
  enforce(mayRecordJointOutcome(staffOf.staff, j, parts));
  if (dueAt <= ctx.now) throw new DomainError('INVALID_INPUT', '落实期限须晚于现在');
  const outcome = { text, responsible, dueAt, by: staffOf.staff._id, at: ctx.now };
  const changed = await ctx.store.update('joints', { _id: j._id, version }, { set: { outcome, version: version + 1 } });
  if (changed === 0) throw new DomainError('CONFLICT', '该事项刚被他人修改，请刷新后再试');
  const after: JointDoc = { ...j, outcome, version: version + 1 };
  return toJointView(ctx, after, staffOf);
};
