import type { AuditDoc, CommunityDoc, MemberDoc, OwnerDoc } from '../../cloudfunctions/core/docs';
import { createCommunity } from '../../cloudfunctions/core/member/createCommunity';
import {
  completePlan,
  HAPPY_CODE,
  LI,
  LIN,
  NEWCOMER,
  NOW,
  openWorld,
  QIAN,
  snapshot,
  VISITOR,
  WANG,
  YANG,
  ZHANG,
  ZHAO,
  ZHENG,
  type World,
} from '../support/harness';

let w: World;
beforeEach(async () => {
  w = await openWorld();
});
afterEach(() => w.close());

const joinAs = (openid: string, overrides: object = {}) =>
  w.call(openid, 'member', 'member.join', {
    code: HAPPY_CODE,
    name: '郑华',
    address: { building: '3号楼', unit: '1单元', room: '101' },
    tenure: 'owner',
    ...overrides,
  });
const memberOf = async (openid: string) => (await w.store.find<MemberDoc>('members', { openid }))[0];
const pendingIdOf = async (openid: string) => (await memberOf(openid))._id;

describe('invite codes', () => {
  it('tell a person which community they are about to join, however they type the code', async () => {
    expect(await w.ok(VISITOR, 'member', 'invite.lookup', { code: ' xfl2026 ' })).toEqual({
      community: { id: 'demo-xingfuli', name: '幸福里社区', kind: 'community', kindLabel: '社区' },
      kind: 'resident',
    });
    expect(await w.call(VISITOR, 'member', 'invite.lookup', { code: 'NOPE999' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('cannot be guessed: one caller tries 20 codes an hour, racing or not, and new codes are 8 long', async () => {
    const guesses = Array.from({ length: 30 }, (_, i) => `GUESS${String(i).padStart(3, '0')}`);
    const answers = await Promise.all(guesses.map((code) => w.call(NEWCOMER, 'member', 'invite.lookup', { code }, NOW)));
    expect(answers.filter((a) => !a.ok && a.code === 'NOT_FOUND')).toHaveLength(20);
    expect(answers.filter((a) => !a.ok && a.code === 'LIMIT_REACHED')).toHaveLength(10);
    // Even the right code waits out the hour; joining is a try too. Someone else is not held up.
    expect(await w.call(NEWCOMER, 'member', 'invite.lookup', { code: 'XFL2026' }, NOW)).toMatchObject({
      ok: false,
      code: 'LIMIT_REACHED',
      message: '邀请码尝试次数过多，请一小时后再试',
    });
    expect(await w.call(VISITOR, 'member', 'invite.lookup', { code: 'XFL2026' }, NOW)).toMatchObject({ ok: true });
    expect(await w.call(NEWCOMER, 'member', 'invite.lookup', { code: 'XFL2026' }, NOW + 3_600_000)).toMatchObject({ ok: true });
    const created = await createCommunity(w.store, { name: '新社区', kind: 'community' }, NOW);
    expect(created.committeeCode).toMatch(/^[A-Z0-9]{12}$/);
    expect((await w.store.get<CommunityDoc>('communities', created.community._id))!.inviteCode).toMatch(/^[A-Z0-9]{8}$/);
  });
});

describe('joining', () => {
  it('files a request that waits for the committee, matched to the registered unit at that address', async () => {
    const me = await w.ok(VISITOR, 'member', 'member.join', {
      code: HAPPY_CODE,
      name: '郑华',
      address: { building: '3栋', unit: '1', room: '101室' },
      tenure: 'owner',
    });
    expect(me.member).toMatchObject({ name: '郑华', status: 'pending', statusLabel: '待审核', verified: false, role: 'resident' });
    expect(me.community?.name).toBe('幸福里社区');
    const list = await w.ok(WANG, 'member', 'member.list', {});
    expect(list.pending.find((p) => p.name === '郑华')).toMatchObject({
      unit: { label: '3号楼1单元101' },
      onRoster: true,
      registeredOwner: false,
    });
  });

  it('lets someone still waiting read the notices, but not act', async () => {
    await joinAs(VISITOR);
    const list = await w.ok(VISITOR, 'consultation', 'consultation.list', {});
    expect(list.upcoming.length).toBeGreaterThan(0);
    expect(await w.ok(VISITOR, 'consultation', 'consultation.get', { id: list.upcoming[0].id })).toBeTruthy();
    expect(await w.call(VISITOR, 'member', 'member.list', {})).toMatchObject({
      ok: false,
      code: 'NOT_MEMBER',
      message: '您的入社申请正在审核中，审核通过后才能参与',
    });
  });

  it('keeps one membership per person however often they retry, even at once', async () => {
    const results = await Promise.all([joinAs(VISITOR), joinAs(VISITOR), joinAs(VISITOR, { name: '郑华 ' })]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await w.store.count('members', { openid: VISITOR })).toBe(1);
  });

  it('refuses joining a second community', async () => {
    const before = await snapshot(w.store);
    const res = await w.call(ZHANG, 'member', 'member.join', {
      code: 'QSC2026',
      name: '张伟',
      address: { building: '东组', unit: '', room: '3' },
      tenure: 'owner',
    });
    expect(res).toMatchObject({ ok: false, code: 'CONFLICT', message: '您已加入幸福里社区，一个微信号只能加入一个社区' });
    expect(await snapshot(w.store)).toEqual(before);
  });

  it('refuses a malformed request and keeps nothing of it', async () => {
    const before = await snapshot(w.store);
    for (const payload of [
      { code: HAPPY_CODE, name: '', address: { building: '3号楼', unit: '', room: '101' }, tenure: 'owner' },
      { code: HAPPY_CODE, name: '郑华', address: { building: '3号楼', unit: '' }, tenure: 'owner' },
      { code: HAPPY_CODE, name: '郑华', address: { building: '3号楼', unit: '', room: '101' }, tenure: 'landlord' },
      { code: HAPPY_CODE, name: '郑华', address: { building: '3号楼', unit: '', room: '101' }, tenure: 'owner', role: 'committee' },
      { code: '!', name: '郑华', address: { building: '3号楼', unit: '', room: '101' }, tenure: 'owner' },
    ]) {
      expect(await w.callRaw(VISITOR, 'member', 'member.join', payload)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
    expect(await snapshot(w.store)).toEqual(before);
  });
});

describe('approval', () => {
  it('makes a registered owner on the roster a verified member who votes for their unit, in one tap', async () => {
    const id = await pendingIdOf(LIN);
    const row = await w.ok(WANG, 'member', 'member.approve', { memberId: id });
    expect(row).toMatchObject({ name: '林晓', status: 'active', statusLabel: '已认证', roleLabel: '居民' });
    const me = await w.ok(LIN, 'account', 'me.get', {});
    expect(me.member).toMatchObject({ verified: true, units: [{ label: '3号楼1单元102', area: '102.35 ㎡' }] });
    const owner = (await w.store.find<OwnerDoc>('owners', { name: '林晓' }))[0];
    expect(owner.voterMemberId).toBe(id);
    const home = await w.ok(LIN, 'consultation', 'consultation.list', {});
    expect(home.upcoming.length).toBeGreaterThan(0);
  });

  it('gives the role the roster records, e.g. 居民代表', async () => {
    await w.store.insert('roster', {
      _id: 'r-test-rep',
      communityId: 'demo-xingfuli',
      name: '郑华',
      address: { building: '3号楼', unit: '1单元', room: '101' },
      tenure: 'owner',
      representative: true,
    });
    await joinAs(NEWCOMER);
    const row = await w.ok(LI, 'member', 'member.approve', { memberId: await pendingIdOf(NEWCOMER) });
    expect(row).toMatchObject({ role: 'representative', roleLabel: '居民代表' });
  });

  it('happens once when two committee members approve at the same moment', async () => {
    const id = await pendingIdOf(LIN);
    const results = await Promise.all([w.call(WANG, 'member', 'member.approve', { memberId: id }), w.call(LI, 'member', 'member.approve', { memberId: id })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await w.store.count('audit', { entityId: id, action: 'member.approve' })).toBe(1);
  });

  it('records who decided', async () => {
    const id = await pendingIdOf(LIN);
    await w.ok(LI, 'member', 'member.approve', { memberId: id });
    const [event] = await w.store.find<AuditDoc>('audit', { entityId: id, action: 'member.approve' });
    expect(event).toMatchObject({
      actor: { memberId: 'm-li-xiuying', role: 'committee' },
      before: { status: 'pending' },
      after: { status: 'active', role: 'resident' },
      at: NOW,
    });
  });
});

describe('rejection', () => {
  it('needs a reason, which the person reads; they cannot read the community until they ask again', async () => {
    await joinAs(NEWCOMER);
    const id = await pendingIdOf(NEWCOMER);
    expect(await w.call(WANG, 'member', 'member.reject', { memberId: id, reason: ' ' })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    await w.ok(WANG, 'member', 'member.reject', { memberId: id, reason: '该房屋登记的业主不是您，请持房产证到居委会核实' });
    const me = await w.ok(NEWCOMER, 'account', 'me.get', {});
    expect(me.member).toMatchObject({ status: 'rejected', reason: '该房屋登记的业主不是您，请持房产证到居委会核实' });
    expect(await w.call(NEWCOMER, 'consultation', 'consultation.list', {})).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
    const again = await joinAs(NEWCOMER, { name: '郑华' });
    expect(again).toMatchObject({ ok: true, data: { member: { status: 'pending' } } });
    expect((await memberOf(NEWCOMER))._id).toBe(id);
  });

  it('cannot undo an approval', async () => {
    const id = await pendingIdOf(LIN);
    await w.ok(WANG, 'member', 'member.approve', { memberId: id });
    expect(await w.call(LI, 'member', 'member.reject', { memberId: id, reason: '弄错了' })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  });
});

describe('who may manage members', () => {
  it('is the committee alone, on every member action', async () => {
    const id = await pendingIdOf(LIN);
    const before = await snapshot(w.store);
    for (const who of [ZHANG, YANG, ZHAO]) {
      const attempts = [
        await w.call(who, 'member', 'member.list', {}),
        await w.call(who, 'member', 'member.approve', { memberId: id }),
        await w.call(who, 'member', 'member.reject', { memberId: id, reason: '不认识' }),
        await w.call(who, 'member', 'member.changeRole', { memberId: 'm-zhang-wei', role: 'committee' }),
        await w.call(who, 'member', 'member.remove', { memberId: 'm-zhang-wei', reason: '搬走了' }),
        await w.call(who, 'member', 'member.importRoster', { fileId: `local:${'0'.repeat(32)}.xlsx`, dryRun: true }),
      ];
      for (const res of attempts) expect(res).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await w.call(LIN, 'member', 'member.approve', { memberId: id })).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
    expect(await snapshot(w.store)).toEqual(before);
  });

  it('stops at the community’s edge: another community’s committee sees and touches none of it', async () => {
    const id = await pendingIdOf(LIN);
    const list = await w.ok(ZHENG, 'member', 'member.list', {});
    expect([...list.pending, ...list.members].map((m) => m.name)).toEqual(['郑国强', '钱桂兰']);
    const before = await snapshot(w.store);
    expect(await w.call(ZHENG, 'member', 'member.approve', { memberId: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await w.call(ZHENG, 'member', 'member.changeRole', { memberId: 'm-zhang-wei', role: 'resident' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await w.call(ZHENG, 'member', 'member.remove', { memberId: 'm-zhang-wei', reason: '越权' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await snapshot(w.store)).toEqual(before);
    expect(await w.call(QIAN, 'consultation', 'consultation.list', {})).toMatchObject({ ok: true, data: { community: { name: '青山村' } } });
  });

  it('lists requests and members with search, and counts by role', async () => {
    const list = await w.ok(WANG, 'member', 'member.list', {});
    expect(list.pending.map((p) => p.name)).toEqual(['林晓']);
    expect(list.counts).toEqual({ resident: 10, representative: 2, committee: 2, supervisor: 1 });
    const found = await w.ok(WANG, 'member', 'member.list', { query: '2号楼1单元' });
    expect(found.members.map((m) => m.name).sort()).toEqual(['吴敏', '徐军', '杨磊', '陈静', '黄丽'].sort());
    for (const query of ['2号楼1单元', '2栋1', '２号楼 1单元']) {
      const again = await w.ok(WANG, 'member', 'member.list', { query });
      expect({ query, names: again.members.map((m) => m.name).sort() }).toEqual({ query, names: found.members.map((m) => m.name).sort() });
    }
    expect((await w.ok(WANG, 'member', 'member.list', { query: '张' })).members.map((m) => m.name)).toEqual(['张伟']);
    expect(JSON.stringify(list)).not.toMatch(/phone|手机/);
  });
});

describe('roles', () => {
  it('change with an audit event naming who changed them', async () => {
    const row = await w.ok(WANG, 'member', 'member.changeRole', { memberId: 'm-zhang-wei', role: 'representative' });
    expect(row).toMatchObject({ role: 'representative', roleLabel: '居民代表' });
    const [event] = await w.store.find<AuditDoc>('audit', { entityId: 'm-zhang-wei', action: 'member.changeRole' });
    expect(event).toMatchObject({
      actor: { memberId: 'm-wang-jianguo' },
      before: { role: 'resident' },
      after: { role: 'representative' },
    });
  });

  it('never leave a community without a committee member', async () => {
    const before = await snapshot(w.store);
    expect(await w.call(ZHENG, 'member', 'member.changeRole', { memberId: 'm-zheng-guoqiang', role: 'resident' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '社区至少要保留一名委员会成员，请先任命其他委员会成员',
    });
    expect(await snapshot(w.store)).toEqual(before);
  });

  it('survive two committee members demoting each other at once: one of them stays', async () => {
    const results = await Promise.all([
      w.call(WANG, 'member', 'member.changeRole', { memberId: 'm-li-xiuying', role: 'resident' }),
      w.call(LI, 'member', 'member.changeRole', { memberId: 'm-wang-jianguo', role: 'resident' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await w.store.count('members', { communityId: 'demo-xingfuli', role: 'committee', status: 'active' })).toBe(1);
    expect((await w.store.get<CommunityDoc>('communities', 'demo-xingfuli'))?.committeeCount).toBe(1);
  });

  it('let a new committee member step in, after which the old one may step down', async () => {
    await w.ok(ZHENG, 'member', 'member.changeRole', { memberId: 'm-qian-guilan', role: 'committee' });
    expect(await w.call(ZHENG, 'member', 'member.changeRole', { memberId: 'm-zheng-guoqiang', role: 'resident' })).toMatchObject({ ok: true });
    expect(await w.call(ZHENG, 'member', 'member.list', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('removal', () => {
  it('ends a member’s say and frees the owner’s vote for someone else', async () => {
    const row = await w.ok(WANG, 'member', 'member.remove', { memberId: 'm-zhang-wei', reason: '房屋已出售，迁出本社区' });
    expect(row.status).toBe('removed');
    expect((await w.ok(ZHANG, 'account', 'me.get', {})).member).toMatchObject({ status: 'removed', reason: '房屋已出售，迁出本社区' });
    expect(await w.call(ZHANG, 'consultation', 'consultation.list', {})).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
    const owner = (await w.store.find<OwnerDoc>('owners', { name: '张伟' }))[0];
    expect(owner.voterMemberId).toBeNull();
  });
});

describe('a member’s own data', () => {
  it('can be seen in full and deleted, leaving the archive intact and anonymous', async () => {
    const mine = await w.ok(LI, 'account', 'me.get', {});
    expect(mine.member).toMatchObject({ name: '李秀英', address: '1号楼2单元101', tenureLabel: '业主', roleLabel: '居委会成员' });
    const auditBefore = await w.store.count('audit', {});
    const finished = (await w.ok(ZHANG, 'consultation', 'consultation.list', {})).finished[0];
    expect(await w.ok(LI, 'account', 'me.deleteData', { confirm: true })).toEqual({ member: null, community: null, awaitingMyConfirmation: 0, unread: 0 });

    expect(await w.ok(LI, 'account', 'me.get', {})).toEqual({ member: null, community: null, awaitingMyConfirmation: 0, unread: 0 });
    const tombstone = (await w.store.get<MemberDoc>('members', 'm-li-xiuying'))!;
    expect(tombstone).toMatchObject({ status: 'deleted', name: '', address: { building: '', unit: '', room: '' } });
    expect(JSON.stringify(tombstone)).not.toContain('李秀英');
    expect(tombstone.openid).not.toBe(LI);
    const detail = await w.ok(ZHANG, 'consultation', 'consultation.get', { id: finished.id });
    expect(detail.timeline.map((e) => e.byName)).toContain('已注销成员');
    expect(detail.consultation.createdByName).toBe('已注销成员');
    expect(await w.store.count('audit', {})).toBe(auditBefore + 1);
    expect((await w.store.get<CommunityDoc>('communities', 'demo-xingfuli'))?.committeeCount).toBe(1);

    const back = await w.ok(LI, 'member', 'member.join', {
      code: HAPPY_CODE,
      name: '李秀英',
      address: { building: '1号楼', unit: '2单元', room: '101' },
      tenure: 'owner',
    });
    expect(back.member).toMatchObject({ status: 'pending' });
    expect(back.member?.id).not.toBe('m-li-xiuying');
  });

  it('asks for an explicit confirmation', async () => {
    expect(await w.callRaw(ZHANG, 'account', 'me.deleteData', {})).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await w.callRaw(ZHANG, 'account', 'me.deleteData', { confirm: false })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('is refused to the last committee member until someone takes over', async () => {
    expect(await w.call(ZHENG, 'account', 'me.deleteData', { confirm: true })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await memberOf(ZHENG)).name).toBe('郑国强');
  });
});

describe('a new community', () => {
  it('gets its first committee member through a one-time code', async () => {
    const { community, committeeCode } = await createCommunity(w.store, { name: '新苑社区', kind: 'community', parentName: '和平街道' }, NOW);
    const lookup = await w.ok(NEWCOMER, 'member', 'invite.lookup', { code: committeeCode });
    expect(lookup).toMatchObject({ kind: 'committee', community: { name: '新苑社区' } });
    const join = () =>
      w.call(NEWCOMER, 'member', 'member.join', {
        code: committeeCode,
        name: '韩梅',
        address: { building: '1号楼', unit: '1单元', room: '101' },
        tenure: 'owner',
      });
    expect(await join()).toMatchObject({ ok: true, data: { member: { status: 'active', role: 'committee', roleLabel: '居委会成员' } } });
    // A retry after a lost reply is the same success, not a second seat.
    expect(await join()).toMatchObject({ ok: true, data: { member: { role: 'committee' } } });
    expect((await w.store.get<CommunityDoc>('communities', community._id))?.committeeCount).toBe(1);
    expect(await w.call(VISITOR, 'member', 'invite.lookup', { code: committeeCode })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(
      await w.call(VISITOR, 'member', 'member.join', {
        code: committeeCode,
        name: '李雷',
        address: { building: '1号楼', unit: '1单元', room: '102' },
        tenure: 'owner',
      }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND', message: '该邀请码已被使用' });
    const draft = await w.call(NEWCOMER, 'consultation', 'consultation.createDraft', { requestId: 'req-new-community', plan: completePlan() });
    expect(draft).toMatchObject({ ok: true });
  });

  it('gives its committee code to exactly one of two people racing for it', async () => {
    const { community, committeeCode } = await createCommunity(w.store, { name: '新苑社区', kind: 'village' }, NOW);
    expect(community.settings.defaultNoticeDays).toBe(10);
    const attempt = (openid: string, name: string) =>
      w.call(openid, 'member', 'member.join', {
        code: committeeCode,
        name,
        address: { building: '东组', unit: '', room: '1' },
        tenure: 'owner',
      });
    const results = await Promise.all([attempt(NEWCOMER, '韩梅'), attempt(VISITOR, '李雷')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await w.store.count('members', { communityId: community._id, role: 'committee' })).toBe(1);
  });
});
