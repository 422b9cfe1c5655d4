import { createHash } from 'node:crypto';
import { DomainError, formOfScope, representativesThresholds, toChinaDateTimeParts, type RuleKind, type RuleThresholds } from '@shared';
import type { SystemContext } from '../context';
import type { CommunityDoc, ConsultationDoc, ElectorDoc, TallyDoc } from '../docs';
import { buildElectorate } from '../member/buildElectorate';
import type { Budget } from '../scheduler/budget';
import { isStoreConflict } from '../store/port';
import { ZERO } from './counters';
import { ballotId } from './loadVote';

/**
 * Electors per insert: CloudBase's largest batch.
 * @internal The tests read it rather than repeat the figure.
 */
export const SNAPSHOT_PAGE = 1000;

/** One run writes at a time: it holds the tally for a function's longest run, and a dead one's lapses. */
const LEASE_MS = 60_000;

/**
 * 选民名单: the electorate of a vote round, taken from the register when it opens, as a job on the
 * tally. The tally is written first (`preparing`, with the electorate's size and a digest of it);
 * each run takes a lease on it, builds the electorate from the register again and writes the next
 * pages, saving how many are written after each, so a killed run's page is written again and never
 * twice. A register changed between runs (a different digest) starts the snapshot afresh: no
 * ballot can exist yet. When every page is in, the tally opens.
 */
export async function startSnapshot(ctx: SystemContext, c: ConsultationDoc, voteId: string): Promise<{ tally: TallyDoc; docs: ElectorDoc[]; held: boolean }> {
  const { community, docs } = await electorateNow(ctx, c, voteId);
  const vote = c.plan.vote!;
  const tally: TallyDoc = {
    _id: voteId,
    communityId: c.communityId,
    consultationId: c._id,
    round: c.voteRound ?? 1,
    rule: vote.rule,
    form: formOfScope(vote.scope),
    ...ownThresholds(vote.rule, community),
    secret: vote.secret,
    ...sizeOf(docs),
    status: 'preparing',
    // The run that starts it holds it first.
    preparing: { written: 0, digest: digestOf(docs), startedAt: ctx.now, leaseUntil: ctx.now + LEASE_MS },
    counters: { ...ZERO },
    openedAt: ctx.now,
  };
  try {
    await ctx.store.insert('tallies', tally);
    return { tally, docs, held: true };
  } catch (e) {
    // Another run (a second scheduler, a committee tap) started it first: theirs goes on.
    if (!isStoreConflict(e)) throw e;
    return { tally: (await ctx.store.get<TallyDoc>('tallies', voteId))!, docs, held: false };
  }
}

/**
 * Writes pages while the budget lasts (the first always); the tally as it then stands, open when
 * done. `started` is what startSnapshot gave when this run started it (it holds the lease already).
 */
export async function writeSnapshot(
  ctx: SystemContext,
  c: ConsultationDoc,
  tally: TallyDoc,
  budget: Budget,
  started?: { docs: ElectorDoc[]; held: boolean },
): Promise<TallyDoc> {
  const held =
    started?.held ||
    (await ctx.store.update(
      'tallies',
      { _id: tally._id, status: 'preparing', 'preparing.leaseUntil': { $lt: ctx.now } },
      { set: { 'preparing.leaseUntil': ctx.now + LEASE_MS } },
    )) > 0;
  // Another run (a second tap, the scheduler) is writing it now: it goes on.
  if (!held) throw new DomainError('CONFLICT', '表决正在开始，请稍后刷新');
  // Where the last holder left it, now that no one else writes.
  const current = started ? tally : (await ctx.store.get<TallyDoc>('tallies', tally._id))!;
  const docs = started?.docs ?? (await electorateNow(ctx, c, tally._id)).docs;
  let t = digestOf(docs) === current.preparing!.digest ? current : await restart(ctx, current, docs);
  let from = t.preparing!.written;
  // The page a killed run was writing may be partly in: whatever lies past the pages saved goes.
  await ctx.store.remove('electors', from === 0 ? { voteId: t._id } : { voteId: t._id, _id: { $gt: docs[from - 1]._id } });
  do {
    const page = docs.slice(from, from + SNAPSHOT_PAGE);
    if (page.length > 0) await ctx.store.insertMany('electors', page);
    const written = from + page.length;
    if (written >= docs.length) {
      await ctx.store.update('tallies', { _id: t._id, status: 'preparing' }, { set: { status: 'open' }, unset: ['preparing'] });
      const { preparing: _done, ...open } = t;
      return { ...open, status: 'open' };
    }
    await ctx.store.update('tallies', { _id: t._id, status: 'preparing' }, { set: { 'preparing.written': written } });
    t = { ...t, preparing: { ...t.preparing!, written } };
    from = written;
  } while (budget.left());
  // Let the next run take it at once rather than when the lease lapses.
  await ctx.store.update('tallies', { _id: t._id, status: 'preparing' }, { set: { 'preparing.leaseUntil': 0 } });
  return { ...t, preparing: { ...t.preparing!, leaseUntil: 0 } };
}

