import { recountConsultation } from '../../cloudfunctions/core/consultation/counts';
import { SETTLED_AFTER_MS } from '../../cloudfunctions/core/counting/marks';
import { repairDrift } from '../../cloudfunctions/core/counting/repairDrift';
import type {
  AuditDoc,
  BallotDoc,
  CommunityDoc,
  ConsultationDoc,
  MemberDoc,
  ProxyDoc,
  RosterEntryDoc,
  SuggestionDoc,
  TallyDoc,
} from '../../cloudfunctions/core/docs';
import type { Store } from '../../cloudfunctions/core/store/port';
import type { CollectionName } from '../../cloudfunctions/core/store/schema';
import { NOW, openWorld, PNG, registerEntry, WANG, ZHANG, type World } from '../support/harness';

/**
 * A request killed between a fact and its count leaves the count wrong. The counted record was
 * marked before the fact, so the scheduler finds it — once no live request can still be writing —
 * recounts it alone, writes back what drifted with an audit event, and takes the mark off.
 */

const ADS = 'c-seed-ads'; // consulting, with a 居民会议 vote of all residents
const CHEN = 'demo-chen-jing';
const LIU = 'demo-liu-fang';
const HUANG = 'demo-huang-li';

let w: World;
beforeEach(async () => {
  w = await openWorld();
});
afterEach(() => w.close());

/**
 * Runs a request whose process dies at its first `method` on `collection` for which `when` holds:
 * from there on none of its store calls reaches the store.
 */
async function killedAt<T>(
  method: 'update' | 'insert',
  collection: CollectionName,
  request: () => Promise<T>,
  when: (arg: unknown) => boolean = () => true,
): Promise<T> {
  const store = w.store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const methods = ['get', 'find', 'count', 'insert', 'insertMany', 'update', 'remove'];
  const real = Object.fromEntries(methods.map((m) => [m, store[m]]));
  let dead = false;
  for (const m of methods) {
    store[m] = async (...args: unknown[]) => {
      if (!dead && m === method && args[0] === collection && when(m === 'update' ? args[2] : args[1])) dead = true;
      if (dead) throw new Error('killed');
      return real[m].apply(w.store, args);
    };
  }
  try {
    return await request();
  } finally {
    Object.assign(store, real);
  }
}
const incOf = (update: unknown, path: string) => (update as { inc?: Record<string, number> }).inc?.[path] !== undefined;

const tally = async () => (await w.store.get<TallyDoc>('tallies', ADS))!;
async function ballotsRecount(store: Store) {
  const ballots = await store.find<BallotDoc>('ballots', { voteId: ADS });
  return { agree: ballots.filter((b) => b.choice === 'agree').length, disagree: ballots.filter((b) => b.choice === 'disagree').length };
}
const repairs = () => w.store.find<AuditDoc>('audit', { action: 'counts.repair' });

