import { Workbook } from 'exceljs';
import { DAY_MS, VOTE_CLOSE_GRACE_MS } from '@shared';
import type { AuditDoc, ElectorDoc, MemberDoc, RosterEntryDoc } from '../../cloudfunctions/core/docs';
import { createCommunity } from '../../cloudfunctions/core/member/createCommunity';
import { communityCounts, day, makeCommunityRegister, registerBuffer } from '../fixtures/make-register';
import { completePlan, NOW, openWorld, PNG, recordPriorDiscussion, snapshot, VISITOR, type World } from '../support/harness';

/**
 * The register (居民名册) of a new community, kept by its committee member (VISITOR): imported from
 * the committee's own workbook, corrected by hand, and counted by every statutory vote.
 */
let w: World;
let communityId: string;
beforeEach(async () => {
  w = await openWorld();
  const created = await createCommunity(w.store, { name: '幸福里社区（二期）', kind: 'community' }, NOW - 30 * DAY_MS);
  communityId = created.community._id;
  await w.ok(VISITOR, 'member', 'member.join', {
    code: created.committeeCode,
    name: '韩梅',
    address: { building: '1号楼', unit: '1单元', room: '101' },
    tenure: 'owner',
  });
});
afterEach(() => w.close());

const importFile = async (file: Buffer, dryRun = false, headerMap?: Record<string, 'birth' | 'ignore'>) =>
  w.ok(VISITOR, 'member', 'member.importRoster', { fileId: await w.files.putDocument(file, '居民花名册.xlsx'), dryRun, ...(headerMap ? { headerMap } : {}) });
const register = async () => w.store.find<RosterEntryDoc>('roster', { communityId }, { sort: [{ field: '_id', dir: 'asc' }] });
const summary = () => w.ok(VISITOR, 'member', 'register.summary', {});

describe('importing the committee’s own register workbook', () => {
  it('takes it as it is, counts it at a glance, and changes nothing when imported again', async () => {
    const report = await importFile(await makeCommunityRegister());
    expect(report.residents.created).toBe(communityCounts.persons);
    const counts = await summary();
    expect(counts.households).toBe(communityCounts.households);
    expect(counts.persons + counts.left).toBe(communityCounts.persons);
    expect(counts.adults + counts.undecided).toBeLessThanOrEqual(counts.persons);
    expect((await register()).every((p) => p.initials && p.householdKey?.startsWith('head:'))).toBe(true);

    const before = { ...(await snapshot(w.store)), roster: await register() };
    const again = await importFile(await makeCommunityRegister());
    expect(again.residents).toMatchObject({ created: 0, updated: 0, unchanged: communityCounts.persons });
    const after = { ...(await snapshot(w.store)), roster: await register() };
    expect(after.roster).toEqual(before.roster);
  });

  it('refuses a workbook that is no register whole, changing nothing', async () => {
    await importFile(await makeCommunityRegister());
    const before = { ...(await snapshot(w.store)), roster: await register() };
    const notARegister = await registerBuffer({
      统计表: [
        ['项目', '数量'],
        ['常住人口', 100],
      ],
    });
    const res = await w.call(VISITOR, 'member', 'member.importRoster', { fileId: await w.files.putDocument(notARegister, '居民花名册.xlsx'), dryRun: false });
    expect(res).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect({ ...(await snapshot(w.store)), roster: await register() }).toEqual(before);
  });

  it('reports a date cell beyond any calendar as that row’s problem, not a failure of the import', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(
      (await registerBuffer({
        花名册: [
          ['姓名', '住址', '出生日期'],
          ['赵大爷', '5号楼1单元101', 0],
          ['钱大妈', '5号楼1单元102', day(1950, 3, 4)],
        ],
      })) as unknown as ArrayBuffer,
    );
    // A serial in a date-formatted cell past the largest date JavaScript holds reads back as an Invalid Date.
    const cell = workbook.getWorksheet('花名册')!.getCell('C2');
    cell.value = 1e12;
    cell.numFmt = 'yyyy-mm-dd';
    const report = await importFile(Buffer.from(await workbook.xlsx.writeBuffer()), true);
    expect(report.residents).toMatchObject({ created: 1, rejected: 1 });
    expect(report.rows.find((r) => r.outcome === 'rejected')).toMatchObject({ sheet: '花名册', row: 2, reason: expect.stringContaining('出生日期') });
  });

  it('asks once what an unknown column means, and remembers it for the community', async () => {
    const book = () =>
      registerBuffer({
        花名册: [
          ['姓名', '住址', '生辰'],
          ['赵大爷', '5号楼1单元101', day(1950, 3, 4)],
        ],
      });
    const first = await importFile(await book(), true);
    expect(first.unknownHeaders).toEqual([{ sheet: '花名册', header: '生辰' }]);
    await importFile(await book(), false, { 生辰: 'birth' });
    expect((await register())[0].birth).toEqual({ year: 1950, month: 3, day: 4 });
    // The next import needs no mapping: the community remembers it.
    const later = await importFile(await book(), true);
    expect(later.unknownHeaders).toEqual([]);
    expect(later.residents).toMatchObject({ unchanged: 1 });
  });
});

