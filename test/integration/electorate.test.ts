import { buildElectorate, type Elector } from '../../cloudfunctions/core/membership/buildElectorate';
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
const byId = (electors: Elector[]) => new Map(electors.map((e) => [e.id, e]));
const sum = (electors: Elector[]) => electors.reduce((n, e) => n + Math.round((e.area ?? 0) * 100), 0);

describe('the owners of given buildings (owners’ rules)', () => {
  it('count a buyer of several units once, with the areas summed', async () => {
    const electors = await buildElectorate(w.store, HAPPY, { kind: 'owners', buildings: ['1号楼'] });
    const zhang = byId(electors).get('demo-xingfuli-owner-张伟')!;
    expect(zhang).toEqual({
      id: 'demo-xingfuli-owner-张伟',
      household: 'demo-xingfuli-1号楼-1单元-101',
      area: 191.85,
      voters: ['m-zhang-wei'],
      label: '张伟（1号楼1单元101、1号楼1单元102）',
    });
    // 8 units: 张伟 ×2, 王建国, 李秀英, 郭强 (not a member), and 3 units with no registered owner.
    expect(electors).toHaveLength(7);
    expect(sum(electors)).toBe(8950 + 10235 + 12000 + 7680 + 9612 + 11048 + 13520 + 6875);
  });

  it('count all the developer’s unsold units once together, with no one to vote until it names someone', async () => {
    const electors = await buildElectorate(w.store, HAPPY, { kind: 'owners', buildings: ['3号楼'] });
    const developer = byId(electors).get('demo-xingfuli-owner-幸福里置业有限公司')!;
    expect(developer.area).toBe(203.95); // 135.20 + 68.75
    expect(developer.voters).toEqual([]);
    expect(electors.filter((e) => e.id.includes('幸福里置业'))).toHaveLength(1);
  });

  it('give a co-owned unit one elector, voting through its designated co-owner only', async () => {
    const electors = await buildElectorate(w.store, HAPPY, { kind: 'owners', buildings: ['2号楼'] });
    const coOwned = byId(electors).get('demo-xingfuli-owner-吴敏、徐军')!;
    expect(coOwned).toMatchObject({ area: 120, voters: ['m-wu-min'] });
    expect(electors.flatMap((e) => e.voters)).not.toContain('m-xu-jun');
  });

  it('still count a unit whose owner is not registered, with nobody to vote for it', async () => {
    const electors = await buildElectorate(w.store, HAPPY, { kind: 'owners', buildings: ['1号楼'] });
    expect(byId(electors).get('unit:demo-xingfuli-1号楼-1单元-202')).toEqual({
      id: 'unit:demo-xingfuli-1号楼-1单元-202',
      household: 'demo-xingfuli-1号楼-1单元-202',
      area: 76.8,
      voters: [],
      label: '1号楼1单元202（业主未登记）',
    });
  });

  it('read building names however they were typed, and take single units too', async () => {
    const typed = await buildElectorate(w.store, HAPPY, { kind: 'owners', buildings: ['1栋'] });
    expect(typed).toHaveLength(7);
    const units = await buildElectorate(w.store, HAPPY, {
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
    const before = byId(await buildElectorate(w.store, HAPPY, { kind: 'owners', buildings: ['3号楼'] }));
    expect(before.get('demo-xingfuli-owner-林晓')?.voters).toEqual([]);
    const [lin] = await w.store.find<{ _id: string }>('members', { openid: LIN });
    await w.ok(WANG, 'member', 'member.approve', { memberId: lin._id });
    const after = byId(await buildElectorate(w.store, HAPPY, { kind: 'owners', buildings: ['3号楼'] }));
    expect(after.get('demo-xingfuli-owner-林晓')?.voters).toEqual([lin._id]);
  });
});

describe('people-based scopes', () => {
  it('all verified residents: approved members only, of this community only', async () => {
    const electors = await buildElectorate(w.store, HAPPY, { kind: 'residents' });
    expect(electors).toHaveLength(15);
    expect(electors.every((e) => e.id.startsWith('m-') && e.voters.length === 1 && e.area === undefined)).toBe(true);
    expect(electors.map((e) => e.id)).not.toContain('m-lin-xiao'); // still waiting
    expect(electors.map((e) => e.id)).not.toContain('m-zheng-guoqiang'); // 青山村
  });

  it('one per household: people living together share one elector', async () => {
    const electors = await buildElectorate(w.store, HAPPY, { kind: 'households' });
    expect(electors).toHaveLength(14);
    expect(byId(electors).get('demo-xingfuli-2号楼-1单元-201')?.voters.sort()).toEqual(['m-wu-min', 'm-xu-jun']);
  });

  it('the representatives', async () => {
    const electors = await buildElectorate(w.store, HAPPY, { kind: 'representatives' });
    expect(electors.map((e) => e.id).sort()).toEqual(['m-yang-lei', 'm-zhou-qiang']);
  });

  it('a removed member is no longer an elector', async () => {
    await w.ok(WANG, 'member', 'member.remove', { memberId: 'm-yang-lei', reason: '迁出' });
    expect((await buildElectorate(w.store, HAPPY, { kind: 'representatives' })).map((e) => e.id)).toEqual(['m-zhou-qiang']);
  });
});

describe('isolation', () => {
  it('never reaches into another community', async () => {
    expect(await buildElectorate(w.store, 'demo-qingshan', { kind: 'owners', buildings: ['1号楼', '2号楼', '3号楼'] })).toEqual([]);
    const village = await buildElectorate(w.store, 'demo-qingshan', { kind: 'households' });
    expect(village.map((e) => e.voters).flat().sort()).toEqual(['m-qian-guilan', 'm-zheng-guoqiang']);
  });
});