/** The register changed since the snapshot began: its pages so far are dropped and it begins again. */
async function restart(ctx: SystemContext, tally: TallyDoc, docs: ElectorDoc[]): Promise<TallyDoc> {
  const digest = digestOf(docs);
  await ctx.store.update('tallies', { _id: tally._id, status: 'preparing' }, { set: { 'preparing.written': 0, 'preparing.digest': digest, ...sizeOf(docs) } });
  return { ...tally, ...sizeOf(docs), preparing: { ...tally.preparing!, written: 0, digest } };
}

/**
 * The electorate on the opening day, from the register, as the round's elector records. Refused,
 * with nothing written, while the register cannot say who is 18 (a birth known only to the month
 * of the 18th birthday) or names nobody.
 */
async function electorateNow(ctx: SystemContext, c: ConsultationDoc, voteId: string): Promise<{ community: CommunityDoc; docs: ElectorDoc[] }> {
  const community = await ctx.store.get<CommunityDoc>('communities', c.communityId);
  if (!community) throw new Error(`community ${c.communityId} of consultation ${c._id} not found`);
  const { electors, undecided } = await buildElectorate(ctx.store, community, c.plan.vote!.scope, toChinaDateTimeParts(ctx.now).date);
  if (undecided.length > 0) {
    const named = undecided.slice(0, 5).join('、') + (undecided.length > 5 ? `等${undecided.length}人` : '');
    throw new DomainError('WRONG_STATE', `名册中${named}的出生日期不足以判断表决之日是否年满十八周岁，请先在名册中补全`, undecided);
  }
  if (electors.length === 0) throw new DomainError('WRONG_STATE', '本次表决范围在名册中没有选民：请先导入或补充名册');
  const docs: ElectorDoc[] = electors.map((e) => ({
    _id: ballotId(voteId, e.id),
    communityId: c.communityId,
    consultationId: c._id,
    voteId,
    electorId: e.id,
    household: e.household ?? e.id,
    areaHundredths: e.area === undefined ? 0 : Math.round(e.area * 100),
    voters: e.voters,
    label: e.label,
    ...(e.initials ? { initials: e.initials } : {}),
    ...(e.place ? { place: e.place } : {}),
    online: e.voters.length > 0,
  }));
  // Pages are taken in id order, so every run cuts the same electorate into the same pages.
  docs.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  return { community, docs };
}

const sizeOf = (docs: ElectorDoc[]) => ({
  electors: docs.length,
  online: docs.filter((d) => d.online).length,
  areaTotal: docs.reduce((n, d) => n + d.areaHundredths, 0),
});

/** Whether two builds are the same electorate: who, with what weight, voted for by whom. */
function digestOf(docs: ElectorDoc[]): string {
  const hash = createHash('sha256');
  for (const d of docs) hash.update(`${d._id}|${d.areaHundredths}|${d.voters.join(',')}|${d.label}\n`);
  return hash.digest('hex');
}

/** The community's own 居民代表会议 thresholds, fixed for this vote when it opens. */
export function ownThresholds(rule: RuleKind, community: CommunityDoc): { thresholds?: RuleThresholds } {
  const own = community.settings.residentRepresentatives;
  return rule === 'resident_representatives' && own ? { thresholds: representativesThresholds(own) } : {};
}