describe('the recount of what a killed request left', () => {
  it('repairs a cast, a co-sign and an opinion killed before their counts, once no request can still be live', async () => {
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    const cast = (openid: string, choice: 'agree' | 'disagree') => () => w.call(openid, 'voting', 'ballot.cast', { consultationId: ADS, choice });
    expect(await killedAt('update', 'tallies', cast(CHEN, 'agree'), (u) => incOf(u, 'counters.agree'))).toMatchObject({ ok: false, code: 'INTERNAL' });
    // A change of choice killed before its count.
    expect(await killedAt('update', 'tallies', cast(ZHANG, 'disagree'), (u) => incOf(u, 'counters.disagree'))).toMatchObject({ ok: false, code: 'INTERNAL' });

    const [benches] = await w.store.find<SuggestionDoc>('suggestions', { title: '3号楼前增设休息座椅' });
    const cosign = () => w.call(LIU, 'suggestion', 'suggestion.cosign', { id: benches._id, on: true });
    expect(await killedAt('update', 'suggestions', cosign, (u) => incOf(u, 'cosigns'))).toMatchObject({ ok: false, code: 'INTERNAL' });

    const parking = (await w.ok(ZHANG, 'consultation', 'consultation.list', {})).upcoming.find((c) => c.title.includes('停车位'))!.id;
    const opinion = {
      consultationId: parking,
      requestId: 'req-repair-0001',
      stance: 'support',
      text: '建议划线停车。',
      photos: [] as string[],
      channel: 'online',
    } as const;
    const submit = () => w.call(HUANG, 'participation', 'opinion.submit', opinion);
    expect(await killedAt('update', 'consultations', submit, (u) => incOf(u, 'counts.opinions.visible.total'))).toMatchObject({ ok: false, code: 'INTERNAL' });

    // The counts are off: one cast and one change missing, a co-sign and an opinion not counted.
    expect((await tally()).counters).toMatchObject({ agree: 1, disagree: 0 });
    expect(await ballotsRecount(w.store)).toEqual({ agree: 1, disagree: 1 });
    expect((await w.store.get<SuggestionDoc>('suggestions', benches._id))!.cosigns).toBe(benches.cosigns);
    const counts = async () => (await w.store.get<ConsultationDoc>('consultations', parking))!.counts;
    expect(await counts()).not.toEqual(await recountConsultation(w.store, parking));

    // Within a function's time limit the killed request might still be running: nothing is touched.
    expect((await w.tick(NOW + 60_000)).recounted).toMatchObject({ repaired: 0, unchanged: 0 });
    expect((await tally()).counters).toMatchObject({ agree: 1, disagree: 0 });

    const later = NOW + SETTLED_AFTER_MS + 1;
    // The tally, the suggestion, the consultation, and the street's counters (oversight/counters.ts) the cast and the opinion also marked.
    expect((await w.tick(later)).recounted).toEqual({ repaired: 4, unchanged: 0, busy: 0, failed: 0 });
    expect((await tally()).counters).toMatchObject(await ballotsRecount(w.store));
    expect((await w.store.get<SuggestionDoc>('suggestions', benches._id))!.cosigns).toBe(benches.cosigns + 1);
    expect(await counts()).toEqual(await recountConsultation(w.store, parking));
    // Each repair says what was wrong and what it is now; the screens read the repaired counts.
    const events = await repairs();
    expect(events.map((e) => [e.entity, e.entityId]).sort()).toEqual(
      [
        ['consultation', parking],
        ['suggestion', benches._id],
        ['tally', ADS],
        ['oversight', 'demo-xingfuli:2026'],
      ].sort(),
    );
    expect(events.find((e) => e.entity === 'tally')!.note).toContain('counters.disagree: 0 → 1');
    expect(events.find((e) => e.entity === 'suggestion')!.note).toContain(`cosigns: ${benches.cosigns} → ${benches.cosigns + 1}`);
    expect(events.every((e) => 'system' in e.actor)).toBe(true);
    expect((await w.ok(ZHANG, 'voting', 'vote.get', { consultationId: ADS }, later)).live).toMatchObject({ agree: { heads: 1 }, disagree: { heads: 1 } });
    // The marks are off: the next run has nothing to do.
    expect((await w.tick(later + 60_000)).recounted).toEqual({ repaired: 0, unchanged: 0, busy: 0, failed: 0 });
  });

  it('recounts the committee’s seats after a promotion killed before its count, so the last seat stays guarded', async () => {
    const LI_ID = (await w.store.find<MemberDoc>('members', { openid: 'demo-li-xiuying' }))[0]._id;
    const ZHANG_ID = (await w.store.find<MemberDoc>('members', { openid: ZHANG }))[0]._id;
    const seats = async () => (await w.store.get<CommunityDoc>('communities', 'demo-xingfuli'))!.committeeCount;
    expect(await seats()).toBe(2);
    await expect(
      killedAt(
        'update',
        'communities',
        () => w.ok(WANG, 'member', 'member.changeRole', { memberId: ZHANG_ID, role: 'committee' }),
        (u) => incOf(u, 'committeeCount'),
      ),
    ).rejects.toThrow();
    // 张伟 sits on the committee; the count missed him.
    expect(await seats()).toBe(2);
    expect((await w.tick(NOW + SETTLED_AFTER_MS + 1)).recounted).toMatchObject({ repaired: 1, busy: 0, failed: 0 });
    expect(await seats()).toBe(3);
    expect((await repairs()).map((a) => a.note)).toContain('community.committeeCount: 2 → 3');
    // With the seats right, two of the three may step down and the last is kept.
    await w.ok(WANG, 'member', 'member.changeRole', { memberId: LI_ID, role: 'resident' }, NOW + SETTLED_AFTER_MS + 2);
    await w.ok(WANG, 'member', 'member.changeRole', { memberId: ZHANG_ID, role: 'resident' }, NOW + SETTLED_AFTER_MS + 3);
    expect(await seats()).toBe(1);
  });

  it('marks again the household of a register change killed before its marks', async () => {
    const id = registerEntry('张伟');
    const before = (await w.store.get<RosterEntryDoc>('roster', id))!;
    expect(before.householdAdultFrom).toBeDefined();
    const markMoves = (u: unknown) => JSON.stringify(u).includes('householdAdultFrom');
    const died = { id, version: before.version ?? 1, kind: 'deceased' as const, on: '2026-11-01' };
    await expect(killedAt('update', 'roster', () => w.ok(WANG, 'member', 'register.markLeft', died), markMoves)).rejects.toThrow();
    // 张伟 is marked 死亡, yet still carries his household's adult mark: the household counts through him.
    expect((await w.store.get<RosterEntryDoc>('roster', id))!).toMatchObject({ status: 'deceased', householdAdultFrom: before.householdAdultFrom });
    expect((await w.tick(NOW + 60_000)).recounted).toMatchObject({ repaired: 0 });
    expect((await w.tick(NOW + SETTLED_AFTER_MS + 1)).recounted).toMatchObject({ repaired: 1, failed: 0 });
    const after = (await w.store.get<RosterEntryDoc>('roster', id))!;
    expect(after.householdAdultFrom).toBeUndefined();
    expect(after.unsettled).toBeUndefined();
    expect((await repairs()).find((a) => a.entityId === id)?.note).toMatch(/^重新标记户：/);
  });

  it('gives back a proxy’s slot taken by an entry killed before its ballot', async () => {
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    const photo = await w.files.put(PNG);
    const proxy = (name: string) =>
      w.call(WANG, 'voting', 'ballot.enterPaper', {
        consultationId: ADS,
        choice: 'agree',
        channel: 'proxy',
        electorId: registerEntry(name),
        evidence: [photo],
        proxyMemberId: 'm-yang-lei',
        proxyEvidence: [photo],
      });
    expect(await proxy('刘芳')).toMatchObject({ ok: true });
    expect(await killedAt('insert', 'ballots', () => proxy('黄丽'))).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect((await w.store.get<ProxyDoc>('proxies', `${ADS}:m-yang-lei`))!.count).toBe(2);
    await w.tick(NOW + SETTLED_AFTER_MS + 1);
    expect((await w.store.get<ProxyDoc>('proxies', `${ADS}:m-yang-lei`))!.count).toBe(1);
    expect((await repairs()).find((e) => e.entity === 'tally')!.note).toContain(`proxies.${ADS}:m-yang-lei.count: 2 → 1`);
    // The slot is free again: the community's limit of 3 admits two more.
    expect(await proxy('黄丽')).toMatchObject({ ok: true });
    expect(await proxy('马超')).toMatchObject({ ok: true });
    expect(await proxy('朱琳')).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('waits when a request began on the record while it recounted, and repairs on a later run', async () => {
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    await killedAt(
      'update',
      'tallies',
      () => w.call(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' }),
      (u) => incOf(u, 'counters.agree'),
    );
    const read = await tally();
    // Another cast lands between the repair's read of the tally and its write.
    await w.ok(CHEN, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    expect(await repairDrift(w.store, 'tallies', read, NOW + SETTLED_AFTER_MS + 1)).toBe('busy');
    expect((await tally()).counters.agree).toBe(1);
    expect((await tally()).recount!.pending).toBeGreaterThan(0);
    // The tally, and the street's counters the killed cast also left marked.
    expect((await w.tick(NOW + SETTLED_AFTER_MS + 1)).recounted).toMatchObject({ repaired: 2 });
    expect((await tally()).counters.agree).toBe(2);
  });
});
