import { DomainError, monthKeyOf, yearOf } from '@shared';
import type { ConsultationDoc, OversightDoc } from '../docs';
import { isStoreConflict, type Store } from '../store/port';

/**
 * 街道督导's counters: a community's figures kept as atomic increments on two kinds of document —
 * one per China-time year (by month: consultations by state, category and form, keyed by the month
 * each was created; opinions and their answers by the month received; evaluations by the month
 * given; distinct participants by quarter and year) and one for now (overdue implementations and
 * suggestions, the register's adults). The street's dashboard reads a period as a sum of months in
 * one request, whatever the number of consultations (readOversight.ts).
 *
 * The counting discipline is the counts' own (counting/marks.ts): the documents a request will
 * move are marked before it writes its fact, and its increments take the mark off in the same
 * update. A request that dies between the two leaves the document marked, and the scheduler
 * recounts it from the facts (recountOversight.ts). A request refused (DomainError) or beaten to
 * an insert wrote nothing: its marks come off without a move.
 */

export const yearDocId = (communityId: string, year: number): string => `${communityId}:${year}`;
export const nowDocId = (communityId: string): string => `${communityId}:now`;

/** The year document of an instant's China-time year. */
export const yearDocAt = (communityId: string, at: number): string => yearDocId(communityId, yearOf(at));

/** The increments one request makes, by document, gathered while it writes its facts. */
export class OversightMoves {
  readonly byDoc = new Map<string, Record<string, number>>();

  constructor(readonly communityId: string) {}

  add(docId: string, path: string, n: number): void {
    const moves = this.byDoc.get(docId) ?? {};
    moves[path] = (moves[path] ?? 0) + n;
    this.byDoc.set(docId, moves);
  }

  /** A move in the month of `at` (China time), on that year's document. */
  inMonth(at: number, path: string, n: number): void {
    this.add(yearDocAt(this.communityId, at), `months.${monthKeyOf(at).slice(5)}.${path}`, n);
  }

  /** A move of the figures as they stand now. */
  now(path: string, n: number): void {
    this.add(nowDocId(this.communityId), path, n);
  }
}

/** A new document, marked by the request that needed it. */
function freshDoc(communityId: string, docId: string, now: number): OversightDoc {
  const recount = { pending: 1, seq: 1, at: now };
  const year = docId.slice(communityId.length + 1);
  return year === 'now'
    ? { _id: docId, communityId, kind: 'now', adultsOn: '', recount }
    : { _id: docId, communityId, kind: 'year', year: Number(year), recount };
}

/** Marks one document (counting/marks.ts), making it on the community's first count in a year. */
async function mark(store: Store, communityId: string, docId: string, now: number): Promise<void> {
  const marking = { inc: { 'recount.pending': 1, 'recount.seq': 1 }, set: { 'recount.at': now } };
  if (await store.update('oversight', { _id: docId }, marking)) return;
  try {
    await store.insert('oversight', freshDoc(communityId, docId, now));
  } catch (e) {
    // Another request made it first: mark it as it stands.
    if (!isStoreConflict(e)) throw e;
    await store.update('oversight', { _id: docId }, marking);
  }
}

/**
 * Runs a request that writes facts the oversight counts: `docIds` (the documents its moves may
 * touch, known before it writes) are marked first; `work` writes the facts and gathers the moves;
 * each document then gets its moves and loses its mark in one update. Two requests per document.
 */
export async function whileOversight<T>(
  store: Store,
  communityId: string,
  docIds: string[],
  now: number,
  work: (moves: OversightMoves) => Promise<T>,
): Promise<T> {
  const ids = [...new Set(docIds)];
  for (const id of ids) await mark(store, communityId, id, now);
  const moves = new OversightMoves(communityId);
  let result: T;
  try {
    result = await work(moves);
  } catch (e) {
    if (e instanceof DomainError || isStoreConflict(e)) for (const id of ids) await store.update('oversight', { _id: id }, { inc: { 'recount.pending': -1 } });
    throw e;
  }
  for (const id of moves.byDoc.keys()) if (!ids.includes(id)) throw new Error(`oversight move on ${id}, not marked`);
  for (const id of ids) {
    const inc = Object.fromEntries(Object.entries(moves.byDoc.get(id) ?? {}).filter(([, n]) => n !== 0));
    await store.update('oversight', { _id: id }, { inc: { ...inc, 'recount.pending': -1 } });
  }
  return result;
}

type Counted = Pick<ConsultationDoc, 'status' | 'plan'>;

/** The paths one consultation is counted under in its month: its state, category and each form. */
export function consultationPaths(c: Counted): string[] {
  return [`byState.${c.status}`, ...(c.plan.categoryId ? [`byCategory.${c.plan.categoryId}`] : []), ...(c.plan.forms ?? []).map((f) => `byForm.${f}`)];
}

/** An implementation overdue now: flagged by the scheduler and not yet carried out. */
export const overdueNow = (c: Pick<ConsultationDoc, 'status' | 'overdue'>): boolean => c.status === 'implementing' && c.overdue === true;

/**
 * The moves of one consultation's change, `before` to `after` (null for none): out of the paths it
 * left, into those it entered, in the month it was created; and out of or into the overdue now.
 */
export function moveConsultation(
  moves: OversightMoves,
  createdAt: number,
  before: (Counted & Pick<ConsultationDoc, 'overdue'>) | null,
  after: (Counted & Pick<ConsultationDoc, 'overdue'>) | null,
): void {
  for (const p of before ? consultationPaths(before) : []) moves.inMonth(createdAt, p, -1);
  for (const p of after ? consultationPaths(after) : []) moves.inMonth(createdAt, p, 1);
  const overdue = Number(after ? overdueNow(after) : false) - Number(before ? overdueNow(before) : false);
  if (overdue) moves.now('overdueImplementations', overdue);
}

/** The documents a consultation's change may move: its year's, and now's when the overdue count may change. */
export function consultationDocs(c: Pick<ConsultationDoc, 'communityId' | 'createdAt'>, overdueMayChange: boolean): string[] {
  return [yearDocAt(c.communityId, c.createdAt), ...(overdueMayChange ? [nowDocId(c.communityId)] : [])];
}
