import { addressKey, DAY_MS, type Role, type Tenure } from '@shared';
import { initialsOf } from '../../core/register/people';
import { recountRegister } from '../../core/register/population';
import type { CommunityDoc, InviteDoc, MemberDoc, OwnerDoc, RosterEntryDoc, UnitDoc } from '../../core/docs';
import type { Store } from '../../core/store/port';

/**
 * The demo registry. 幸福里社区: three buildings of 2 单元 × 4 rooms with registered areas; fifteen
 * members (two committee, one supervisor, two representatives, residents and a tenant); owners
 * that exercise the owners' rules — 张伟 owns two flats, the developer still holds two unsold
 * ones, 吴敏 and 徐军 co-own one and 吴敏 votes for it; a 花名册 that also lists people who have
 * not joined yet; and 林晓's request waiting for the committee. 青山村: households in one 村民小组.
 */
export const HAPPY = 'demo-xingfuli';
const VILLAGE = 'demo-qingshan';
/** 春风社区: 幸福里's neighbour under 和平街道, small, for matters that span both. */
export const SPRING = 'demo-chunfeng';
const HAPPY_INVITE = 'XFL2026';
const VILLAGE_INVITE = 'QSC2026';
const SPRING_INVITE = 'CFS2026';

interface Person {
  openid: string;
  name: string;
  role: Role;
  home: string;
  tenure: Tenure;
  status?: 'pending';
}

/** Addresses are `building-unit-room`; a village household has no unit. */
const HAPPY_PEOPLE: Person[] = [
  { openid: 'demo-wang-jianguo', name: '王建国', role: 'committee', home: '1号楼-1单元-201', tenure: 'owner' },
  { openid: 'demo-li-xiuying', name: '李秀英', role: 'committee', home: '1号楼-2单元-101', tenure: 'owner' },
  { openid: 'demo-zhao-deming', name: '赵德明', role: 'supervisor', home: '2号楼-2单元-102', tenure: 'owner' },
  { openid: 'demo-zhang-wei', name: '张伟', role: 'resident', home: '1号楼-1单元-101', tenure: 'owner' },
  { openid: 'demo-liu-fang', name: '刘芳', role: 'resident', home: '1号楼-2单元-202', tenure: 'tenant' },
  { openid: 'demo-chen-jing', name: '陈静', role: 'resident', home: '2号楼-1单元-101', tenure: 'owner' },
  { openid: 'demo-yang-lei', name: '杨磊', role: 'representative', home: '2号楼-1单元-102', tenure: 'owner' },
  { openid: 'demo-huang-li', name: '黄丽', role: 'resident', home: '2号楼-1单元-202', tenure: 'owner' },
  { openid: 'demo-zhou-qiang', name: '周强', role: 'representative', home: '2号楼-2单元-201', tenure: 'owner' },
  { openid: 'demo-wu-min', name: '吴敏', role: 'resident', home: '2号楼-1单元-201', tenure: 'owner' },
  { openid: 'demo-xu-jun', name: '徐军', role: 'resident', home: '2号楼-1单元-201', tenure: 'owner' },
  { openid: 'demo-sun-hong', name: '孙红', role: 'resident', home: '3号楼-1单元-201', tenure: 'tenant' },
  { openid: 'demo-ma-chao', name: '马超', role: 'resident', home: '3号楼-1单元-202', tenure: 'owner' },
  { openid: 'demo-zhu-lin', name: '朱琳', role: 'resident', home: '3号楼-2单元-101', tenure: 'owner' },
  { openid: 'demo-hu-bin', name: '胡斌', role: 'resident', home: '3号楼-2单元-102', tenure: 'owner' },
  { openid: 'demo-lin-xiao', name: '林晓', role: 'resident', home: '3号楼-1单元-102', tenure: 'owner', status: 'pending' },
];

const VILLAGE_PEOPLE: Person[] = [
  { openid: 'demo-zheng-guoqiang', name: '郑国强', role: 'committee', home: '东组--1', tenure: 'owner' },
  { openid: 'demo-qian-guilan', name: '钱桂兰', role: 'resident', home: '东组--2', tenure: 'owner' },
];

const SPRING_PEOPLE: Person[] = [
  { openid: 'demo-liu-yang', name: '刘洋', role: 'committee', home: '5号楼-1单元-101', tenure: 'owner' },
  { openid: 'demo-gao-feng', name: '高峰', role: 'resident', home: '5号楼-1单元-102', tenure: 'owner' },
  { openid: 'demo-song-jia', name: '宋佳', role: 'resident', home: '6号楼-1单元-101', tenure: 'owner' },
];

