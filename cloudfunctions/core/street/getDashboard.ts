import { COMMUNITY_KIND_LABELS, periodsOf, type StreetDashboardView } from '@shared';
import type { CommunityDoc, JointDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireStaff } from '../access/street';
import { readOversight } from '../oversight/readOversight';
import { periodsOffered, toFiguresView, toPeriodView } from './figures';
import { jointOverdue, toJointSummary } from './jointView';
import { streetHeader } from './views';

/** The most overdue cross-community matters listed at once: the oldest deadlines first. */
const OVERDUE_SHOWN = 50;

/**
 * 街道督导: each community's consultation work over a quarter or a year, the street's total, and the
 * cross-community matters overdue — one call, five reads (the caller's staff place, its street, the
 * communities, their counters, the matters past their deadline) whatever the number of
 * communities, consultations, opinions or ballots. Either role reads it.
 */
export const getDashboard: UseCase<'street', 'street.dashboard'> = async (ctx, { period }) => {
  const staffOf = await requireStaff(ctx);
  const chosen = period ?? periodsOf(ctx.now)[0];
  const streetId = staffOf.street._id;
  const [communities, late] = await Promise.all([
    ctx.store.find<CommunityDoc>('communities', { streetId }, { sort: [{ field: 'name', dir: 'asc' }], limit: 1000 }),
    ctx.store.find<JointDoc>(
      'joints',
      { streetId, 'outcome.dueAt': { $lt: ctx.now } },
      { sort: [{ field: 'outcome.dueAt', dir: 'asc' }], limit: OVERDUE_SHOWN },
    ),
  ]);
  const read = await readOversight(
    ctx.store,
    communities.map((c) => c._id),
    chosen,
    ctx.now,
  );
  const view: StreetDashboardView = {
    ...streetHeader(staffOf),
    period: toPeriodView(chosen),
    periods: periodsOffered(ctx.now),
    communities: communities.map((c, i) => ({
      id: c._id,
      name: c.name,
      kindLabel: COMMUNITY_KIND_LABELS[c.kind],
      figures: toFiguresView(read.communities[i].figures),
    })),
    total: toFiguresView(read.street),
    overdueJoints: late.filter((j) => jointOverdue(j, ctx.now)).map((j) => toJointSummary(j, ctx.now)),
  };
  return view;
};
