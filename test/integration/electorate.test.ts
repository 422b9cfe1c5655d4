import { buildElectorate, electorateOf, type Elector } from '../../cloudfunctions/core/member/buildElectorate';
import { addLoadMembers } from '../support/loadMembers';
import type { Scope } from '@shared';
import type { MemberDoc, RosterEntryDoc } from '../../cloudfunctions/core/docs';
import { LIN, openWorld, WANG, type World } from '../support/harness';

/**
 * The electorate builder on the demo registry (cloudfunctions/local/seed/registry.ts). Areas of
 * the demo units cycle through 89.50, 102.35, 120.00, 76.80, 96.12, 110.48, 135.20, 68.75 m² in
 * address order: 1号楼1单元101, 102, 201, 202, 1号楼2单元101, … 3号楼2单元202.
 */
let w: World;
beforeEach(async () => {
  w = await openWorld();
});
afterEach(() => w.close());

const HAPPY = 'demo-xingfuli';
const HAPPY_COMMUNITY = { _id: HAPPY, kind: 'community' as const };
const VILLAGE_COMMUNITY = { _id: 'demo-qingshan', kind: 'village' as const };
const byId = (electors: Elector[]) => new Map(electors.map((e) => [e.id, e]));
const owners = async (scope: Scope) => (await buildElectorate(w.store, HAPPY_COMMUNITY, scope, OPENING)).electors;
const sum = (electors: Elector[]) => electors.reduce((n, e) => n + Math.round((e.area ?? 0) * 100), 0);

describe('the owners of given buildings (owners’ rules)', () => {
  it('count a buyer of several units once, with the areas summed', async () => {
    const electors = await owners({ kind: 'owners', buildings: ['1号楼'] });
    const zhang = byId(electors).get('demo-xingfuli-owner-张伟')!;
    expect(zhang).toEqual({
      id: 'demo-xingfuli-owner-张伟',
      household: 'demo-xingfuli-1号楼-1单元-101',
      area: 191.85,
      voters: ['m-zhang-wei'],
      label: '张伟（1号楼1单元101、1号楼1单元102）',
      units: '1号楼1单元101、1号楼1单元102',
      name: '张伟',
      group: '1号楼',
    });
    // 8 units: 张伟 ×2, 王建国, 李秀英, 郭强 (not a member), and 3 units with no registered owner.
    expect(electors).toHaveLength(7);
    expect(sum(electors)).toBe(8950 + 10235 + 12000 + 7680 + 9612 + 11048 + 13520 + 6875);
  });

  it('count all the developer’s unsold units once together, with no one to vote until it names someone', async () => {
    const electors = await owners({ kind: 'owners', buildings: ['3号楼'] });
    const developer = byId(electors).get('demo-xingfuli-owner-幸福里置业有限公司')!;
    expect(developer.area).toBe(203.95); // 135.20 + 68.75
    expect(developer.voters).toEqual([]);
    expect(electors.filter((e) => e.id.includes('幸福里置业'))).toHaveLength(1);
  });

  it('give a co-owned unit one elector, voting through its designated co-owner only', async () => {
    const electors = await owners({ kind: 'owners', buildings: ['2号楼'] });
    const coOwned = byId(electors).get('demo-xingfuli-owner-吴敏、徐军')!;
    expect(coOwned).toMatchObject({ area: 120, voters: ['m-wu-min'] });
    expect(electors.flatMap((e) => e.voters)).not.toContain('m-xu-jun');
  });

  it('still count a unit whose owner is not registered, with nobody to vote for it', async () => {
    const electors = await owners({ kind: 'owners', buildings: ['1号楼'] });
    expect(byId(electors).get('unit:demo-xingfuli-1号楼-1单元-202')).toEqual({
      id: 'unit:demo-xingfuli-1号楼-1单元-202',
      household: 'demo-xingfuli-1号楼-1单元-202',
      area: 76.8,
      voters: [],
      label: '1号楼1单元202（业主未登记）',
      units: '1号楼1单元202',
      name: '业主未登记',
      group: '1号楼',
    });
  });

  it('read building names however they were typed, and take single units too', async () => {
    const typed = await owners({ kind: 'owners', buildings: ['1栋'] });
    expect(typed).toHaveLength(7);
    const units = await owners({
      kind: 'owners',
      buildings: [],
      unitIds: ['demo-xingfuli-1号楼-1单元-102', 'demo-xingfuli-2号楼-1单元-201'],
    });
    expect(units.map((e) => [e.id, e.area])).toEqual([
      ['demo-xingfuli-owner-张伟', 102.35],
      ['demo-xingfuli-owner-吴敏、徐军', 120],
    ]);
  });

  it('gain a voter when the committee approves a registered owner', async () => {
    const before = byId(await owners({ kind: 'owners', buildings: ['3号楼'] }));
    expect(before.get('demo-xingfuli-owner-林晓')?.voters).toEqual([]);
    const [lin] = await w.store.find<{ _id: string }>('members', { openid: LIN });
    await w.ok(WANG, 'member', 'member.approve', { memberId: lin._id });
    const after = byId(await owners({ kind: 'owners', buildings: ['3号楼'] }));
    expect(after.get('demo-xingfuli-owner-林晓')?.voters).toEqual([lin._id]);
  });
});

const OPENING = '2026-11-21';
const people = async (scope: Scope, date = OPENING) => {
  const draft = await buildElectorate(w.store, HAPPY_COMMUNITY, scope, date);
  expect(draft.undecided).toEqual([]);
  return draft.electors;
};
const entry = (name: string, community = HAPPY) => `${community}-roster-${name}`;

