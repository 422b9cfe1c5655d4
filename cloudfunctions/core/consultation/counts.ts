import { ATTENDANCE_KINDS, SCORES, STANCES, type AttendanceKind, type OpinionCounts, type Stance } from '@shared';
import type { AttendanceDoc, ConsultationCounts, ConsultationDoc, EvaluationDoc, ObjectionDoc, OpinionDoc, OpinionTally } from '../docs';
import type { CountStep } from '../counting/marks';
import type { Store } from '../store/port';

/**
 * The counts the screens show of a consultation — answers to the notice, opinions, objections,
 * ratings — kept on the consultation itself, so a screen reads them with the consultation instead
 * of counting on every view. Each use case that writes one of these facts moves the counts by
 * what its own write changed, with an atomic increment, after the write succeeded; a repeated
 * request whose write changed nothing moves nothing. The fact and its count are two writes, so a
 * request that dies between them leaves a count short: each such request marks the consultation
 * first (counting/marks.ts), and the scheduler recounts a marked one from the facts.
 */

/** Bumped when what is counted changes: counts of another version are recounted, never incremented. */
const COUNTS_VERSION = 1;

/** What one document of each counted collection adds to the counts: the paths it is counted under. */
const COUNTED = {
  attendance: (a: Pick<AttendanceDoc, 'kind'>) => [`attendance.${a.kind}`],
  opinions: (o: Pick<OpinionDoc, 'moderation' | 'stance' | 'answered'>) =>
    o.moderation === 'hidden'
      ? []
      : [`opinions.${o.moderation}.total`, `opinions.${o.moderation}.${o.stance}`, ...(o.answered ? [] : [`opinions.${o.moderation}.unanswered`])],
  objections: (o: Pick<ObjectionDoc, 'state'>) => ['objections.total', ...(o.state === 'open' ? ['objections.open'] : [])],
  evaluations: (e: Pick<EvaluationDoc, 'score'>) => [`evaluations.${e.score}`],
};
export type CountedCollection = keyof typeof COUNTED;
type CountedDoc<K extends CountedCollection> = Parameters<(typeof COUNTED)[K]>[0];

export function zeroCounts(): ConsultationCounts {
  const opinions = (): OpinionTally => ({ total: 0, unanswered: 0, ...(Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>) });
  return {
    v: COUNTS_VERSION,
    attendance: Object.fromEntries(ATTENDANCE_KINDS.map((k) => [k, 0])) as Record<AttendanceKind, number>,
    opinions: { visible: opinions(), review: opinions() },
    objections: { total: 0, open: 0 },
    evaluations: Object.fromEntries(SCORES.map((s) => [String(s), 0])),
  };
}

/** The increments that turn `before` into `after` (either may be absent), `times` documents at once. */
function deltaOf<K extends CountedCollection>(collection: K, before: CountedDoc<K> | null, after: CountedDoc<K> | null, times: number) {
  const paths = COUNTED[collection] as (d: CountedDoc<K>) => string[];
  const delta: Record<string, number> = {};
  for (const p of before ? paths(before) : []) delta[p] = (delta[p] ?? 0) - times;
  for (const p of after ? paths(after) : []) delta[p] = (delta[p] ?? 0) + times;
  return Object.entries(delta).filter(([, n]) => n !== 0);
}

function applied(counts: ConsultationCounts, delta: [string, number][]): ConsultationCounts {
  const next = structuredClone(counts);
  for (const [path, n] of delta) {
    const keys = path.split('.');
    const leaf = keys.pop()!;
    const parent = keys.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, next as unknown as Record<string, unknown>);
    parent[leaf] = ((parent[leaf] as number | undefined) ?? 0) + n;
  }
  return next;
}

/**
 * Moves a consultation's counts by one write of a counted fact — `before` is what the write
 * replaced (null for an insert), `after` what it left (null for a removal) — and returns the
 * consultation as the write left it, for the view the use case returns. Counts of an older version
 * (or none) are left alone: the screens recount those. The request's last count write takes its
 * mark off (`step`, counting/marks.ts).
 */
export async function countChange<K extends CountedCollection>(
  store: Store,
  c: ConsultationDoc,
  collection: K,
  before: CountedDoc<K> | null,
  after: CountedDoc<K> | null,
  step?: CountStep,
  times = 1,
): Promise<ConsultationDoc> {
  const delta = deltaOf(collection, before, after, times);
  if (delta.length === 0) return c;
  const inc = Object.fromEntries(delta.map(([p, n]) => [`counts.${p}`, n]));
  const kept = await store.update('consultations', { _id: c._id, 'counts.v': COUNTS_VERSION }, { inc: step ? step.inc(inc) : inc });
  return kept && countsKept(c) ? { ...c, counts: applied(c.counts, delta) } : c;
}

/** The counts recounted from the facts themselves: what the increments must always equal. */
export async function recountConsultation(store: Store, consultationId: string): Promise<ConsultationCounts> {
  const find = <T extends { _id: string }>(collection: CountedCollection) => store.find<T>(collection, { consultationId });
  const [attendance, opinions, objections, evaluations] = await Promise.all([
    find<AttendanceDoc>('attendance'),
    find<OpinionDoc>('opinions'),
    find<ObjectionDoc>('objections'),
    find<EvaluationDoc>('evaluations'),
  ]);
  let counts = zeroCounts();
  const add = <K extends CountedCollection>(collection: K, docs: CountedDoc<K>[]) => {
    for (const d of docs) counts = applied(counts, deltaOf(collection, null, d, 1));
  };
  add('attendance', attendance);
  add('opinions', opinions);
  add('objections', objections);
  add('evaluations', evaluations);
  return counts;
}

/**
 * The repair step: recounts a consultation and stores the counts. An archived record is sealed
 * with its counts as they were, so it is left as it is.
 */
export async function repairCounts(store: Store, consultationId: string): Promise<ConsultationCounts | null> {
  const counts = await recountConsultation(store, consultationId);
  const changed = await store.update('consultations', { _id: consultationId, status: { $ne: 'archived' } }, { set: { counts } });
  return changed ? counts : null;
}

/** Whether a consultation's counts are kept (as this version keeps them). */
export const countsKept = (c: ConsultationDoc): c is ConsultationDoc & { counts: ConsultationCounts } => c.counts?.v === COUNTS_VERSION;

/** The counts of a consultation: kept ones, or — on a record from before they were kept — recounted. */
export async function countsOf(store: Store, c: ConsultationDoc): Promise<ConsultationCounts> {
  return countsKept(c) ? c.counts : recountConsultation(store, c._id);
}

/** The opinion counts a viewer may see: the public those that passed the check, the committee all but the hidden. */
export function opinionCounts(counts: ConsultationCounts, committee: boolean): OpinionCounts {
  const { visible, review } = counts.opinions;
  const sum = (k: keyof OpinionTally) => visible[k] + (committee ? review[k] : 0);
  return {
    total: sum('total'),
    unanswered: sum('unanswered'),
    byStance: Object.fromEntries(STANCES.map((s) => [s, sum(s)])) as Record<Stance, number>,
    ...(committee ? { underReview: review.total } : {}),
  };
}
