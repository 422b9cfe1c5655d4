import { daysToAnswer, monthKeyOf, participantsKey, periodsOf, yearOf, type Period } from '@shared';
import type { BallotDoc, ConsultationDoc, EvaluationDoc, MemberDoc, MonthTally, OpinionDoc, OversightDoc, OversightNowDoc, ParticipantMarkDoc } from '../docs';
import { UNMARKED, unchangedSince } from '../counting/marks';
import { isStoreConflict, type Store } from '../store/port';
import { nowDoc } from './adults';
import { consultationPaths, nowDocId, yearDocId } from './counters';
import { participantMark, personOf } from './participants';

/**
 * The repair of the street's counters: a community's figures rebuilt from the facts themselves —
 * its consultations, opinions, evaluations and ballots, and the participant marks (a mark a dead
 * request never wrote is written now). It reads every fact of the community, so it is admin work
 * (`npm run admin -- counts:recount`) and the scheduler's repair of a record a dead request left
 * marked (counting/repairDrift.ts), never a screen's.
 */

/** One year's counters as the facts say. */
interface YearTally {
  months: Record<string, MonthTally>;
  participants: Record<string, number>;
}

type Tallies = Map<number, YearTally>;

function bump(tallies: Tallies, at: number, path: string, n = 1) {
  const year = yearOf(at);
  const tally = tallies.get(year) ?? { months: {}, participants: {} };
  tallies.set(year, tally);
  const keys = [monthKeyOf(at).slice(5), ...path.split('.')];
  const leaf = keys.pop()!;
  let node = tally.months as Record<string, unknown>;
  for (const k of keys) node = (node[k] ??= {}) as Record<string, unknown>;
  node[leaf] = ((node[leaf] as number | undefined) ?? 0) + n;
}

/** Every year's counters of a community, from its facts. */
async function tallyCommunity(store: Store, communityId: string): Promise<Tallies> {
  const [consultations, opinions, evaluations, ballots, members] = await Promise.all([
    store.find<ConsultationDoc>('consultations', { communityId }),
    store.find<OpinionDoc>('opinions', { communityId }),
    store.find<EvaluationDoc>('evaluations', { communityId }),
    store.find<BallotDoc>('ballots', { communityId }),
    store.find<MemberDoc>('members', { communityId }),
  ]);
  const tallies: Tallies = new Map();
  for (const c of consultations) for (const p of consultationPaths(c)) bump(tallies, c.createdAt, p);
  for (const o of opinions) {
    bump(tallies, o.createdAt, 'opinions');
    if (!o.answered) continue;
    bump(tallies, o.createdAt, 'answered');
    bump(tallies, o.createdAt, `answerDays.${daysToAnswer(o.createdAt, o.answeredAt ?? o.reply?.at ?? o.createdAt)}`);
  }
  for (const e of evaluations) bump(tallies, e.at, `evaluations.${e.score}`);
  const byId = new Map(members.map((m) => [m._id, m]));
  const parts = [
    ...opinions.map((o) => ({ person: personOf(byId.get(o.authorId) ?? { _id: o.authorId }), at: o.createdAt })),
    ...ballots.map((b) => ({ person: b.electorId, at: b.at })),
  ];
  await countParticipants(store, communityId, parts, tallies);
  return tallies;
}

/**
 * Distinct participants per period: the marks the facts call for are written where missing, and
 * each period's count is its marks — what the increments count, one per mark inserted.
 */
async function countParticipants(store: Store, communityId: string, parts: { person: string; at: number }[], tallies: Tallies) {
  const existing = await store.find<ParticipantMarkDoc>('participantMarks', { communityId });
  const marks = new Map(existing.map((m) => [m._id, m]));
  for (const { person, at } of parts) {
    for (const period of periodsOf(at)) {
      const mark = participantMark(communityId, period, person, at);
      if (marks.has(mark._id)) continue;
      try {
        await store.insert('participantMarks', mark);
      } catch (e) {
        if (!isStoreConflict(e)) throw e;
      }
      marks.set(mark._id, mark);
    }
  }
  for (const m of marks.values()) {
    const [year, quarter] = m.period.split('-q').map(Number);
    const period: Period = quarter ? { year, quarter } : { year };
    const tally = tallies.get(year) ?? { months: {}, participants: {} };
    tallies.set(year, tally);
    const key = participantsKey(period);
    tally.participants[key] = (tally.participants[key] ?? 0) + 1;
  }
}

