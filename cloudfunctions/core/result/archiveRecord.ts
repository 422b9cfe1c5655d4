import { createHash } from 'node:crypto';
import { findIn } from '../batches';
import type { Store } from '../store/port';
import type { CollectionName } from '../store/schema';
import type { ConsultationDoc } from '../docs';
import { proxyAuditId } from '../family/proxyRequests';

/** The parts of 一事一档, in order: what the sealed record holds. */
export const ARCHIVE_PARTS = [
  'consultation',
  'attendance',
  'meeting',
  'opinions',
  'electors',
  'ballots',
  'tallies',
  'objections',
  'progress',
  'evaluations',
  'audit',
] as const;
export type ArchivePart = (typeof ARCHIVE_PARTS)[number];
export type ArchiveRecord = Record<ArchivePart, Record<string, unknown>[]>;

/**
 * Parts added after records were first sealed. Such a part counts in the record's hash only when it
 * holds something, so a record sealed before it existed (and so without it) still verifies.
 */
const LATER_PARTS: readonly ArchivePart[] = ['meeting'];

const byId = (a: { _id: string }, b: { _id: string }) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/**
 * Everything about one consultation as stored: the consultation (plan, notice, timeline, outcome,
 * completion), attendance, opinions and replies, every vote round's electorate, ballots and tally,
 * objections, progress, ratings, and the audit events of all of these.
 */
export async function readArchiveRecord(store: Store, consultationId: string): Promise<ArchiveRecord> {
  const find = (c: CollectionName) => store.find<{ _id: string }>(c, { consultationId });
  const consultation = await store.get<ConsultationDoc>('consultations', consultationId);
  const [attendance, meetings, checkins, opinions, electors, ballots, tallies, objections, progress, evaluations, familyProxies] = await Promise.all(
    (
      ['attendance', 'meetings', 'checkins', 'opinions', 'electors', 'ballots', 'tallies', 'objections', 'progress', 'evaluations', 'familyProxies'] as const
    ).map(find),
  );
  // A meeting's minutes and a round's room count are audited under ids of their own.
  const meetingIds = meetings.flatMap((m) => [m._id, `${m._id}:minutes`, `${m._id}:minutes:recorder`, `${m._id}:minutes:host`]);
  const entityIds = [
    consultationId,
    ...[attendance, checkins, opinions, ballots, objections, progress, evaluations].flat().map((d) => d._id),
    ...meetingIds,
    ...tallies.map((t) => `${t._id}:room`),
    // A household member's 委托书 (家人代办) is audited under its ballot's id with `:proxy`.
    ...familyProxies.map((p) => proxyAuditId(p._id)),
  ];
  const audit = await findIn<{ _id: string }>(store, 'audit', 'entityId', entityIds);
  const sorted = (docs: { _id: string }[]) => [...docs].sort(byId) as unknown as Record<string, unknown>[];
  return {
    consultation: consultation ? [consultation as unknown as Record<string, unknown>] : [],
    attendance: sorted(attendance),
    meeting: sorted([...meetings, ...checkins]),
    opinions: sorted(opinions),
    electors: sorted(electors),
    ballots: sorted(ballots),
    tallies: sorted(tallies),
    objections: sorted(objections),
    progress: sorted(progress),
    evaluations: sorted(evaluations),
    audit: sorted(audit),
  };
}

/** JSON with object keys in order, so the same record always serialises to the same bytes. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The record's SHA-256 over its canonical form, and each part's, to say which part changed. */
export function hashRecord(record: ArchiveRecord): { hash: string; parts: Record<ArchivePart, string> } {
  const parts = Object.fromEntries(ARCHIVE_PARTS.map((p) => [p, sha256(canonical(record[p]))])) as Record<ArchivePart, string>;
  const hashed = ARCHIVE_PARTS.filter((p) => !LATER_PARTS.includes(p) || record[p].length > 0);
  return { hash: sha256(canonical(hashed.map((p) => [p, parts[p]]))), parts };
}

/** A part's hash when it holds nothing: what a seal from before the part existed stands for. */
export const EMPTY_PART_HASH = sha256(canonical([]));
