import { toChinaDateTimeParts, type Scope, type SignInSheetView } from '@shared';
import type { ConsultationDoc, RosterEntryDoc } from '../../cloudfunctions/core/docs';
import { buildElectorate } from '../../cloudfunctions/core/member/buildElectorate';
import type { CountingStore } from '../support/countingStore';
import { NOW, openWorld, WANG, ZHANG, type World } from '../support/harness';

/**
 * The meeting's printables (签到表, 表决票, 计票单): committee-only, exactly the register's
 * electorate, and read in pages so that no call grows with the community.
 */

const ADS = 'c-seed-ads'; // consulting, with a 居民会议 vote of all residents, open from before NOW
const GROUPS = ['第一居民小组', '第二居民小组', undefined];

let w: World;
beforeEach(async () => {
  w = await openWorld();
});
afterEach(() => w.close());

/**
 * `households` households of three on the register: two adults and a child, in three groups (one
 * of them none); every seventh household's second adult has moved out.
 */
async function addHouseholds(households: number) {
  const people: RosterEntryDoc[] = [];
  for (let h = 0; h < households; h++) {
    const no = String(h + 1).padStart(5, '0');
    const address = { building: `${(h % 20) + 4}号楼`, unit: '1单元', room: String(100 + h) };
    const group = GROUPS[h % 3];
    const person = (n: number, name: string, year: number): RosterEntryDoc => ({
      _id: `r-print-${no}-${n}`,
      communityId: 'demo-xingfuli',
      name: `${name}${no}`,
      address,
      tenure: 'owner',
      representative: false,
      householdKey: `hh-print-${no}`,
      householdRep: n === 2,
      birth: { year, month: 6, day: 1 },
      ...(group ? { group } : {}),
      status: n === 2 && h % 7 === 0 ? 'moved_out' : 'current',
    });
    people.push(person(1, '甲', 1970), person(2, '乙', 1972), person(3, '丙', 2015));
  }
  await w.store.insertMany('roster', people);
}

/** The scope of the seeded vote, set as a test needs it. */
const scopeIs = (scope: Scope) => w.store.update('consultations', { _id: ADS }, { set: { 'plan.vote.scope': scope } });

/** Every page of the sheet, and the requests each page cost. */
async function wholeSheet(openid = WANG) {
  const store = w.store as CountingStore;
  const pages: SignInSheetView[] = [];
  const costs: number[] = [];
  let after: string | undefined;
  do {
    store.reset();
    const page = await w.ok(openid, 'consultation', 'consultation.signInSheet', { id: ADS, ...(after ? { after } : {}) });
    costs.push([...store.requests.values()].reduce((a, b) => a + b, 0));
    pages.push(page);
    after = page.next;
  } while (after);
  return { rows: pages.flatMap((p) => p.rows), pages, costs };
}

/** The electorate buildElectorate counts for the seeded vote, as sign-in rows. */
async function electorate(scope: Scope) {
  const c = (await w.store.get<ConsultationDoc>('consultations', ADS))!;
  const { electors } = await buildElectorate(w.store, { _id: c.communityId, kind: 'community' }, scope, toChinaDateTimeParts(c.plan.vote!.opensAt).date);
  return electors.map((e) => ({ name: e.name, address: e.place ?? e.units, ...(e.group ? { group: e.group } : {}) }));
}

const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

