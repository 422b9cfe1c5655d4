import { mayActAsCommittee } from '../../cloudfunctions/core/access/committee';
import { mayObject, mayPostProgress, objectionWindow } from '../../cloudfunctions/core/access/result';
import type { MemberDoc } from '../../cloudfunctions/core/docs';
import type { State } from '@shared';

const ENDS = 5_000;
const active = { status: 'active' } as Pick<MemberDoc, 'status'>;
const shown = (status: State, objectionWindowEndsAt: number | null = ENDS) => ({ status, objectionWindowEndsAt: objectionWindowEndsAt ?? undefined });

describe('mayObject', () => {
  it('lets an approved member object while the result is on display, until the window ends', () => {
    expect(mayObject({ now: ENDS - 1 }, shown('publicized'), active)).toEqual({ ok: true });
  });
  it('refuses a result not on display, or one with no window', () => {
    const wrong = { ok: false, code: 'WRONG_STATE', message: '只能对正在公示的协商结果提出异议' };
    for (const state of ['deliberated', 'effective', 'implementing'] as const) expect(mayObject({ now: 0 }, shown(state), active)).toEqual(wrong);
    expect(mayObject({ now: 0 }, shown('publicized', null), active)).toEqual(wrong);
  });
  it('refuses at and after the end of the window', () => {
    const over = { ok: false, code: 'DEADLINE_PASSED', message: '异议期已经结束' };
    expect(mayObject({ now: ENDS }, shown('publicized'), active)).toEqual(over);
    expect(mayObject({ now: ENDS + 1 }, shown('publicized'), active)).toEqual(over);
  });
  it('refuses one who is not an approved member, the window aside', () => {
    expect(mayObject({ now: 0 }, shown('publicized'), { status: 'pending' })).toEqual({ ok: false, code: 'NOT_MEMBER' });
    expect(objectionWindow({ now: 0 }, shown('publicized'))).toEqual({ ok: true });
  });
});

describe('mayPostProgress', () => {
  const committee = { status: 'active', role: 'committee' } as const;
  it('lets the committee report progress while the decision is carried out', () => {
    expect(mayPostProgress({ status: 'implementing' }, committee)).toEqual({ ok: true });
  });
  it('refuses before and after implementation', () => {
    for (const status of ['effective', 'completed', 'archived'] as const) {
      expect(mayPostProgress({ status }, committee)).toEqual({ ok: false, code: 'WRONG_STATE', message: '只能在落实阶段报告进展' });
    }
  });
  it('refuses anyone but an approved committee member, whatever the state', () => {
    expect(mayPostProgress({ status: 'implementing' }, { status: 'active', role: 'resident' })).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(mayPostProgress({ status: 'implementing' }, { status: 'active', role: 'supervisor' })).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(mayPostProgress({ status: 'effective' }, { status: 'pending', role: 'committee' })).toEqual({ ok: false, code: 'NOT_MEMBER' });
  });
});

describe('mayActAsCommittee', () => {
  it('is the approved committee alone', () => {
    expect(mayActAsCommittee({ status: 'active', role: 'committee' })).toEqual({ ok: true });
    expect(mayActAsCommittee({ status: 'active', role: 'representative' })).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(mayActAsCommittee({ status: 'removed', role: 'committee' })).toEqual({ ok: false, code: 'NOT_MEMBER' });
  });
});
