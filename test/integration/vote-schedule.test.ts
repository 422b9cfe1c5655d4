import { DAY_MS, VOTE_CLOSE_GRACE_MS } from '@shared';
import type { AnnouncementDoc, AuditDoc, ConsultationDoc, TallyDoc } from '../../cloudfunctions/core/docs';
import { completePlan, LI, NOW, openWorld, recordPriorDiscussion, snapshot, WANG, ZHANG, type World } from '../support/harness';
import { toldOf } from '../support/news';

/**
 * A vote opens at its opening time whether or not anyone taps 开始表决; a window that passed
 * unopened is never opened (it would be sealed void at once) but moved, with everyone told.
 */

/** The seeded 广告招租 consultation: consulting, its 居民会议 vote due to open before NOW and close three days after. */
const ADS = 'c-seed-ads';
const HOUR = 3_600_000;

let w: World;
beforeEach(async () => {
  w = await openWorld();
});
afterEach(() => w.close());

const doc = async (id = ADS) => (await w.store.get<ConsultationDoc>('consultations', id))!;
const detail = (openid: string, at: number, id = ADS) => w.ok(openid, 'consultation', 'consultation.get', { id }, at);
const reschedule = (openid: string, at: number, times: { opensAt: number; closesAt: number }, extra: object = {}) =>
  doc().then((c) => w.call(openid, 'voting', 'vote.reschedule', { consultationId: ADS, version: c.version, reason: '会议改期', ...times, ...extra }, at));

describe('the scheduler opens a vote at its opening time', () => {
  it('opens it once, with the electorate of that moment, and tells every voter', async () => {
    const first = await w.tick(NOW);
    expect(first.votesOpened).toEqual({ changed: 1, skipped: 0, failed: 0 });
    const c = await doc();
    expect(c).toMatchObject({ status: 'voting', voteOpened: true });
    expect(c.timeline.at(-1)).toMatchObject({ action: 'openVote', by: { system: true } });
    expect(await w.store.get<TallyDoc>('tallies', ADS)).toMatchObject({ status: 'open', electors: 17 });
    expect(await toldOf(w, 'demo-xingfuli', 'voteOpened', { consultationId: ADS })).toHaveLength(15);
    const [told] = await w.store.find<AnnouncementDoc>('announcements', { consultationId: ADS, kind: 'voteOpened' });
    expect(told.body).toContain('前投票');
    expect((await w.ok(ZHANG, 'voting', 'vote.get', { consultationId: ADS })).me.canCast).toBe(true);

    const again = await w.tick(NOW + 5 * 60_000);
    expect(again.votesOpened.changed).toBe(0);
    expect(await w.store.count('announcements', { consultationId: ADS, kind: 'voteOpened' })).toBe(1);
  });

  it('opens it once when two runs overlap', async () => {
    const runs = await Promise.all([w.tick(NOW), w.tick(NOW)]);
    expect(runs.map((r) => r.votesOpened.changed).sort()).toEqual([0, 1]);
    expect(await w.store.count('electors', { voteId: ADS })).toBe(17);
    expect((await doc()).timeline.filter((t) => t.action === 'openVote')).toHaveLength(1);
  });

  it('opens a statutory meeting’s vote after escalation, as the first round’s', async () => {
    await w.tick(NOW);
    const closed = (await doc()).plan.vote!.closesAt + VOTE_CLOSE_GRACE_MS;
    await w.tick(closed);
    const vote = {
      question: '广告收益用途',
      rule: 'residents_meeting' as const,
      scope: { kind: 'residents' as const },
      opensAt: closed + DAY_MS,
      closesAt: closed + 3 * DAY_MS,
      secret: false,
    };
    await w.ok(WANG, 'result', 'outcome.escalate', { id: ADS, version: (await doc()).version, reason: '未达法定人数', vote }, closed);
    expect((await w.tick(closed + HOUR)).votesOpened.changed).toBe(0);
    expect((await w.tick(vote.opensAt)).votesOpened.changed).toBe(1);
    expect(await doc()).toMatchObject({ status: 'voting', voteRound: 2 });
    expect(await w.store.get<TallyDoc>('tallies', `${ADS}#2`)).toMatchObject({ status: 'open', round: 2 });
  });
});

