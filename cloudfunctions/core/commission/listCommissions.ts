import { COMMISSION_OPEN_STATES } from '@shared';
import type { CommissionDoc, ConsultationDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { findIn } from '../batches';
import { toCommitteeView } from './committeeView';

/** A community is commissioned a few matters a year: the list shows the latest this many. */
const SHOWN = 100;

/**
 * 委托事项 on the committee's desk: what the street commissioned, newest first, each with what the
 * committee may do now (start its consultation, report its outcome) and why not yet. Two reads.
 */
export const listCommissions: UseCase<'consultation', 'commission.list'> = async (ctx) => {
  const { community } = await requireMember(ctx, COMMITTEE_ONLY);
  const found = await ctx.store.find<CommissionDoc>(
    'commissions',
    { communityId: community._id },
    { sort: [{ field: 'createdAt', dir: 'desc' }], limit: SHOWN },
  );
  const consulting = found.flatMap((m) => (m.state === 'consulting' && m.consultationId ? [m.consultationId] : []));
  const consultations = new Map((await findIn<ConsultationDoc>(ctx.store, 'consultations', '_id', consulting)).map((c) => [c._id, c]));
  const items = found.map((m) => toCommitteeView(m, (m.consultationId && consultations.get(m.consultationId)) || null, ctx.now));
  return { items, open: items.filter((m) => COMMISSION_OPEN_STATES.includes(m.state)).length };
};
