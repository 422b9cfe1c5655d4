import { DomainError, medianOfHistogram, monthKeyOf, monthsOf, participantsKey, sumFigures, zeroFigures, type OversightFigures, type Period } from '@shared';
import type { MonthTally, OversightDoc, OversightNowDoc, OversightYearDoc } from '../docs';
import type { Store } from '../store/port';
import { nowDocId, yearDocId } from './counters';

/** The most communities one street's read takes: its documents then fit one page of a CloudBase read (1,000). */
const MAX_COMMUNITIES = 100;

export interface OversightRead {
  communities: { communityId: string; figures: OversightFigures }[];
  /** The street: every community's figures summed, its median from the summed histogram. */
  street: OversightFigures;
}

function addInto(into: Record<string, number>, from: Record<string, number> | undefined) {
  for (const [k, n] of Object.entries(from ?? {})) into[k] = (into[k] ?? 0) + n;
}

/** One community's figures: the period's months of its year document, its participants, and now's. */
function figuresOf(year: OversightYearDoc | undefined, now: OversightNowDoc | undefined, period: Period): OversightFigures {
  const f = zeroFigures();
  for (const month of monthsOf(period)) {
    const m: MonthTally = year?.months?.[month.slice(5)] ?? {};
    addInto(f.byState, m.byState);
    addInto(f.byCategory, m.byCategory);
    addInto(f.byForm, m.byForm);
    addInto(f.answerDays, m.answerDays);
    addInto(f.evaluations, m.evaluations);
    f.opinions += m.opinions ?? 0;
    f.answered += m.answered ?? 0;
  }
  f.participants = year?.participants?.[participantsKey(period)] ?? 0;
  f.medianAnswerDays = medianOfHistogram(f.answerDays);
  f.overdueImplementations = now?.overdueImplementations ?? 0;
  f.overdueSuggestions = now?.overdueSuggestions ?? 0;
  f.registerAdults = now?.registerAdults ?? 0;
  return f;
}

/**
 * 街道督导: the figures of each community of a street over a quarter or a year, and the street's.
 * ONE store request, whatever the number of communities (at most MAX_COMMUNITIES) and of their
 * consultations, opinions or ballots: a find of each community's year document and now document
 * by id — at most 200 documents, one page — since everything is kept as counters
 * (oversight/counters.ts). A period not yet begun at `now` is refused.
 */
export async function readOversight(store: Store, communityIds: string[], period: Period, now: number): Promise<OversightRead> {
  const ids = [...new Set(communityIds)];
  if (ids.length > MAX_COMMUNITIES) throw new DomainError('INVALID_INPUT', `一次最多查看${MAX_COMMUNITIES}个社区`);
  if (monthsOf(period)[0] > monthKeyOf(now)) throw new DomainError('INVALID_INPUT', '所选时段尚未开始');
  const docs = ids.length ? await store.find<OversightDoc>('oversight', { _id: { $in: ids.flatMap((id) => [yearDocId(id, period.year), nowDocId(id)]) } }) : [];
  const byId = new Map(docs.map((d) => [d._id, d]));
  const communities = ids.map((communityId) => ({
    communityId,
    figures: figuresOf(
      byId.get(yearDocId(communityId, period.year)) as OversightYearDoc | undefined,
      byId.get(nowDocId(communityId)) as OversightNowDoc | undefined,
      period,
    ),
  }));
  return { communities, street: sumFigures(communities.map((c) => c.figures)) };
}