describe('a vote whose window passed unopened', () => {
  const past = async () => (await doc()).plan.vote!.closesAt + HOUR;

  it('is not opened, by the committee or the scheduler, and nothing changes', async () => {
    const at = await past();
    const before = await snapshot(w.store);
    expect(await w.call(WANG, 'voting', 'vote.open', { consultationId: ADS }, at)).toMatchObject({
      ok: false,
      code: 'DEADLINE_PASSED',
      message: expect.stringContaining('调整表决时间'),
    });
    expect((await w.tick(at)).votesOpened.changed).toBe(0);
    expect(await snapshot(w.store)).toEqual(before);
    expect(await w.store.count('tallies', {})).toBe(0);
    expect((await w.ok(WANG, 'voting', 'vote.get', { consultationId: ADS }, at)).can).toMatchObject({ open: false, reschedule: true });
  });

  it('is put in front of the committee as the next step, and never shown to residents', async () => {
    const at = await past();
    expect((await detail(WANG, at)).nextStep).toMatchObject({ title: '表决时间已过，表决没有开始', action: 'rescheduleVote' });
    expect((await detail(WANG, at)).can.rescheduleVote).toBe(true);
    const resident = await detail(ZHANG, at);
    expect(resident.nextStep).toBeUndefined();
    expect(resident.can.rescheduleVote).toBe(false);
  });

  it('is moved by the committee with a reason, on the timeline and in the audit, everyone told anew; then it opens on time', async () => {
    const at = await past();
    const times = { opensAt: at + DAY_MS, closesAt: at + 4 * DAY_MS };
    const res = await reschedule(LI, at, times);
    expect(res).toMatchObject({ ok: true, data: { consultation: { plan: { vote: times } }, nextStep: { title: '等待表决开始' } } });
    const c = await doc();
    expect(c.timeline.at(-1)).toMatchObject({ action: 'rescheduleVote', status: 'consulting', note: expect.stringContaining('原因：会议改期') });
    if (res.ok) expect(res.data.timeline.at(-1)).toMatchObject({ label: '调整表决时间', statusLabel: '协商中' });
    const [event] = await w.store.find<AuditDoc>('audit', { action: 'vote.reschedule' });
    expect(event).toMatchObject({ entityId: ADS, before: { version: c.version - 1 }, after: { version: c.version } });
    expect(await toldOf(w, 'demo-xingfuli', 'voteRescheduled', { consultationId: ADS })).toHaveLength(15);
    const told = await w.store.find<AnnouncementDoc>('announcements', { consultationId: ADS, kind: 'voteRescheduled' });
    expect(told[0]).toMatchObject({ title: expect.stringContaining('表决时间调整'), body: expect.stringContaining('会议改期') });

    expect((await w.tick(times.opensAt - 60_000)).votesOpened.changed).toBe(0);
    expect((await w.tick(times.opensAt)).votesOpened.changed).toBe(1);
    expect((await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' }, times.opensAt)).me.ballot).toMatchObject({ choice: 'agree' });
  });

  it('refuses bad times, no reason, a resident, a stale version, and an opened vote — changing nothing', async () => {
    const at = await past();
    const before = await snapshot(w.store);
    const good = { opensAt: at + DAY_MS, closesAt: at + 2 * DAY_MS };
    expect(await reschedule(WANG, at, { opensAt: at - 2 * DAY_MS, closesAt: at - DAY_MS })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '表决截止时间必须晚于现在',
    });
    expect(await reschedule(WANG, at, { opensAt: good.closesAt, closesAt: good.opensAt })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await reschedule(WANG, at, good, { reason: '  ' })).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '请填写调整原因' });
    expect(await reschedule(ZHANG, at, good)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await reschedule(WANG, at, good, { version: 1 })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await snapshot(w.store)).toEqual(before);

    await w.tick(NOW);
    expect(await reschedule(WANG, NOW + HOUR, good)).toMatchObject({ ok: false, code: 'WRONG_STATE', message: '表决已经开始，不能再调整表决时间' });
  });
});

