import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { CommissionDoc, ConsultationDoc, MemberDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { mayReportCommission } from '../access/commission';
import { enforce } from '../access/decision';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { commissionOfCommunity } from './loadCommission';
import { toCommitteeView } from './committeeView';

/** The same report sent again (a retry after a lost reply): harmless, it changes nothing. */
const isResend = (m: CommissionDoc, by: MemberDoc, note: string | undefined) => m.report?.by === by._id && (m.report.note ?? '') === (note ?? '');

/**
 * 报告: once the consultation has its outcome (协商意见), the committee reports it up to the street
 * that commissioned it — the outcome's text as it stands, with an optional note. Sent once.
 */
export const reportCommission: UseCase<'consultation', 'commission.report'> = async (ctx, { id, note }) => {
  const { member, community } = await requireMember(ctx, COMMITTEE_ONLY);
  const m = await commissionOfCommunity(ctx, id, community._id);
  if (isResend(m, member, note)) return toCommitteeView(m, null, ctx.now);
  const c = m.consultationId ? await ctx.store.get<ConsultationDoc>('consultations', m.consultationId) : null;
  enforce(mayReportCommission(m, c));
  const report = { outcome: c!.outcome!.text, ...(note ? { note } : {}), by: member._id, at: ctx.now };
  const sent = await ctx.store.update('commissions', { _id: m._id, state: 'consulting' }, { set: { state: 'reported', report } });
  if (sent === 0) {
    // Another committee member's report went first, or this one's first try did.
    const now = await ctx.store.get<CommissionDoc>('commissions', m._id);
    if (now && isResend(now, member, note)) return toCommitteeView(now, null, ctx.now);
    throw new DomainError('WRONG_STATE', '这项委托事项已经报告过了');
  }
  await auditBy(ctx, member, {
    action: 'commission.report',
    entity: 'commission',
    entityId: m._id,
    before: { status: 'consulting', version: 2 },
    after: { status: 'reported', version: 3 },
    ...(note ? { note } : {}),
  });
  return toCommitteeView({ ...m, state: 'reported', report }, c, ctx.now);
};
