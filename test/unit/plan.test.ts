import { API, PlanDraftSchema, missingPlanFields } from '@shared';

const base = { title: '加装电梯', categoryId: 'services-01' };
/** An instant of this century: instants outside 2000 to 2100 are refused. */
const T = Date.UTC(2026, 11, 1);
const issues = (value: unknown) => {
  const r = PlanDraftSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('a draft plan', () => {
  it('needs only a title and a catalogue matter to start', () => {
    expect(PlanDraftSchema.parse(base)).toEqual(base);
  });

  it('trims what people type', () => {
    expect(PlanDraftSchema.parse({ ...base, title: '  加装电梯  ', host: ' 王建国 ' })).toMatchObject({ title: '加装电梯', host: '王建国' });
  });

  it('rejects a matter that is no catalogue id; whether the community’s catalogue has it is the use case’s to say', () => {
    expect(issues({ ...base, categoryId: '为民服务-99' })).toEqual(['请从协商事项目录中选择事项']);
    expect(issues({ ...base, categoryId: 'x'.repeat(65) })).toEqual(['请从协商事项目录中选择事项']);
    expect(issues({ ...base, categoryId: 'demo-heping-x1' })).toEqual([]);
  });

  it('rejects titles too short or too long', () => {
    expect(issues({ ...base, title: '梯' })).toEqual(['议题标题至少2个字']);
    expect(issues({ ...base, title: '梯'.repeat(61) })).toEqual(['议题标题不能超过60个字']);
  });

  it('rejects fields it does not know, so nothing can ride along (an openid, say)', () => {
    expect(issues({ ...base, openid: 'someone-else' })).toHaveLength(1);
  });

  it('rejects a meeting that ends before it starts', () => {
    expect(issues({ ...base, schedule: { startsAt: T + 2000, endsAt: T + 1000 } })).toEqual(['结束时间必须晚于开始时间']);
    expect(issues({ ...base, schedule: { startsAt: T + 1000, endsAt: T + 1000 } })).toEqual(['结束时间必须晚于开始时间']);
  });

  it('rejects repeated or unknown forms', () => {
    expect(issues({ ...base, forms: ['meeting', 'meeting'] })).toEqual(['协商形式有重复']);
    expect(issues({ ...base, forms: ['vote'] })).toEqual(['协商形式有误']);
  });

  it('keeps the notice period a whole number of days from 1 to 60', () => {
    expect(issues({ ...base, noticeDays: 0 })).toEqual(['公示期至少1天']);
    expect(issues({ ...base, noticeDays: 61 })).toEqual(['公示期不能超过60天']);
    expect(issues({ ...base, noticeDays: 1.5 })).toEqual(['公示天数须为整数']);
    expect(issues({ ...base, noticeDays: 60 })).toEqual([]);
  });

  it('needs the buildings when owners of buildings are the scope', () => {
    expect(issues({ ...base, scope: { kind: 'owners', buildings: [] } })).toEqual(['请至少选择一个楼栋或房屋']);
    expect(issues({ ...base, scope: { kind: 'owners', buildings: [], unitIds: ['u1'] } })).toEqual([]);
    expect(issues({ ...base, scope: { kind: 'owners', buildings: ['2号楼'] } })).toEqual([]);
    expect(issues({ ...base, scope: { kind: 'everyone' } })).toHaveLength(1);
  });
});

describe('what publishing needs', () => {
  const complete = {
    ...base,
    background: '背景',
    forms: ['meeting' as const],
    schedule: { startsAt: T + 1, endsAt: T + 2 },
    place: '会议室',
    host: '王建国',
    scope: { kind: 'residents' as const },
    noticeDays: 7,
  };

  it('is nothing more for a complete plan', () => {
    expect(missingPlanFields(complete)).toEqual([]);
  });

  it('asks for a place only when people meet', () => {
    const { place: _place, ...noPlace } = complete;
    expect(missingPlanFields(noPlace)).toEqual(['place']);
    expect(missingPlanFields({ ...noPlace, forms: ['online', 'written'] })).toEqual([]);
    expect(missingPlanFields({ ...noPlace, forms: ['hearing'] })).toEqual(['place']);
  });

  it('counts blank text as missing', () => {
    expect(missingPlanFields({ ...complete, background: '   ', host: '' })).toEqual(['background', 'host']);
  });
});

describe('request payloads', () => {
  it('accept a well-formed client request id and refuse others', () => {
    const schema = API.consultation['consultation.createDraft'];
    expect(schema.safeParse({ requestId: 'r8d9s7f6a5', plan: base }).success).toBe(true);
    expect(schema.safeParse({ requestId: 'short', plan: base }).success).toBe(false);
    expect(schema.safeParse({ requestId: 'has spaces in it', plan: base }).success).toBe(false);
    expect(schema.safeParse({ plan: base }).success).toBe(false);
  });

  it('refuse empty actions carrying anything', () => {
    expect(API.account['me.get'].safeParse({}).success).toBe(true);
    expect(API.account['me.get'].safeParse({ openid: 'x' }).success).toBe(false);
  });
});