describe('the committee’s next step', () => {
  it('says what happens by itself and what needs a hand, through the lifecycle', async () => {
    const plan = completePlan(14);
    const vote = {
      question: '同意增设充电桩',
      rule: 'residents_meeting' as const,
      scope: { kind: 'residents' as const },
      opensAt: plan.schedule.startsAt,
      closesAt: plan.schedule.startsAt + 7 * DAY_MS,
      secret: false,
    };
    const draft = await w.ok(WANG, 'consultation', 'consultation.createDraft', {
      requestId: 'req-next-step-1',
      plan: { ...plan, background: undefined, vote },
    });
    expect((await detail(WANG, NOW, draft.id)).nextStep).toMatchObject({
      title: '方案还不完整',
      detail: expect.stringContaining('背景说明'),
      action: 'editPlan',
    });
    await w.ok(WANG, 'consultation', 'consultation.updateDraft', { id: draft.id, version: draft.version, plan: { ...plan, vote } });
    expect((await detail(WANG, NOW, draft.id)).nextStep).toMatchObject({ title: '方案已完整，可以发布', action: 'publish' });
    await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: draft.id, version: draft.version + 1 });
    // A 居民会议's vote waits for the Party organisation's prior discussion, and says so first.
    expect((await detail(WANG, NOW, draft.id)).nextStep).toMatchObject({ title: '表决前须经党组织研究讨论', action: 'recordPriorStep' });
    await w.tick(plan.schedule.startsAt);
    const waiting = await detail(WANG, plan.schedule.startsAt, draft.id);
    expect(waiting).toMatchObject({
      consultation: { status: 'consulting' },
      nextStep: { action: 'recordPriorStep' },
      prior: { required: true, done: false, next: { step: 'party_discussion' } },
    });
    expect(await w.call(WANG, 'voting', 'vote.open', { consultationId: draft.id }, plan.schedule.startsAt)).toMatchObject({
      ok: false,
      code: 'PRIOR_DISCUSSION_MISSING',
    });
    // The vote screen says the same: no open button, the prior discussion to record instead.
    expect((await w.ok(WANG, 'voting', 'vote.get', { consultationId: draft.id }, plan.schedule.startsAt)).can).toMatchObject({
      open: false,
      recordPrior: true,
    });
    await recordPriorDiscussion(w, draft.id, plan.schedule.startsAt);
    expect((await detail(WANG, plan.schedule.startsAt, draft.id)).nextStep).toMatchObject({ title: '已到表决开始时间', action: 'openVote' });
    await w.tick(plan.schedule.startsAt + 60_000);
    expect((await detail(WANG, plan.schedule.startsAt + 60_000, draft.id)).nextStep).toMatchObject({ title: '表决进行中', action: 'viewVote' });
  });
});

describe('publishing a vote that could never be held', () => {
  it('is refused when the vote closes before the meeting starts', async () => {
    const plan = completePlan(14);
    const vote = {
      question: '同意增设充电桩',
      rule: 'residents_meeting' as const,
      scope: { kind: 'residents' as const },
      opensAt: NOW + DAY_MS,
      closesAt: NOW + 2 * DAY_MS,
      secret: false,
    };
    const draft = await w.ok(WANG, 'consultation', 'consultation.createDraft', { requestId: 'req-next-step-2', plan: { ...plan, vote } });
    expect(await w.call(WANG, 'consultation', 'consultation.publishNotice', { id: draft.id, version: draft.version })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '表决截止时间必须晚于协商开始时间',
    });
    expect((await doc(draft.id)).status).toBe('draft');
  });
});