describe('people-based scopes come from the register, not from app users', () => {
  it('all residents: every adult on the register, with or without the app, of this community only', async () => {
    const electors = await people({ kind: 'residents' });
    expect(electors).toHaveLength(17); // 15 members, 林晓 (request pending) and 郑华 (never joined)
    const ids = electors.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([entry('郑华'), entry('林晓'), entry('王建国')]));
    expect(byId(electors).get(entry('郑华'))?.voters).toEqual([]); // votes on paper or in the room
    expect(byId(electors).get(entry('王建国'))?.voters).toEqual(['m-wang-jianguo']);
    expect(electors.filter((e) => e.voters.length > 0)).toHaveLength(15);
    expect(ids).not.toContain(entry('郑国强', 'demo-qingshan'));
  });

  it('one per household: people living together share one elector, any adult of it may vote', async () => {
    const electors = await people({ kind: 'households' });
    expect(electors).toHaveLength(16);
    const shared = electors.find((e) => e.label.startsWith('2号楼1单元201'));
    expect(shared?.voters.sort()).toEqual(['m-wu-min', 'm-xu-jun']);
  });

  it('a 代表会议: the committee members and the representatives', async () => {
    const electors = await people({ kind: 'representatives' });
    expect(electors.map((e) => e.id).sort()).toEqual([entry('周强'), entry('李秀英'), entry('杨磊'), entry('王建国')].sort());
  });

  it('a member removed from the app is still on the register: still an elector, with no one voting online', async () => {
    await w.ok(WANG, 'member', 'member.remove', { memberId: 'm-yang-lei', reason: '换了手机' });
    const yang = byId(await people({ kind: 'representatives' })).get(entry('杨磊'));
    expect(yang?.voters).toEqual([]);
  });

  it('counts only adults on the opening day, and names anyone whose 18th birthday the register cannot decide', async () => {
    const add = (name: string, birth: RosterEntryDoc['birth'], extra: Partial<RosterEntryDoc> = {}) =>
      w.store.insert<RosterEntryDoc>('roster', {
        _id: entry(name),
        communityId: HAPPY,
        name,
        address: { building: '3号楼', unit: '1单元', room: '101' },
        tenure: 'owner',
        representative: false,
        householdKey: 'addr:3|1|101',
        ...(birth ? { birth } : {}),
        status: 'current',
        ...extra,
      });
    await add('郑小明', { year: 2008, month: 11, day: 21 }); // 18 that very day
    await add('郑小红', { year: 2008, month: 11, day: 22 }); // 18 tomorrow
    await add('郑小军', { year: 2008, month: 10 }); // month known, birthday month already past
    await add('郑老', { year: 1930 }, { status: 'deceased', leftOn: '2026-01-05' });
    const ids = (await people({ kind: 'residents' })).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([entry('郑小明'), entry('郑小军')]));
    expect(ids).not.toContain(entry('郑小红'));
    expect(ids).not.toContain(entry('郑老'));
    await add('郑小兰', { year: 2008, month: 11 }); // turns 18 some day this month: cannot say
    await add('郑小芳', undefined);
    const draft = await buildElectorate(w.store, HAPPY_COMMUNITY, { kind: 'residents' }, OPENING);
    expect(draft.undecided).toEqual(['郑小兰（3号楼1单元101）', '郑小芳（3号楼1单元101）']);
    expect(draft.electors.map((e) => e.id)).not.toContain(entry('郑小兰'));
  });

  it('finds an elder by the initials of her name', async () => {
    expect(byId(await people({ kind: 'residents' })).get(entry('李秀英'))?.initials).toBe('lxy');
  });
});

describe('isolation', () => {
  it('never reaches into another community', async () => {
    expect((await buildElectorate(w.store, VILLAGE_COMMUNITY, { kind: 'owners', buildings: ['1号楼', '2号楼', '3号楼'] }, OPENING)).electors).toEqual([]);
    const village = await buildElectorate(w.store, VILLAGE_COMMUNITY, { kind: 'households' }, OPENING);
    expect(
      village.electors
        .map((e) => e.voters)
        .flat()
        .sort(),
    ).toEqual(['m-qian-guilan', 'm-zheng-guoqiang']);
  });
});

describe('a 代表会议 of a large community', () => {
  it('is the electorate the whole register gives, read from its members alone', async () => {
    await addLoadMembers(w.store, 1_000);
    // A representative on the register whose app role is resident still casts their own ballot.
    await w.store.update('roster', { _id: 'r-load-m-load-00001' }, { set: { representative: true } });
    const [people, members] = await Promise.all([
      w.store.find<RosterEntryDoc>('roster', { communityId: HAPPY }, { sort: [{ field: '_id', dir: 'asc' }] }),
      w.store.find<MemberDoc>('members', { communityId: HAPPY, status: 'active' }),
    ]);
    const whole = electorateOf(
      people.filter((p) => (p.status ?? 'current') === 'current'),
      members,
      'community',
      { kind: 'representatives' },
      OPENING,
    ).electors;
    w.resetReads();
    const read = (await buildElectorate(w.store, HAPPY_COMMUNITY, { kind: 'representatives' }, OPENING)).electors;
    // The same electors, each with the same voters; the snapshot puts them in id order itself.
    const inIdOrder = (e: Elector[]) => [...e].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(inIdOrder(read)).toEqual(inIdOrder(whole));
    expect(read.find((e) => e.id === 'r-load-m-load-00001')?.voters).toEqual(['m-load-00001']);
    expect(w.docsRead.get('roster') ?? 0).toBeLessThan(50);
  });
});
