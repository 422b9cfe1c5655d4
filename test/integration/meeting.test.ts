import { toChinaDateTimeParts, VOTE_CLOSE_GRACE_MS, type MeetingView, type RoomCounts } from '@shared';
import { populationOf } from '../../cloudfunctions/core/register/population';
import type { AuditDoc, CheckinDoc, CommunityDoc, ConsultationDoc, MeetingDoc, TallyDoc } from '../../cloudfunctions/core/docs';
import { addLoadMembers } from '../support/loadMembers';
import { LI, NOW, openWorld, PNG, registerEntry, WANG, ZHANG, type World } from '../support/harness';

/** The seeded 广告招租 consultation: a 居民会议 vote of all residents at a meeting, its window open at NOW. */
const ADS = 'c-seed-ads';

let w: World;
afterEach(() => w.close());

type Open = Extract<MeetingView, { quorum: unknown }>;
const opened = (v: MeetingView): Open => {
  if (v.status === 'none') throw new Error('meeting not opened');
  return v;
};

describe('签到 at a meeting', () => {
  it('checks in residents by themselves and elders by the host, each once, and shows 应到/实到 and the quorum line', async () => {
    w = await openWorld();
    const before = await w.ok(WANG, 'meeting', 'meeting.get', { consultationId: ADS });
    expect(before).toMatchObject({ status: 'none', mayOpen: true });
    const meeting = opened(await w.ok(WANG, 'meeting', 'meeting.open', { consultationId: ADS }));
    expect(meeting).toMatchObject({ status: 'open', body: '居民会议', quorum: { present: 0, met: false, unit: '人' } });
    expect(meeting.quorum.line).toBe(Math.floor(meeting.quorum.expected / 2) + 1);

    const mine = await w.ok(ZHANG, 'meeting', 'meeting.checkIn', { consultationId: ADS });
    expect(mine).toMatchObject({ already: false, label: expect.stringContaining('张伟') });
    expect(await w.ok(ZHANG, 'meeting', 'meeting.checkIn', { consultationId: ADS })).toMatchObject({ already: true });

    // 郑华 has no app: the host finds her by the initials of her name and checks her in.
    const found = await w.ok(WANG, 'meeting', 'meeting.find', { consultationId: ADS, query: 'zh' });
    const zheng = found.people.find((p) => p.label.startsWith('郑华'))!;
    expect(zheng).toMatchObject({ entryId: registerEntry('郑华'), present: false });
    const byHost = await w.ok(WANG, 'meeting', 'meeting.checkInFor', { consultationId: ADS, entryId: zheng.entryId });
    expect(byHost.arrival).toEqual({ label: zheng.label, already: false });
    expect(opened(byHost).quorum.present).toBe(2);
    expect((await w.ok(WANG, 'meeting', 'meeting.find', { consultationId: ADS, query: '郑' })).people[0]).toMatchObject({ present: true });

    // Left early, then back: present once throughout, every step in the audit.
    const left = opened(await w.ok(WANG, 'meeting', 'meeting.checkOut', { consultationId: ADS, electorId: zheng.electorId! }));
    expect(left.quorum.present).toBe(1);
    expect(left.recent.find((r) => r.electorId === zheng.electorId)).toMatchObject({ present: false });
    expect(opened(await w.ok(WANG, 'meeting', 'meeting.checkInFor', { consultationId: ADS, entryId: zheng.entryId })).quorum.present).toBe(2);
    const audit = await w.store.find<AuditDoc>('audit', { entity: 'checkin' });
    expect(audit.map((a) => a.action).sort()).toEqual(['checkin.in', 'checkin.in', 'checkin.in', 'checkin.out']);
  });

  it('counts a person once when two hosts check them in at the same moment', async () => {
    w = await openWorld();
    await w.ok(WANG, 'meeting', 'meeting.open', { consultationId: ADS });
    const entryId = registerEntry('郑华');
    const both = await Promise.all([
      w.ok(WANG, 'meeting', 'meeting.checkInFor', { consultationId: ADS, entryId }),
      w.ok(LI, 'meeting', 'meeting.checkInFor', { consultationId: ADS, entryId }),
    ]);
    expect(both.map((b) => b.arrival.already).sort()).toEqual([false, true]);
    expect(await w.store.count('checkins', { meetingId: `${ADS}:m1`, present: true })).toBe(1);
    expect(opened(await w.ok(WANG, 'meeting', 'meeting.get', { consultationId: ADS })).quorum.present).toBe(1);
  });

  it('refuses residents the host’s actions, and anyone a check-in once it is closed', async () => {
    w = await openWorld();
    await w.ok(WANG, 'meeting', 'meeting.open', { consultationId: ADS });
    expect(await w.call(ZHANG, 'meeting', 'meeting.checkInFor', { consultationId: ADS, entryId: registerEntry('郑华') })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const proxyWithoutPhoto = await w.call(WANG, 'meeting', 'meeting.checkInFor', {
      consultationId: ADS,
      entryId: registerEntry('郑华'),
      proxy: { name: '郑小华', evidence: [] },
    });
    expect(proxyWithoutPhoto).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '请上传委托书照片' });
    await w.ok(WANG, 'meeting', 'meeting.close', { consultationId: ADS });
    expect((await w.store.get<ConsultationDoc>('consultations', ADS))!.meeting).toEqual({ id: `${ADS}:m1`, checkinOpen: false });
    expect(await w.call(ZHANG, 'meeting', 'meeting.checkIn', { consultationId: ADS })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect(await w.store.count('checkins', {})).toBe(0);
  });

  it('opens the projector’s counts by the host’s code alone, and nothing once the code is changed', async () => {
    w = await openWorld();
    const meeting = opened(await w.ok(WANG, 'meeting', 'meeting.open', { consultationId: ADS }));
    const code = meeting.screen!.code;
    await w.ok(ZHANG, 'meeting', 'meeting.checkIn', { consultationId: ADS });
    const screen = await w.call(null, 'screen', 'screen.get', { code });
    expect(screen).toMatchObject({ ok: true, data: { title: '小区公共部位广告招租收益使用', quorum: { present: 1, expected: meeting.quorum.expected } } });
    // Counts only: no one's name crosses to the hall's screen.
    expect(JSON.stringify(screen)).not.toContain('张伟');
    expect(await w.call(null, 'screen', 'screen.get', { code: 'ABCDEFGH' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const renewed = opened(await w.ok(WANG, 'meeting', 'meeting.renewScreenCode', { consultationId: ADS }));
    expect(await w.call(null, 'screen', 'screen.get', { code })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await w.call(null, 'screen', 'screen.get', { code: renewed.screen!.code })).toMatchObject({ ok: true });
    // Every other function still wants a caller.
    expect(await w.call(null, 'meeting', 'meeting.get', { consultationId: ADS })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});

describe('a later round', () => {
  it('does not take the earlier round’s meeting for its own', async () => {
    w = await openWorld();
    await w.ok(WANG, 'meeting', 'meeting.open', { consultationId: ADS });
    // As an escalation leaves it: the consultation in its second round, the first round's meeting still noted.
    await w.store.update('consultations', { _id: ADS }, { set: { voteRound: 2 } });
    expect(await w.ok(WANG, 'meeting', 'meeting.get', { consultationId: ADS })).toMatchObject({ status: 'none' });
    expect((await w.ok(ZHANG, 'consultation', 'consultation.get', { id: ADS })).can.checkIn).toBe(false);
    expect(await w.call(ZHANG, 'meeting', 'meeting.checkIn', { consultationId: ADS })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    const second = opened(await w.ok(WANG, 'meeting', 'meeting.open', { consultationId: ADS }));
    expect(second.quorum.present).toBe(0);
    expect(await w.store.get<MeetingDoc>('meetings', `${ADS}:m2`)).toMatchObject({ round: 2, status: 'open' });
  });
});

describe('a 居民会议 decided by show of hands in the room', () => {
  /** A register of exactly 100 adults, the meeting open, 60 of them checked in by the host, check-in closed. */
  async function sixtyOfHundred(): Promise<{ voters: string[] }> {
    const community = (await w.store.get<CommunityDoc>('communities', 'demo-xingfuli'))!;
    const { residents: seeded } = await populationOf(w.store, community, toChinaDateTimeParts(NOW).date, ['residents']);
    const voters = await addLoadMembers(w.store, 100 - seeded);
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    const meeting = opened(await w.ok(WANG, 'meeting', 'meeting.open', { consultationId: ADS }));
    expect(meeting.quorum).toMatchObject({ expected: 100, line: 51 });
    for (let i = 1; i <= 60; i++) {
      await w.ok(WANG, 'meeting', 'meeting.checkInFor', { consultationId: ADS, entryId: `r-load-m-load-${String(i).padStart(5, '0')}` });
    }
    expect(opened(await w.ok(WANG, 'meeting', 'meeting.close', { consultationId: ADS })).quorum).toMatchObject({ present: 60, met: true });
    return { voters };
  }

  const enter = async (counts: RoomCounts, teller = '张伟', scrutineer = '李秀英') =>
    w.call(WANG, 'voting', 'vote.enterRoomCount', { consultationId: ADS, method: 'hands', counts, teller, scrutineer, evidence: [await w.files.put(PNG)] });

  async function sealed() {
    const c = (await w.store.get<ConsultationDoc>('consultations', ADS))!;
    await w.ok(WANG, 'voting', 'vote.close', { consultationId: ADS }, c.plan.vote!.closesAt + VOTE_CLOSE_GRACE_MS);
    return (await w.store.get<TallyDoc>('tallies', ADS))!.sealed!.decision;
  }

  it.each([
    [{ agree: 30, disagree: 20, abstain: 5, silent: 5 }, false],
    [{ agree: 31, disagree: 19, abstain: 5, silent: 5 }, true],
  ])('with 60 present of 100, %o passes: %s', async (counts, passes) => {
    w = await openWorld();
    await sixtyOfHundred();
    const view = await enter(counts);
    expect(view).toMatchObject({ ok: true, data: { room: { counts, present: 60, methodLabel: '举手表决' } } });
    const decision = await sealed();
    expect(decision).toMatchObject({ quorumMet: true, passed: passes, turnout: { heads: 60, headsTotal: 100, silent: 5 }, agree: { heads: counts.agree } });
  });

  it('refuses counts beyond those present, and 计票人 or 监票人 who is the host, changing nothing', async () => {
    w = await openWorld();
    await sixtyOfHundred();
    expect(await enter({ agree: 31, disagree: 20, abstain: 5, silent: 5 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('超过实到 60 人'),
    });
    expect(await enter({ agree: 30, disagree: 20, abstain: 5, silent: 5 }, '王建国')).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('主持人'),
    });
    expect((await w.store.get<TallyDoc>('tallies', ADS))!.room).toBeUndefined();
    expect((await w.store.get<MeetingDoc>('meetings', `${ADS}:m1`))!.status).toBe('closed');
  });

  it('adds absentees’ ballots to the room, and never counts someone present twice', async () => {
    w = await openWorld();
    const { voters } = await sixtyOfHundred();
    // The first load member is present (counted by hand) and also voted online; the last is absent and voted online.
    await w.ok(voters[0], 'voting', 'ballot.cast', { consultationId: ADS, choice: 'disagree' });
    await w.ok(voters.at(-1)!, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    expect(await w.store.get<CheckinDoc>('checkins', `${ADS}:m1:r-load-m-load-00001`)).toMatchObject({ present: true });
    await enter({ agree: 30, disagree: 20, abstain: 5, silent: 5 });
    const decision = await sealed();
    expect(decision.turnout).toEqual({ heads: 61, headsTotal: 100, silent: 5 });
    expect(decision.agree.heads).toBe(31);
    expect(decision.disagree.heads).toBe(20);
    expect(decision.passed).toBe(true);
  });
});

describe('会议纪要', () => {
  it('is drafted from the meeting, confirmed by the recorder and the host, and published with the result with names masked', async () => {
    w = await openWorld();
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    await w.ok(WANG, 'meeting', 'meeting.open', { consultationId: ADS });
    await w.ok(ZHANG, 'meeting', 'meeting.checkIn', { consultationId: ADS });
    await w.ok(WANG, 'meeting', 'meeting.checkInFor', { consultationId: ADS, entryId: registerEntry('郑华') });
    expect(await w.call(ZHANG, 'meeting', 'meeting.minutes', { consultationId: ADS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const draft = await w.ok(WANG, 'meeting', 'meeting.minutes', { consultationId: ADS });
    expect(draft).toMatchObject({
      version: 0,
      prefilled: true,
      recorder: '王建国',
      facts: { place: '社区党群服务中心一楼活动室', host: '王建国', present: 2 },
    });
    expect(draft.facts.attendance.sort()).toEqual(['张伟', '郑华'].sort());
    expect(draft.agenda).toContain('表决：广告收益用于增设小区健身器材和楼道照明');
    expect(draft.can).toEqual({ save: true, confirmAsRecorder: false, confirmAsHost: false });

    const body = {
      consultationId: ADS,
      recorder: '李秀英',
      agenda: draft.agenda,
      speeches: [{ speaker: '张伟', text: '建议优先照明。' }],
      decisions: '同意广告收益用于健身器材和楼道照明。',
    };
    const saved = await w.ok(WANG, 'meeting', 'meeting.saveMinutes', { ...body, version: 0 });
    expect(saved).toMatchObject({ version: 1, prefilled: false, can: { confirmAsRecorder: true, confirmAsHost: true } });
    // Two editors from the same draft: the second is told, and nothing of theirs is lost silently.
    expect(await w.call(LI, 'meeting', 'meeting.saveMinutes', { ...body, decisions: '另一稿', version: 0 })).toMatchObject({ ok: false, code: 'CONFLICT' });

    const asRecorder = await w.ok(LI, 'meeting', 'meeting.confirmMinutes', { consultationId: ADS, version: 1, as: 'recorder' });
    expect(asRecorder.confirmed).toEqual([expect.objectContaining({ role: 'recorder', byName: '李秀英' })]);
    expect(await w.call(LI, 'meeting', 'meeting.confirmMinutes', { consultationId: ADS, version: 1, as: 'host' })).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
      message: expect.stringContaining('另一位委员会成员'),
    });
    // An edit takes the confirmation back: what is confirmed is what the minutes now say.
    const edited = await w.ok(WANG, 'meeting', 'meeting.saveMinutes', { ...body, decisions: `${body.decisions}由物业实施。`, version: 1 });
    expect(edited).toMatchObject({ version: 2, confirmed: [] });
    await w.ok(LI, 'meeting', 'meeting.confirmMinutes', { consultationId: ADS, version: 2, as: 'recorder' });
    await w.ok(WANG, 'meeting', 'meeting.confirmMinutes', { consultationId: ADS, version: 2, as: 'host' });

    // Not public before the result is.
    expect((await w.ok(ZHANG, 'consultation', 'consultation.get', { id: ADS })).result.minutes).toBeUndefined();
    await w.ok(WANG, 'meeting', 'meeting.close', { consultationId: ADS });
    const c = (await w.store.get<ConsultationDoc>('consultations', ADS))!;
    const after = c.plan.vote!.closesAt + VOTE_CLOSE_GRACE_MS;
    await w.ok(WANG, 'voting', 'vote.close', { consultationId: ADS }, after);
    const outcome = await w.ok(
      WANG,
      'result',
      'outcome.write',
      {
        id: ADS,
        version: (await w.store.get<ConsultationDoc>('consultations', ADS))!.version,
        text: '广告收益用于健身器材和楼道照明。',
        responsible: '物业服务中心',
        dueAt: after + 30 * 86_400_000,
      },
      after,
    );
    await w.ok(WANG, 'result', 'result.publish', { id: ADS, version: outcome.consultation.version }, after);

    const published = (await w.ok(ZHANG, 'consultation', 'consultation.get', { id: ADS }, after)).result.minutes!;
    expect(published).toMatchObject({
      recorder: '李*英',
      decisions: '同意广告收益用于健身器材和楼道照明。由物业实施。',
      speeches: [{ speaker: '张*', text: '建议优先照明。' }],
    });
    expect(published.facts.attendance.sort()).toEqual(['张*', '郑*'].sort());
    expect(JSON.stringify(published)).not.toMatch(/张伟|郑华|李秀英/);
    expect(await w.call(WANG, 'meeting', 'meeting.saveMinutes', { ...body, version: 4 }, after)).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  });
});