/** Owners of 幸福里 units by address, beyond each owner-member's own home. */
const EXTRA_OWNERSHIP: Record<string, { name: string; kind: OwnerDoc['kind'] }> = {
  '1号楼-1单元-102': { name: '张伟', kind: 'person' },
  '1号楼-2单元-202': { name: '郭强', kind: 'person' },
  '2号楼-1单元-201': { name: '吴敏、徐军', kind: 'co_owners' },
  '3号楼-1单元-102': { name: '林晓', kind: 'person' },
  '3号楼-2单元-201': { name: '幸福里置业有限公司', kind: 'developer' },
  '3号楼-2单元-202': { name: '幸福里置业有限公司', kind: 'developer' },
};

/** People on the 花名册 who have not joined yet: 郑华 can join and be approved in one tap. */
const ROSTER_ONLY = [{ name: '郑华', home: '3号楼-1单元-101', tenure: 'owner' as const }];

/** Areas in hundredths of m², varied so that area-weighted counts differ from headcounts. */
const AREAS = [8950, 10235, 12000, 7680, 9612, 11048, 13520, 6875];

const address = (home: string) => {
  const [building, unit, room] = home.split('-');
  return { building, unit, room };
};
const unitId = (communityId: string, home: string) => `${communityId}-${home}`;
const ownerId = (communityId: string, name: string) => `${communityId}-owner-${name}`;

function happyUnits(): UnitDoc[] {
  const out: UnitDoc[] = [];
  for (const building of ['1号楼', '2号楼', '3号楼']) {
    for (const unit of ['1单元', '2单元']) {
      for (const room of ['101', '102', '201', '202']) {
        const home = `${building}-${unit}-${room}`;
        out.push({ _id: unitId(HAPPY, home), communityId: HAPPY, building, unit, room, areaHundredths: AREAS[out.length % AREAS.length] });
      }
    }
  }
  return out;
}

function villageUnits(): UnitDoc[] {
  return [1, 2, 3, 4, 5, 6].map((n) => ({
    _id: unitId(VILLAGE, `东组--${n}`),
    communityId: VILLAGE,
    building: '东组',
    unit: '',
    room: String(n),
    areaHundredths: null,
  }));
}

function springUnits(): UnitDoc[] {
  return ['5号楼', '6号楼'].flatMap((building) =>
    ['101', '102'].map((room, i) => ({
      _id: unitId(SPRING, `${building}-1单元-${room}`),
      communityId: SPRING,
      building,
      unit: '1单元',
      room,
      areaHundredths: AREAS[i],
    })),
  );
}

/** Every owner-member owns their home, unless the extra table says who else does. */
function ownership(communityId: string, people: Person[]): Map<string, { name: string; kind: OwnerDoc['kind'] }> {
  const owners = new Map<string, { name: string; kind: OwnerDoc['kind'] }>();
  for (const p of people) if (p.tenure === 'owner') owners.set(p.home, { name: p.name, kind: 'person' });
  if (communityId === HAPPY) for (const [home, owner] of Object.entries(EXTRA_OWNERSHIP)) owners.set(home, owner);
  return owners;
}

export async function seedRegistry(store: Store, now: number): Promise<void> {
  await seedCommunity(store, now, {
    _id: HAPPY,
    name: '幸福里社区',
    kind: 'community',
    parentName: '和平街道',
    notice: 7,
    invite: HAPPY_INVITE,
    age: 120,
    people: HAPPY_PEOPLE,
    units: happyUnits(),
  });
  await seedCommunity(store, now, {
    _id: VILLAGE,
    name: '青山村',
    kind: 'village',
    parentName: '东湖镇',
    notice: 10,
    invite: VILLAGE_INVITE,
    age: 90,
    people: VILLAGE_PEOPLE,
    units: villageUnits(),
  });
  await seedCommunity(store, now, {
    _id: SPRING,
    name: '春风社区',
    kind: 'community',
    parentName: '和平街道',
    notice: 7,
    invite: SPRING_INVITE,
    age: 100,
    people: SPRING_PEOPLE,
    units: springUnits(),
  });
  // The seeded registers were written as they stand: their households are counted from them, as after an import.
  for (const id of [HAPPY, VILLAGE, SPRING]) await recountRegister(store, id);
}

