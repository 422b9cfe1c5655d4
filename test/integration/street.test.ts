import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runAdmin } from '../../scripts/admin';
import { runFunction } from '../../cloudfunctions/core/functionKit';
import { openEmbedded } from '../../cloudfunctions/local/embedded';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import type { CommunityDoc } from '../../cloudfunctions/core/docs';
import { issueStaffInvite } from '../../cloudfunctions/core/street/invites';
import { HE_JING, LUO_PING, openWorld, SONG_TAO, VISITOR, WANG, ZHANG, type World } from '../support/harness';

/** The 街道／乡镇 tier: its record over its communities, its staff joining in two roles, and what each sees. */
describe('a street and its staff', () => {
  let w: World;
  beforeEach(async () => {
    w = await openWorld();
  });
  afterEach(() => w.close());

  it('shows an officer their street and only its communities; a 民政 reader is told they only read', async () => {
    const home = await w.ok(HE_JING, 'street', 'street.home', {});
    expect(home.street).toMatchObject({ name: '和平街道', kindLabel: '街道' });
    expect(home.me).toMatchObject({ name: '何静', roleLabel: '街道工作人员', mayAct: true });
    expect(home.communities.map((c) => c.name)).toEqual(['幸福里社区', '春风社区'].sort());
    expect(await w.ok(LUO_PING, 'street', 'street.home', {})).toMatchObject({ me: { roleLabel: '民政／督查（只读）', mayAct: false } });
    const town = await w.ok(SONG_TAO, 'street', 'street.home', {});
    expect(town.street.kindLabel).toBe('乡镇');
    expect(town.communities.map((c) => c.name)).toEqual(['青山村']);
  });

  it('refuses the street to a community member, and tells 我的 who is staff', async () => {
    expect(await w.call(WANG, 'street', 'street.home', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await w.ok(HE_JING, 'account', 'me.get', {})).toMatchObject({ member: null, staff: { streetName: '和平街道', roleLabel: '街道工作人员' } });
    expect((await w.ok(ZHANG, 'account', 'me.get', {})).staff).toBeUndefined();
  });

  it('lets a person join with a one-time code in its role; a retry is the same place, a second person is refused', async () => {
    const code = await issueStaffInvite(w.store, 'demo-heping', 'inspector', Date.now());
    const joined = await w.ok(VISITOR, 'street', 'street.join', { code: code.toLowerCase(), name: '民政科小李' });
    expect(joined.me).toMatchObject({ name: '民政科小李', role: 'inspector', mayAct: false });
    expect(await w.ok(VISITOR, 'street', 'street.join', { code, name: '民政科小李' })).toEqual(joined);
    expect(await w.store.count('staff', { openid: VISITOR })).toBe(1);
    expect(await w.call(ZHANG, 'street', 'street.join', { code, name: '张伟' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const another = await issueStaffInvite(w.store, 'demo-donghu', 'officer', Date.now());
    expect(await w.call(HE_JING, 'street', 'street.join', { code: another, name: '何静' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '您已是和平街道的工作人员',
    });
    // The refused code is still there for its own person.
    expect(await w.ok(ZHANG, 'street', 'street.join', { code: another, name: '张伟' })).toMatchObject({ street: { name: '东湖镇' } });
    expect(await w.call(ZHANG, 'street', 'street.join', { code: 'ABCDEFGHJKMN', name: '张伟' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('npm run admin -- street:*', () => {
  let dir: string;
  const saved = process.env.DATA_DIR;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-street-'));
    process.env.DATA_DIR = dir;
  });
  afterEach(async () => {
    process.env.DATA_DIR = saved;
    await rm(dir, { recursive: true, force: true });
  });
  const admin = async (...argv: string[]) => {
    const lines: string[] = [];
    await runAdmin(argv, (line) => lines.push(line));
    return lines;
  };

  it('creates a street over the communities naming it, links later ones, and issues codes for each role', async () => {
    await admin('community:create', '--name', '东方社区', '--kind', 'community', '--parent', '和平街道');
    await admin('community:create', '--name', '南山村', '--kind', 'village', '--parent', '东湖镇');
    const created = await admin('street:create', '--name', '和平街道', '--kind', 'street');
    expect(created[0]).toMatch(/^已创建：和平街道（街道，编号 st-[0-9a-f]{8}）；所辖社区／村 1 个$/);
    const id = /编号 (st-[0-9a-f]{8})/.exec(created[0])![1];
    await admin('community:create', '--name', '西园社区', '--kind', 'community', '--parent', '和平街道');
    expect(await admin('street:list')).toEqual([`${id}  和平街道（街道）  所辖：东方社区、西园社区`]);
    await expect(admin('street:create', '--name', '和平街道', '--kind', 'street')).rejects.toThrow('已有名为和平街道的街道／乡镇');
    await expect(admin('street:invite', '--id', id, '--role', 'mayor')).rejects.toThrow('--role 须为');

    const officerCode = /邀请码：([A-Z0-9]{12})/.exec((await admin('street:invite', '--id', id, '--role', 'officer'))[0])![1];
    const readerLine = (await admin('street:invite', '--id', id, '--role', 'inspector'))[0];
    expect(readerLine).toMatch(/^和平街道 的民政／督查（只读）邀请码：[A-Z0-9]{12}（仅可使用一次）$/);
    const services = await openEmbedded(dir);
    try {
      const res = await runFunction(
        FUNCTIONS.street,
        { action: 'street.join', payload: { code: officerCode, name: '何静' } },
        { ...services, openid: 'o-he', now: Date.now() },
      );
      expect(res).toMatchObject({ ok: true, data: { me: { roleLabel: '街道工作人员', mayAct: true } } });
      const names = (await services.store.find<CommunityDoc>('communities', { streetId: id })).map((c) => c.name).sort();
      expect(names).toEqual(['东方社区', '西园社区']);
    } finally {
      await services.store.close();
    }
  });
});
