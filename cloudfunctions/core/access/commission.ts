import { CONSULTED } from '@shared';
import type { CommissionDoc, ConsultationDoc, StaffDoc } from '../docs';
import { ALLOWED, refused, type Decision } from './decision';
import { mayActForStreet } from './street';

/** The committee starts one consultation of a matter waiting for it. */
export function mayDraftCommission(m: Pick<CommissionDoc, 'state'>): Decision {
  return m.state === 'waiting' ? ALLOWED : refused('WRONG_STATE', '这项委托事项已经开始协商');
}

/**
 * The committee reports up once the consultation has its outcome; before that there is nothing to
 * report. Sent once: a matter already reported is not reported again.
 */
export function mayReportCommission(m: Pick<CommissionDoc, 'state'>, c: Pick<ConsultationDoc, 'status' | 'outcome'> | null): Decision {
  if (m.state === 'waiting' || !c) return refused('WRONG_STATE', '还没有开始协商，请先从这项委托事项发起协商');
  if (m.state !== 'consulting') return refused('WRONG_STATE', '这项委托事项已经报告过了');
  if (!CONSULTED.includes(c.status) || !c.outcome?.text.trim()) {
    return refused('WRONG_STATE', '协商还没有形成协商意见，形成后才能向街道报告');
  }
  return ALLOWED;
}

/** An officer of the street records its feedback (研究吸纳) on a report, once; 民政／督查 readers never. */
export function mayGiveFeedback(staff: Pick<StaffDoc, 'role'>, m: Pick<CommissionDoc, 'state'>): Decision {
  const acting = mayActForStreet(staff);
  if (!acting.ok) return acting;
  if (m.state === 'answered') return refused('WRONG_STATE', '已经反馈过了');
  return m.state === 'reported' ? ALLOWED : refused('WRONG_STATE', '社区还没有报告协商结果');
}