/** The figures of now a dead request may have left short: overdue implementations and suggestions. */
async function countNow(store: Store, communityId: string): Promise<Pick<OversightNowDoc, 'overdueImplementations' | 'overdueSuggestions'>> {
  const [overdueImplementations, overdueSuggestions] = await Promise.all([
    store.count('consultations', { communityId, status: 'implementing', overdue: true }),
    store.count('suggestions', { communityId, state: 'open', overdue: true }),
  ]);
  return { overdueImplementations, overdueSuggestions };
}

/** Every counted number of a record by its path, zeros left out (an increment and its undoing leave a 0 the facts never had). */
function countedPaths(value: unknown, prefix = ''): Record<string, number> {
  if (typeof value === 'number') return value === 0 ? {} : { [prefix]: value };
  if (!value || typeof value !== 'object') return {};
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => countedPaths(v, prefix ? `${prefix}.${k}` : k)));
}

/** What the kept counters and the recount disagree on, as `path: kept → recounted`. */
function oversightDrift(kept: object, recounted: object): string[] {
  const a = countedPaths(kept);
  const b = countedPaths(recounted);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((p) => a[p] !== b[p]).map((p) => `oversight.${p}: ${a[p] ?? 0} → ${b[p] ?? 0}`);
}

type Repaired = { drift: string[]; stored: boolean };

/** Stores one record's recount, guarded on the request number read (marks.ts); one missing is made. */
async function storeRecount(store: Store, kept: OversightDoc | null, fresh: OversightDoc, set: Record<string, unknown>, counted: object): Promise<Repaired> {
  const drift = oversightDrift(kept ? pick(kept, Object.keys(set)) : {}, counted);
  if (!kept) {
    try {
      await store.insert('oversight', { ...fresh, ...set });
      return { drift, stored: true };
    } catch (e) {
      if (!isStoreConflict(e)) throw e;
      return { drift, stored: false };
    }
  }
  const stored = await store.update('oversight', unchangedSince(kept._id, kept.recount), { set: { ...set, ...UNMARKED } });
  return { drift, stored: stored > 0 };
}

const pick = (doc: object, keys: string[]) => Object.fromEntries(keys.map((k) => [k, (doc as Record<string, unknown>)[k]]));

/** Recounts one record: a year's counters from the community's facts, or now's overdue counts. */
export async function repairOversight(store: Store, doc: OversightDoc, tallies?: Tallies): Promise<Repaired> {
  if (doc.kind === 'now') {
    const counts = await countNow(store, doc.communityId);
    return storeRecount(store, doc, doc, counts, counts);
  }
  const tally = (tallies ?? (await tallyCommunity(store, doc.communityId))).get(doc.year) ?? { months: {}, participants: {} };
  return storeRecount(store, doc, doc, { months: tally.months, participants: tally.participants }, tally);
}

/**
 * The admin recount of one community's counters: every year its facts or its counters name, and
 * now's, made where missing. Returns the paths that had drifted.
 */
export async function recountOversight(store: Store, communityId: string): Promise<string[]> {
  const tallies = await tallyCommunity(store, communityId);
  const kept = await store.find<OversightDoc>('oversight', { communityId });
  const years = new Set([...tallies.keys(), ...kept.flatMap((d) => (d.kind === 'year' ? [d.year] : []))]);
  const drift: string[] = [];
  for (const year of years) {
    const doc = kept.find((d) => d._id === yearDocId(communityId, year)) ?? null;
    const fresh: OversightDoc = { _id: yearDocId(communityId, year), communityId, kind: 'year', year };
    const tally = tallies.get(year) ?? { months: {}, participants: {} };
    drift.push(...(await storeRecount(store, doc, fresh, { months: tally.months, participants: tally.participants }, tally)).drift);
  }
  const now = kept.find((d) => d._id === nowDocId(communityId)) ?? null;
  const counts = await countNow(store, communityId);
  drift.push(...(await storeRecount(store, now, nowDoc(communityId), counts, counts)).drift);
  return drift;
}