describe('签到表 (consultation.signInSheet)', () => {
  it('lists exactly the electorate of the vote’s scope, with each person’s group, page by page', async () => {
    await addHouseholds(400); // 1,200 on the register besides the demo's: three pages
    const { rows, pages, costs } = await wholeSheet();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(sorted(rows)).toEqual(sorted(await electorate({ kind: 'residents' })));
    // Adults only, and never one who moved out.
    expect(rows.find((r) => r.name === '丙00001')).toBeUndefined();
    expect(rows.find((r) => r.name === '乙00001')).toBeUndefined();
    expect(rows.find((r) => r.name === '甲00002')).toEqual({ name: '甲00002', address: '5号楼1单元101', group: '第二居民小组' });
    expect(rows.find((r) => r.name === '甲00003')).not.toHaveProperty('group');
    expect(pages[0]).toMatchObject({ title: '小区公共部位广告招租收益使用', signsFor: 'persons' });
    // A page costs the same few requests however large the register.
    expect(Math.max(...costs)).toBeLessThanOrEqual(8);
  });

  it('in household form lists each household once, even when its people fall on two pages', async () => {
    await addHouseholds(400);
    await w.store.insert('roster', {
      ...(await w.store.get<RosterEntryDoc>('roster', 'r-print-00001-1'))!,
      _id: 'r-print-0000-lone',
      name: '独居',
      address: { building: '4号楼', unit: '1单元', room: '99' },
      householdKey: 'hh-print-lone',
    });
    await scopeIs({ kind: 'households' });
    const { rows, pages, costs } = await wholeSheet();
    // The first page ends inside a household (its third person, the child, is on the next).
    expect(pages[0].next).toMatch(/^r-print-\d+-[12]$/);
    expect(pages[0].signsFor).toBe('households');
    expect(sorted(rows)).toEqual(sorted(await electorate({ kind: 'households' })));
    expect(rows.filter((r) => r.address === '4号楼1单元100')).toEqual([{ name: '甲00001', address: '4号楼1单元100', group: '第一居民小组' }]);
    expect(Math.max(...costs)).toBeLessThanOrEqual(9);
  });

  it('for owners lists the owners of the buildings in scope, an owner of several flats once', async () => {
    const scope: Scope = { kind: 'owners', buildings: ['1号楼', '2号楼', '3号楼'] };
    await scopeIs(scope);
    const { rows, pages } = await wholeSheet();
    expect(pages[0].signsFor).toBe('owners');
    expect(sorted(rows)).toEqual(sorted(await electorate(scope)));
    expect(rows.filter((r) => r.name === '张伟')).toEqual([{ name: '张伟', address: '1号楼1单元101、1号楼1单元102', group: '1号楼' }]);
  });

  it('is the committee’s alone', async () => {
    expect(await w.call(ZHANG, 'consultation', 'consultation.signInSheet', { id: ADS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('表决票 (vote.ballotPapers)', () => {
  const open = () => w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS }, NOW);

  it('pages through every elector of the open vote with a cursor, each page a bounded number of requests', async () => {
    await addHouseholds(400);
    const opened = await open();
    expect(opened.vote.phase).toBe('open');
    const store = w.store as CountingStore;
    const seen: string[] = [];
    let after: string | undefined;
    let total = 0;
    do {
      store.reset();
      const page = await w.ok(WANG, 'voting', 'vote.ballotPapers', { consultationId: ADS, ...(after ? { after } : {}) });
      expect([...store.requests.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8);
      expect(page.ballots.length).toBeLessThanOrEqual(500);
      seen.push(...page.ballots.map((b) => b.electorId));
      total = page.total;
      after = page.next;
    } while (after);
    expect(seen.length).toBeGreaterThan(500);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('names the elector and asks the question; a secret vote’s ballots carry the code alone', async () => {
    await open();
    const { ballots, question, secret } = await w.ok(WANG, 'voting', 'vote.ballotPapers', { consultationId: ADS });
    expect(secret).toBe(false);
    expect(question).toBe('广告收益用于增设小区健身器材和楼道照明');
    expect(ballots[0].label).toEqual(expect.any(String));
    await w.store.update('consultations', { _id: ADS }, { set: { 'plan.vote.secret': true } });
    const secretOnes = await w.ok(WANG, 'voting', 'vote.ballotPapers', { consultationId: ADS });
    expect(secretOnes.ballots.every((b) => Object.keys(b).join() === 'electorId')).toBe(true);
  });

  it('is the committee’s alone, and only while the vote is open', async () => {
    expect(await w.call(WANG, 'voting', 'vote.ballotPapers', { consultationId: ADS })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    await open();
    expect(await w.call(ZHANG, 'voting', 'vote.ballotPapers', { consultationId: ADS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('a scanned ballot finds its elector for the paper entry, and says when their ballot is in', async () => {
    await open();
    const { ballots } = await w.ok(WANG, 'voting', 'vote.ballotPapers', { consultationId: ADS });
    const zhang = (await w.ok(WANG, 'voting', 'vote.electors', { consultationId: ADS, query: '张伟' })).electors[0];
    const found = await w.ok(WANG, 'voting', 'vote.electors', { consultationId: ADS, electorId: ballots[0].electorId });
    expect(found.electors).toEqual([{ electorId: ballots[0].electorId, label: ballots[0].label, voted: false }]);
    await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    expect((await w.ok(WANG, 'voting', 'vote.electors', { consultationId: ADS, electorId: zhang.electorId })).electors[0].voted).toBe(true);
    expect((await w.ok(WANG, 'voting', 'vote.electors', { consultationId: ADS, electorId: 'nobody' })).electors).toEqual([]);
  });
});

describe('计票单 (vote.tallySheet)', () => {
  it('gives the rule in words and 应到 from the round’s electorate, to the committee only', async () => {
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS }, NOW);
    const sheet = await w.ok(WANG, 'voting', 'vote.tallySheet', { consultationId: ADS });
    const { vote } = await w.ok(WANG, 'voting', 'vote.get', { consultationId: ADS });
    expect(sheet).toMatchObject({ question: vote.question, ruleText: vote.ruleText, ruleLabel: vote.ruleLabel });
    expect(sheet.electors).toBeGreaterThan(0);
    expect(sheet).not.toHaveProperty('areaTotal');
    expect(await w.call(ZHANG, 'voting', 'vote.tallySheet', { consultationId: ADS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