describe('keeping the register by hand', () => {
  const person = {
    name: '钱奶奶',
    address: { building: '6号楼', unit: '2单元', room: '302' },
    birth: { year: 1941, month: 5, day: 9 },
    householdRep: true,
    representative: false,
    collectiveMember: false,
    collectiveRepresentative: false,
  };

  it('adds, corrects with the version read, and marks 死亡 with the date, keeping the person; every change audited', async () => {
    const added = await w.ok(VISITOR, 'member', 'register.save', { person });
    expect(added).toMatchObject({ name: '钱奶奶', age: 'adult', status: 'current', usesApp: false, householdRep: true });
    expect(await w.call(VISITOR, 'member', 'register.save', { person })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await w.ok(VISITOR, 'member', 'register.get', { id: added.id })).toEqual(added);
    const corrected = await w.ok(VISITOR, 'member', 'register.save', { id: added.id, version: added.version, person: { ...person, phoneLast4: '0921' } });
    expect(corrected).toMatchObject({ version: 2, phoneLast4: '0921' });
    expect(await w.call(VISITOR, 'member', 'register.save', { id: added.id, version: 1, person })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await w.call(VISITOR, 'member', 'register.markLeft', { id: added.id, version: 2, kind: 'deceased', on: '2099-01-01' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    const left = await w.ok(VISITOR, 'member', 'register.markLeft', { id: added.id, version: 2, kind: 'deceased', on: '2026-11-01' });
    expect(left).toMatchObject({ status: 'deceased', statusLabel: '已故', leftOn: '2026-11-01' });
    expect(await register()).toHaveLength(1);
    expect(await summary()).toMatchObject({ persons: 0, left: 1 });
    const audit = await w.store.find<AuditDoc>('audit', { entity: 'roster', entityId: added.id });
    expect(audit.map((a) => a.action).sort()).toEqual(['register.add', 'register.correct', 'register.markLeft']);
  });

  it('is private: the committee and the supervisory committee see it, nobody else', async () => {
    await w.ok(VISITOR, 'member', 'register.save', { person });
    const { total } = await w.ok(VISITOR, 'member', 'register.list', { query: 'qnn' });
    expect(total).toBe(1);
    expect(await w.call('demo-zhang-wei', 'member', 'register.list', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await w.call('demo-zhao-deming', 'member', 'register.summary', {})).toMatchObject({ ok: true }); // 幸福里's supervisor reads its own
  });
});

describe('a 居民会议 counts the register, not the app', () => {
  /** 100 registered adults; the first 20 use the app. */
  async function hundredAdults() {
    const rows = Array.from({ length: 100 }, (_, i) => [
      `居民${String(i + 1).padStart(3, '0')}`,
      `${Math.floor(i / 10) + 1}号楼1单元${101 + (i % 10)}`,
      day(1950 + (i % 40), 1, 1),
    ]);
    await importFile(await registerBuffer({ 花名册: [['姓名', '住址', '出生日期'], ...rows] }));
    const people = (await register()).sort((a, b) => a.name.localeCompare(b.name));
    const members: MemberDoc[] = people.slice(0, 20).map((p, i) => ({
      _id: `m-app-${i}`,
      openid: `demo-app-${i}`,
      communityId,
      name: p.name,
      role: 'resident',
      status: 'active',
      version: 1,
      address: p.address,
      tenure: 'owner',
      requestedAt: NOW - DAY_MS,
      joinedAt: NOW - DAY_MS,
    }));
    await w.store.insertMany('members', members);
    for (const [i, m] of members.entries()) await w.store.update('roster', { _id: people[i]._id }, { set: { memberId: m._id } });
    return people;
  }

  it('is not quorate on 45 ballots of 100 adults, and is once 10 elders’ paper ballots are added (55 of 100)', async () => {
    const people = await hundredAdults();
    const plan = completePlan(14);
    const vote = {
      question: '同意增设充电桩',
      rule: 'residents_meeting' as const,
      scope: { kind: 'residents' as const },
      opensAt: plan.schedule.startsAt,
      closesAt: plan.schedule.startsAt + DAY_MS,
      secret: false,
    };
    const at = plan.schedule.startsAt;
    const draft = await w.ok(VISITOR, 'consultation', 'consultation.createDraft', { requestId: 'req-hundred', plan: { ...plan, vote } });
    await w.ok(VISITOR, 'consultation', 'consultation.publishNotice', { id: draft.id, version: draft.version });
    await w.ok(VISITOR, 'consultation', 'consultation.startConsulting', { id: draft.id }, at);
    await recordPriorDiscussion(w, draft.id, at, VISITOR);
    // Before opening, the committee sees whom the law counts: 本次表决应到 100 人，其中已使用小程序 20 人.
    expect(await w.ok(VISITOR, 'voting', 'vote.preview', { consultationId: draft.id }, at)).toEqual({
      onDate: expect.any(String),
      unit: '人',
      electors: 100,
      online: 20,
      undecided: [],
    });
    const opened = await w.ok(VISITOR, 'voting', 'vote.open', { consultationId: draft.id }, at);
    expect(opened.live).toMatchObject({ electors: 100 });
    expect(opened.electorate).toEqual({ electors: 100, online: 20, unit: '人' });
    for (let i = 0; i < 20; i += 1) await w.ok(`demo-app-${i}`, 'voting', 'ballot.cast', { consultationId: draft.id, choice: 'agree' }, at);
    const photo = await w.files.put(PNG);
    const paper = (p: RosterEntryDoc) =>
      w.ok(VISITOR, 'voting', 'ballot.enterPaper', { consultationId: draft.id, electorId: p._id, choice: 'agree', channel: 'paper', evidence: [photo] }, at);
    for (const p of people.slice(20, 45)) await paper(p);
    const tenMore = people.slice(45, 55);

    // Counted as it stands (45 of 100), and with ten more elders on paper (55 of 100).
    const { decide } = await import('@shared');
    const electors = await w.store.find<ElectorDoc>('electors', { consultationId: draft.id });
    const ballots = people.slice(0, 45).map((p) => ({ electorId: p._id, choice: 'agree' as const }));
    const now45 = decide({ rule: { kind: 'residents_meeting' }, electorate: electors.map((e) => ({ id: e.electorId })), ballots });
    expect(now45).toMatchObject({ quorumMet: false, turnout: { heads: 45, headsTotal: 100 } });

    for (const p of tenMore) await paper(p);
    const closed = await w.ok(VISITOR, 'voting', 'vote.close', { consultationId: draft.id }, vote.closesAt + VOTE_CLOSE_GRACE_MS);
    expect(closed.result).toMatchObject({ quorumMet: true, passed: true, turnout: { heads: 55, headsTotal: 100 } });
  });
});