interface CommunitySeed {
  _id: string;
  name: string;
  kind: CommunityDoc['kind'];
  parentName: string;
  notice: number;
  invite: string;
  age: number;
  people: Person[];
  units: UnitDoc[];
}

async function seedCommunity(store: Store, now: number, c: CommunitySeed) {
  const createdAt = now - c.age * DAY_MS;
  const committee = c.people.filter((p) => p.role === 'committee' && !p.status).length;
  await store.insert<CommunityDoc>('communities', {
    _id: c._id,
    name: c.name,
    kind: c.kind,
    parentName: c.parentName,
    settings: { defaultNoticeDays: c.notice, proxyLimit: 3 },
    inviteCode: c.invite,
    committeeCount: committee,
    settingsVersion: 0,
    createdAt,
  });
  await store.insert<InviteDoc>('invites', { _id: c.invite, communityId: c._id, kind: 'resident', oneTime: false, usedBy: null, createdAt });

  const owned = ownership(c._id, c.people);
  const voters = new Map<string, string>();
  for (const [home, owner] of owned) {
    const id = ownerId(c._id, owner.name);
    const voter = c.people.find((p) => !p.status && p.home === home && owner.name.split('、')[0] === p.name);
    if (voter) voters.set(id, memberId(voter));
  }
  for (const [id, owner] of new Map([...owned.values()].map((o) => [ownerId(c._id, o.name), o]))) {
    await store.insert<OwnerDoc>('owners', { _id: id, communityId: c._id, kind: owner.kind, name: owner.name, voterMemberId: voters.get(id) ?? null });
  }
  for (const u of c.units) {
    const owner = owned.get(u.unit ? `${u.building}-${u.unit}-${u.room}` : `${u.building}--${u.room}`);
    await store.insert('units', owner ? { ...u, ownerId: ownerId(c._id, owner.name) } : u);
  }

  for (const p of c.people) {
    const id = memberId(p);
    const votesFor = [...voters].find(([, m]) => m === id)?.[0];
    await store.insert<MemberDoc>('members', {
      _id: id,
      openid: p.openid,
      communityId: c._id,
      name: p.name,
      role: p.role,
      status: p.status ?? 'active',
      version: 1,
      address: address(p.home),
      tenure: p.tenure,
      requestedAt: now - (p.status ? 1 : 60) * DAY_MS,
      unitId: unitId(c._id, p.home),
      ...(p.status ? {} : { joinedAt: now - 60 * DAY_MS }),
      ...(votesFor ? { ownerId: votesFor } : {}),
      ...(p.status
        ? {}
        : {
            register: {
              entryId: `${c._id}-roster-${p.name}`,
              ...(c.kind === 'village' ? { group: address(p.home).building } : {}),
              representative: p.role === 'representative',
              collectiveMember: c.kind === 'village',
              collectiveRepresentative: false,
            },
          }),
    });
  }
  const roster = [
    ...c.people.map((p) => ({ name: p.name, home: p.home, tenure: p.tenure, rep: p.role === 'representative' })),
    ...(c._id === HAPPY ? ROSTER_ONLY.map((r) => ({ ...r, rep: false })) : []),
  ];
  for (const [i, r] of roster.entries()) {
    const person = c.people.find((p) => p.name === r.name && !p.status);
    const home = address(r.home);
    await store.insert<RosterEntryDoc>('roster', {
      _id: `${c._id}-roster-${r.name}`,
      communityId: c._id,
      name: r.name,
      address: home,
      tenure: r.tenure,
      representative: r.rep,
      ...(person ? { memberId: memberId(person) } : {}),
      householdKey: `addr:${addressKey(home)}`,
      householdRep: !roster.slice(0, i).some((o) => o.home === r.home),
      // Births spread over the decades of a real community; every seeded person is an adult.
      birth: { year: 1948 + ((i * 7) % 45), month: (i % 12) + 1, day: (i % 28) + 1 },
      ...(c.kind === 'village' ? { group: home.building } : {}),
      collectiveMember: c.kind === 'village',
      collectiveRepresentative: false,
      status: 'current',
      initials: initialsOf(r.name),
      version: 1,
    });
  }
}

/** Seeded members keep readable ids; people who join later get generated ones. */
const memberId = (p: { openid: string }) => `m-${p.openid.replace(/^demo-/, '')}`;
