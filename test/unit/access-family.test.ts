import { mayActFor, mayCastForRelative, mayRequestProxy, type RelativeInVote } from '../../cloudfunctions/core/access/family';
import type { BallotDoc, ElectorDoc, FamilyProxyDoc, MemberDoc, RosterEntryDoc } from '../../cloudfunctions/core/docs';
import type { VoteContext } from '../../cloudfunctions/core/voting/loadVote';

const TODAY = '2026-11-21';
const helper = { _id: 'm-wu', communityId: 'c', status: 'active' } as Pick<MemberDoc, '_id' | 'communityId' | 'status'>;
const entry = (over: Partial<RosterEntryDoc>): RosterEntryDoc =>
  ({ _id: 'r-x', communityId: 'c', householdKey: 'h1', birth: { year: 1950, month: 1, day: 1 }, status: 'current', ...over }) as RosterEntryDoc;
const own = entry({ _id: 'r-wu', memberId: 'm-wu' });

describe('mayActFor', () => {
  it('lets a member act for another current adult of their own 户', () => {
    expect(mayActFor(helper, own, entry({}), TODAY)).toEqual({ ok: true });
    // The 18th birthday itself is adulthood (年满十八周岁 from that day).
    expect(mayActFor(helper, own, entry({ birth: { year: 2008, month: 11, day: 21 } }), TODAY)).toEqual({ ok: true });
  });

  it.each([
    ['another 户', entry({ householdKey: 'h2' }), 'OUT_OF_SCOPE'],
    ['a minor', entry({ birth: { year: 2008, month: 11, day: 22 } }), 'OUT_OF_SCOPE'],
    ['one whose birth is only known to the year they come of age', entry({ birth: { year: 2008 } }), 'OUT_OF_SCOPE'],
    ['one who moved out', entry({ status: 'moved_out' }), 'OUT_OF_SCOPE'],
    ['one who died', entry({ status: 'deceased' }), 'OUT_OF_SCOPE'],
    ['oneself', own, 'OUT_OF_SCOPE'],
    ['someone of another community', entry({ communityId: 'other' }), 'NOT_FOUND'],
    ['no one on the register', null, 'NOT_FOUND'],
  ])('refuses acting for %s', (_, relative, code) => {
    expect(mayActFor(helper, own, relative, TODAY)).toMatchObject({ ok: false, code });
  });

  it('refuses a member who is not on the register, or not (any longer) the one linked to their entry', () => {
    expect(mayActFor(helper, null, entry({}), TODAY)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(mayActFor(helper, { ...own, memberId: 'm-other' }, entry({}), TODAY)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(mayActFor(helper, { ...own, status: 'moved_out' }, entry({}), TODAY)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(mayActFor({ ...helper, status: 'removed' }, own, entry({}), TODAY)).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
  });
});

describe('the 委托书 and the ballot for a relative', () => {
  const v = { tally: { status: 'open' }, vote: { opensAt: 1_000, closesAt: 2_000 } } as unknown as VoteContext;
  const now = { now: 1_500 };
  const request = (over: Partial<FamilyProxyDoc>) => ({ helperId: 'm-wu', state: 'pending', ...over }) as FamilyProxyDoc;
  const r = (over: Partial<RelativeInVote>): RelativeInVote => ({ elector: {} as ElectorDoc, request: null, ballot: null, ...over });

  it('asks for a 委托书 first, waits for the committee, then lets the one who sent it cast', () => {
    expect(mayRequestProxy(now, v, r({}), 'm-wu')).toEqual({ ok: true });
    expect(mayCastForRelative(now, v, r({}), 'm-wu')).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect(mayRequestProxy(now, v, r({ request: request({}) }), 'm-wu')).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect(mayCastForRelative(now, v, r({ request: request({}) }), 'm-wu')).toMatchObject({ ok: false, message: '委托书正在等待委员会确认' });
    expect(mayCastForRelative(now, v, r({ request: request({ state: 'confirmed' }) }), 'm-wu')).toEqual({ ok: true });
    expect(mayCastForRelative(now, v, r({ request: request({ state: 'confirmed' }) }), 'm-xu')).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  });

  it('takes a new 委托书 after a refusal, and none from a second member of the household meanwhile', () => {
    const refused = request({ state: 'refused', reason: '没有签名' });
    expect(mayRequestProxy(now, v, r({ request: refused }), 'm-wu')).toEqual({ ok: true });
    expect(mayCastForRelative(now, v, r({ request: refused }), 'm-wu')).toMatchObject({ ok: false, message: '委员会退回了委托书：没有签名' });
    expect(mayRequestProxy(now, v, r({ request: request({}) }), 'm-xu')).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('refuses both outside the vote’s hours, for one who is no elector, and once their ballot is in', () => {
    const confirmed = request({ state: 'confirmed' });
    for (const [at, code] of [
      [999, 'TOO_EARLY'],
      [2_000, 'DEADLINE_PASSED'],
    ] as const) {
      expect(mayRequestProxy({ now: at }, v, r({}), 'm-wu')).toMatchObject({ ok: false, code });
      expect(mayCastForRelative({ now: at }, v, r({ request: confirmed }), 'm-wu')).toMatchObject({ ok: false, code });
    }
    expect(mayRequestProxy(now, v, r({ elector: null }), 'm-wu')).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(mayCastForRelative(now, v, r({ request: confirmed, ballot: {} as BallotDoc }), 'm-wu')).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});
