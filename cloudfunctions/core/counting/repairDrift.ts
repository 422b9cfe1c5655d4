import type { AuditEntity } from '@shared';
import { appendAudit } from '../audit';
import { recountConsultation } from '../consultation/counts';
import type { BallotDoc, CommunityDoc, ConsultationDoc, Counted, OversightDoc, ProxyDoc, SuggestionDoc, TallyDoc, VoteCounters } from '../docs';
import { repairOversight } from '../oversight/recountOversight';
import { repairInvolvements } from '../participation/involvement';
import type { Store } from '../store/port';
import type { CollectionName } from '../store/schema';
import { recountProposers } from '../suggestion/proposers';
import { countersDelta, ZERO } from '../voting/counters';
import { COUNT_PAGE } from '../voting/countVotes';
import { markAgain, UNMARKED, unchangedSince, type Marked } from './marks';

/**
 * The repair of one counted record: everything counted on it recounted from the facts, what
 * differed written back, the mark taken off, and one audit event naming each value that had
 * drifted, as it was and as recounted. The record's own counts are stored only if no request
 * began since it was read (marks.ts); one that did leaves the record marked for the next run.
 */
export type Repair = 'unchanged' | 'repaired' | 'busy';

/** A community is its own community. */
type Doc = Counted & { _id: string; communityId?: string };

export async function repairDrift(store: Store, collection: Marked, doc: Doc, now: number): Promise<Repair> {
  const { drift, stored } = await RECOUNT[collection](store, doc as never);
  if (!stored) {
    await markAgain(store, collection, doc._id);
    return 'busy';
  }
  if (drift.length === 0) return 'unchanged';
  await auditRepair(
    store,
    collection,
    ENTITY[collection],
    { _id: doc._id, communityId: doc.communityId ?? doc._id },
    doc.recount?.seq ?? 0,
    drift.join('；'),
    now,
  );
  return 'repaired';
}

/**
 * The audit event of one repair, by the system: what was recounted and each value that had
 * drifted. Its id follows from the record, its version and the run, so a retried run writes it once.
 */
export async function auditRepair(
  store: Store,
  collection: CollectionName,
  entity: AuditEntity,
  record: { _id: string; communityId: string },
  version: number,
  note: string,
  now: number,
): Promise<void> {
  await appendAudit(
    store,
    {
      communityId: record.communityId,
      at: now,
      actor: { system: true },
      action: 'counts.repair',
      entity,
      entityId: record._id,
      before: { status: 'drifted', version },
      after: { status: 'recounted', version },
      note,
    },
    `recount:${collection}:${record._id}@${version}:${now}`,
  );
}

const ENTITY = { consultations: 'consultation', suggestions: 'suggestion', tallies: 'tally', communities: 'community', oversight: 'oversight' } as const;

type Recounted = { drift: string[]; stored: boolean };

const RECOUNT: { [K in Marked]: (store: Store, doc: never) => Promise<Recounted> } = {
  consultations: recountConsultationRecord,
  suggestions: recountSuggestion,
  tallies: recountTally,
  communities: recountCommitteeSeats,
  // The street's counters (oversight/counters.ts): a year's from the community's facts, or now's.
  oversight: (store, doc: OversightDoc) => repairOversight(store, doc),
};

/** A community's committee seats: its active committee members, one count query. */
async function recountCommitteeSeats(store: Store, c: CommunityDoc): Promise<Recounted> {
  const committeeCount = await store.count('members', { communityId: c._id, role: 'committee', status: 'active' });
  const drift = differences('community', { committeeCount: c.committeeCount }, { committeeCount });
  const stored = await store.update('communities', unchangedSince(c._id, c.recount), { set: { committeeCount, ...UNMARKED } });
  return { drift, stored: stored > 0 };
}

