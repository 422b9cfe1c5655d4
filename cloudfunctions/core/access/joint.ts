import { CONSULTED } from '@shared';
import type { ConsultationDoc, JointDoc, StaffDoc } from '../docs';
import { refused, type Decision } from './decision';
import { mayActForStreet } from './street';

/** Whether every community's part is settled: then, and only then, the street writes the outcome. */
export const partsSettled = (j: JointDoc, parts: Pick<ConsultationDoc, 'status'>[]): boolean =>
  parts.length === j.parts.length && parts.every((c) => CONSULTED.includes(c.status));

/** 协商意见 across the communities: an officer's, once, after every community has consulted (and voted). */
export function mayRecordJointOutcome(staff: Pick<StaffDoc, 'role'>, j: JointDoc, parts: Pick<ConsultationDoc, 'status'>[]): Decision {
  const act = mayActForStreet(staff);
  if (!act.ok) return act;
  if (j.outcome) return refused('WRONG_STATE', '协商意见已经记录');
  if (!partsSettled(j, parts)) return refused('WRONG_STATE', '还有社区的协商或表决没有结束，结束后才能形成协商意见');
  return act;
}

/** 落实完成: an officer's, once there is an outcome to carry out. */
export function mayCompleteJoint(staff: Pick<StaffDoc, 'role'>, j: JointDoc): Decision {
  const act = mayActForStreet(staff);
  if (!act.ok) return act;
  if (!j.outcome) return refused('WRONG_STATE', '还没有协商意见，无法报告落实');
  if (j.completion) return refused('WRONG_STATE', '已经报告落实完成');
  return act;
}
