import type { MemberDoc } from '../../cloudfunctions/core/docs';
import { LIN, openWorld, VISITOR, WANG, ZHANG, type World } from '../support/harness';

/** 长辈模式 kept on the account: what a new phone reads on its first 我的 or home. */
describe('长辈模式 on the account', () => {
  let w: World;
  beforeAll(async () => {
    w = await openWorld();
  });
  afterAll(() => w.close());

  const memberOf = async (openid: string) => (await w.store.find<MemberDoc>('members', { openid }))[0];

  it('is absent until the member chooses, then every later me.get carries the choice', async () => {
    expect((await w.ok(ZHANG, 'account', 'me.get', {})).member?.care).toBeUndefined();
    expect((await w.ok(ZHANG, 'account', 'me.setCare', { care: true })).member?.care).toBe(true);
    expect((await w.ok(ZHANG, 'account', 'me.get', {})).member?.care).toBe(true);
    expect((await w.ok(ZHANG, 'account', 'me.setCare', { care: false })).member?.care).toBe(false);
    expect((await w.ok(ZHANG, 'account', 'me.get', {})).member?.care).toBe(false);
    // Another member's account is untouched.
    expect((await w.ok(WANG, 'account', 'me.get', {})).member?.care).toBeUndefined();
  });

  it('leaves the member’s version alone, so a committee decision racing it still lands', async () => {
    const before = await memberOf(LIN);
    await w.ok(LIN, 'account', 'me.setCare', { care: true }); // still waiting for approval: may choose
    const after = await memberOf(LIN);
    expect(after.version).toBe(before.version);
    expect(after.care).toBe(true);
  });

  it('refuses someone in no community, in words, writing nothing; and bad input changes nothing', async () => {
    const refused = await w.call(VISITOR, 'account', 'me.setCare', { care: true });
    expect(refused).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
    expect(refused.ok ? '' : refused.message).toMatch(/本机已记住/);
    const before = await memberOf(ZHANG);
    expect(await w.callRaw(ZHANG, 'account', 'me.setCare', { care: 'yes' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await memberOf(ZHANG)).toEqual(before);
  });
});