/** A consultation's counts and its members' mirrors. A sealed record (archived) is hashed as it is: never written. */
async function recountConsultationRecord(store: Store, c: ConsultationDoc): Promise<Recounted> {
  if (c.status === 'archived') return { drift: [], stored: true };
  const drift = await repairInvolvements(store, c._id);
  const counts = await recountConsultation(store, c._id);
  drift.push(...differences('counts', c.counts ?? {}, counts));
  const stored = await store.update('consultations', { ...unchangedSince(c._id, c.recount), status: { $ne: 'archived' } }, { set: { counts, ...UNMARKED } });
  return { drift, stored: stored > 0 };
}

/** A suggestion's co-signers and its households' signers. */
async function recountSuggestion(store: Store, s: SuggestionDoc): Promise<Recounted> {
  return recountProposers(store, s, unchangedSince(s._id, s.recount), UNMARKED);
}

/**
 * An open vote's live counters and its proxies' slots, from its ballots a page at a time. A vote
 * being counted or sealed has its counters set by the count itself (countVotes.ts): only the mark
 * comes off.
 */
async function recountTally(store: Store, t: TallyDoc): Promise<Recounted> {
  if (t.status !== 'open') {
    const stored = await store.update('tallies', unchangedSince(t._id, t.recount), { set: UNMARKED });
    return { drift: [], stored: stored > 0 };
  }
  const counters: Record<string, number> = { ...ZERO };
  const slots = new Map<string, number>();
  for (let cursor = ''; ;) {
    const page = await store.find<BallotDoc>('ballots', { voteId: t._id, _id: { $gt: cursor } }, { sort: [{ field: '_id', dir: 'asc' }], limit: COUNT_PAGE });
    for (const b of page) {
      // An open vote's ballots all hold their choice: only a sealed secret vote's lose it (voting/unlinkChoices.ts).
      if (b.choice) for (const [path, n] of Object.entries(countersDelta(b.choice, b.areaHundredths, 1))) counters[path.slice('counters.'.length)] += n;
      if (b.proxyMemberId) slots.set(b.proxyMemberId, (slots.get(b.proxyMemberId) ?? 0) + 1);
    }
    if (page.length < COUNT_PAGE) break;
    cursor = page.at(-1)!._id;
  }
  const drift = await repairSlots(store, t._id, slots);
  drift.push(...differences('counters', t.counters, counters));
  const stored = await store.update(
    'tallies',
    { ...unchangedSince(t._id, t.recount), status: 'open' },
    { set: { counters: counters as unknown as VoteCounters, ...UNMARKED } },
  );
  return { drift, stored: stored > 0 };
}

/** Each proxy's slots as its ballots say: a slot taken by a request that died before its ballot is given back. */
async function repairSlots(store: Store, voteId: string, slots: Map<string, number>): Promise<string[]> {
  const proxies = await store.find<ProxyDoc>('proxies', { voteId });
  const drift: string[] = [];
  for (const p of proxies) {
    const n = slots.get(p._id.slice(voteId.length + 1)) ?? 0;
    if (p.count === n) continue;
    // Guarded on the count read: a slot taken meanwhile makes this wait for the next repair.
    if (await store.update('proxies', { _id: p._id, count: p.count }, { set: { count: n } })) drift.push(`proxies.${p._id}.count: ${p.count} → ${n}`);
  }
  return drift;
}

/** Each number that differs between what was kept and the recount, by its path. */
function differences(prefix: string, kept: object, recounted: object): string[] {
  const out: string[] = [];
  const keys = new Set([...Object.keys(kept), ...Object.keys(recounted)]);
  for (const k of keys) {
    const a = (kept as Record<string, unknown>)[k];
    const b = (recounted as Record<string, unknown>)[k];
    if (typeof b === 'object' && b !== null) out.push(...differences(`${prefix}.${k}`, typeof a === 'object' && a !== null ? a : {}, b));
    else if (a !== b) out.push(`${prefix}.${k}: ${a ?? '无'} → ${b}`);
  }
  return out;
}
