import { mayStartConsulting } from '../../cloudfunctions/core/access/consultation';
import { enforce } from '../../cloudfunctions/core/access/decision';
import type { ConsultationDoc } from '../../cloudfunctions/core/docs';
import type { State } from '@shared';

const STARTS = 10_000;
const consultation = (status: State, startsAt: number | null = STARTS) =>
  ({ _id: 'c1', status, plan: { schedule: startsAt === null ? undefined : { startsAt, endsAt: startsAt + 1 } }, priorSteps: [] }) as unknown as ConsultationDoc;

describe('mayStartConsulting', () => {
  it('lets the committee, and the scheduler, start an announced consultation from its start time', () => {
    expect(mayStartConsulting({ now: STARTS }, consultation('announced'), 'committee')).toEqual({ ok: true });
    expect(mayStartConsulting({ now: STARTS + 1 }, consultation('announced'), 'system')).toEqual({ ok: true });
  });
  it('refuses before the start time, or with no time at all, as the lifecycle guard does', () => {
    const early = { ok: false, code: 'TOO_EARLY', message: '公示期未满，协商尚未开始' };
    expect(mayStartConsulting({ now: STARTS - 1 }, consultation('announced'), 'committee')).toEqual(early);
    expect(mayStartConsulting({ now: STARTS }, consultation('announced', null), 'committee')).toEqual(early);
  });
  it('refuses from any other state', () => {
    expect(mayStartConsulting({ now: STARTS }, consultation('consulting'), 'committee')).toEqual({
      ok: false,
      code: 'WRONG_STATE',
      message: '“协商中”阶段不能开始协商',
    });
  });
  it('refuses every role but the committee', () => {
    for (const role of ['resident', 'representative', 'supervisor'] as const) {
      expect(mayStartConsulting({ now: STARTS }, consultation('announced'), role)).toEqual({ ok: false, code: 'FORBIDDEN', message: '您没有权限进行此操作' });
    }
  });
  it('throws as the use case always threw', () => {
    expect(() => enforce(mayStartConsulting({ now: 0 }, consultation('announced'), 'committee'))).toThrow(expect.objectContaining({ code: 'TOO_EARLY' }));
  });
});
