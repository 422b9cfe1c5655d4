import type { CommissionView } from '@shared';
import type { CommissionDoc, ConsultationDoc } from '../docs';
import { mayDraftCommission, mayReportCommission } from '../access/commission';
import { shownReason } from '../access/decision';
import { toCommissionView } from './views';

/**
 * A matter as the committee sees it: what it may do now (start the consultation, report its
 * outcome) and, while the report must wait, why — from the policies the actions enforce.
 */
export function toCommitteeView(m: CommissionDoc, c: Pick<ConsultationDoc, 'status' | 'outcome'> | null, now: number): CommissionView {
  const report = mayReportCommission(m, c);
  const blocked = m.state === 'consulting' && !report.ok ? shownReason(report) : undefined;
  return toCommissionView(m, now, { draft: mayDraftCommission(m).ok, report: report.ok }, blocked);
}
