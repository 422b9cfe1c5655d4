import type { BallotDoc, ConsultationDoc, ElectorDoc, TallyDoc } from '../../cloudfunctions/core/docs';
import { decide, DAY_MS, VOTE_CLOSE_GRACE_MS, type PayloadOf } from '@shared';
import {
  completePlan,
  LI,
  LIN,
  NOW,
  openWorld,
  PNG,
  QIAN,
  recordPriorDiscussion,
  registerEntry,
  snapshot,
  VISITOR,
  WANG,
  WU,
  XU,
  YANG,
  ZHANG,
  ZHENG,
  type World,
} from '../support/harness';

/** The seeded 广告招租 consultation: consulting, with a 居民会议 vote of all residents, open from before NOW. */
const ADS = 'c-seed-ads';
const CHEN = 'demo-chen-jing';
const LIU = 'demo-liu-fang';

let w: World;
let closesAt: number;
beforeEach(async () => {
  w = await openWorld();
  closesAt = (await w.store.get<ConsultationDoc>('consultations', ADS))!.plan.vote!.closesAt;
});
afterEach(() => w.close());

const open = (id = ADS, at = NOW) => w.ok(WANG, 'voting', 'vote.open', { consultationId: id }, at);
const cast = (openid: string, choice: 'agree' | 'disagree' | 'abstain', id = ADS, at = NOW) =>
  w.call(openid, 'voting', 'ballot.cast', { consultationId: id, choice }, at);
const afterClose = () => closesAt + VOTE_CLOSE_GRACE_MS;

describe('opening a vote', () => {
  it('takes the electorate as it stands and shows the vote to members', async () => {
    const view = await open();
    expect(view.vote).toMatchObject({ phase: 'open', rule: 'residents_meeting', ruleLabel: '居民会议', secret: false });
    expect(view.live).toMatchObject({ ballots: 0, electors: 17 }); // the register's 17 adults, 15 of them on the app
    expect((await w.store.get<ConsultationDoc>('consultations', ADS))!.status).toBe('voting');
    // 林晓, on the register but approved only after the vote opened, is an elector who votes on paper.
    const [lin] = await w.store.find<{ _id: string }>('members', { openid: LIN });
    await w.ok(WANG, 'member', 'member.approve', { memberId: lin._id });
    expect(await cast(LIN, 'agree')).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
  });

  it('offers the committee its button only from the opening time', async () => {
    const id = await publishedAndConsulting({ kind: 'residents' }, 'residents_meeting', false, 60 * 60_000);
    expect((await w.ok(WANG, 'voting', 'vote.get', { consultationId: id }, startsAt())).can.open).toBe(false);
    expect(await w.call(WANG, 'voting', 'vote.open', { consultationId: id }, startsAt())).toMatchObject({ ok: false, code: 'TOO_EARLY' });
    expect((await w.ok(WANG, 'voting', 'vote.get', { consultationId: id }, startsAt() + 60 * 60_000)).can.open).toBe(true);
  });

  it('is the committee’s, from the opening time, once', async () => {
    expect(await w.call(ZHANG, 'voting', 'vote.open', { consultationId: ADS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const results = await Promise.all([
      w.call(WANG, 'voting', 'vote.open', { consultationId: ADS }),
      w.call(LI, 'voting', 'vote.open', { consultationId: ADS }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await w.store.count('electors', { consultationId: ADS })).toBe(17);
    expect(await w.store.count('tallies', {})).toBe(1);
  });
});

describe('casting', () => {
  it('records one ballot per elector, changeable until close, with live totals', async () => {
    await open();
    const first = await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    expect(first.me.ballot).toMatchObject({ choice: 'agree', choiceLabel: '同意', channelLabel: '网上' });
    expect(first.live).toMatchObject({ agree: { heads: 1 }, ballots: 1 });
    const changed = await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'disagree' });
    expect(changed.live).toMatchObject({ agree: { heads: 0 }, disagree: { heads: 1 }, ballots: 1 });
    await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'disagree' });
    expect(await w.store.count('ballots', {})).toBe(1);
    expect(await w.store.count('audit', { entity: 'ballot' })).toBe(2); // cast, change; the repeat changed nothing
  });

  it('never lets a second ballot in for the same elector, even at once', async () => {
    await open();
    const results = await Promise.all([cast(ZHANG, 'agree'), cast(ZHANG, 'disagree'), cast(ZHANG, 'abstain'), cast(ZHANG, 'agree')]);
    expect(results.every((r) => r.ok)).toBe(true);
    const ballots = await w.store.find<BallotDoc>('ballots', {});
    expect(ballots).toHaveLength(1);
    const tally = (await w.store.get<TallyDoc>('tallies', ADS))!;
    expect(tally.counters.agree + tally.counters.disagree + tally.counters.abstain).toBe(1);
    expect(tally.counters[ballots[0].choice!]).toBe(1);
  });

  it('refuses before the vote opens, after it closes, and to anyone not in the electorate', async () => {
    expect(await cast(ZHANG, 'agree')).toMatchObject({ ok: false, code: 'TOO_EARLY' });
    await open();
    expect(await cast(ZHANG, 'agree', ADS, closesAt)).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(await cast(VISITOR, 'agree')).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
    expect(await cast(LIN, 'agree')).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
    expect(await cast(QIAN, 'agree')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await w.store.count('ballots', {})).toBe(0);
  });

  it('by households: one ballot per household, changed only by who cast it', async () => {
    const id = await publishedAndConsulting({ kind: 'households' }, 'residents_meeting');
    await open(id, startsAt());
    expect(await cast(WU, 'agree', id, startsAt())).toMatchObject({ ok: true });
    expect(await cast(XU, 'disagree', id, startsAt())).toMatchObject({ ok: false, code: 'CONFLICT' });
    const view = await w.ok(XU, 'voting', 'vote.get', { consultationId: id }, startsAt());
    expect(view.me).toMatchObject({ canCast: false, why: '您家的这一票已由家人投出' });
  });
});

describe('paper and proxy ballots', () => {
  type Entry = PayloadOf<'voting', 'ballot.enterPaper'>;
  const enter = (overrides: Partial<Entry> & Pick<Entry, 'electorId'>) =>
    w.call(WANG, 'voting', 'ballot.enterPaper', { consultationId: ADS, choice: 'agree', channel: 'paper', evidence: [], ...overrides });

  it('need a photo of the signed ballot, count once, and wait for the elector to confirm or dispute', async () => {
    await open();
    const photo = await w.files.put(PNG);
    expect(await enter({ electorId: registerEntry('陈静') })).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '请上传签字选票的照片' });
    expect(await enter({ electorId: registerEntry('陈静'), evidence: [photo] })).toMatchObject({
      ok: true,
      data: { electorLabel: '陈静（2号楼1单元101）', channelLabel: '纸质', choiceLabel: '同意' },
    });
    expect(await enter({ electorId: registerEntry('陈静'), evidence: [photo] })).toMatchObject({ ok: false, code: 'CONFLICT', message: '该选民已经投票' });
    expect(await cast(CHEN, 'disagree')).toMatchObject({ ok: false, code: 'CONFLICT' });
    const mine = await w.ok(CHEN, 'voting', 'vote.get', { consultationId: ADS });
    expect(mine.me).toMatchObject({
      canRespond: true,
      ballot: { channelLabel: '纸质', entry: { stateLabel: '待本人确认', enteredByName: '居委会成员 王*国' } },
    });
    expect(await w.call(CHEN, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'dispute' })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    const disputed = await w.ok(CHEN, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'dispute', note: '我投的是反对' });
    expect(disputed.me.ballot?.entry).toMatchObject({ state: 'disputed', note: '我投的是反对' });
    expect(await enter({ electorId: registerEntry('陈静'), evidence: [photo], channel: 'paper' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    // An elector who voted online cannot be entered on paper.
    await cast(ZHANG, 'agree');
    expect(await enter({ electorId: registerEntry('张伟'), evidence: [photo] })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('by proxy need the 委托书, and one proxy represents no more than the community allows', async () => {
    await open();
    const photo = await w.files.put(PNG);
    const proxy = (electorId: string) => enter({ electorId, evidence: [photo], channel: 'proxy', proxyMemberId: 'm-yang-lei', proxyEvidence: [photo] });
    expect(await enter({ electorId: registerEntry('刘芳'), evidence: [photo], channel: 'proxy', proxyMemberId: 'm-yang-lei' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    for (const e of [registerEntry('刘芳'), registerEntry('黄丽'), registerEntry('马超')])
      expect(await proxy(e)).toMatchObject({ ok: true, data: { channelLabel: '委托' } });
    expect(await proxy(registerEntry('朱琳'))).toMatchObject({ ok: false, code: 'CONFLICT', message: '每位受托人在本次表决中最多代理 3 位选民' });
    expect(await w.store.count('ballots', { channel: 'proxy' })).toBe(3);
  });

  it('give way to the elector’s own online ballot once disputed, freeing the proxy’s slot', async () => {
    await open();
    const photo = await w.files.put(PNG);
    await enter({ electorId: registerEntry('刘芳'), evidence: [photo], channel: 'proxy', proxyMemberId: 'm-yang-lei', proxyEvidence: [photo] });
    expect(await cast(LIU, 'disagree')).toMatchObject({ ok: false, code: 'CONFLICT' });
    await w.ok(LIU, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'dispute', note: '我没有委托杨磊' });
    const own = await w.ok(LIU, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'disagree' });
    expect(own.me.ballot).toMatchObject({ channel: 'online', choice: 'disagree' });
    expect(own.me.ballot?.entry).toBeUndefined();
    expect(own.live).toMatchObject({ agree: { heads: 0 }, disagree: { heads: 1 }, ballots: 1 });
    const ballot = (await w.store.get<BallotDoc>('ballots', `${ADS}:${registerEntry('刘芳')}`))!;
    expect(ballot).toMatchObject({ channel: 'online', castBy: 'm-liu-fang', evidence: [], proxyEvidence: [] });
    expect(ballot.proxyMemberId).toBeUndefined();
    expect(await w.store.get('proxies', `${ADS}:m-yang-lei`)).toMatchObject({ count: 0 });
  });

  it('count once when the elector replaces a disputed entry with the same choice', async () => {
    await open();
    const photo = await w.files.put(PNG);
    await enter({ electorId: registerEntry('刘芳'), evidence: [photo], choice: 'agree' });
    await w.ok(LIU, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'dispute', note: '不是我填的' });
    const own = await w.ok(LIU, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    expect(own.live).toMatchObject({ agree: { heads: 1 }, ballots: 1 });
    expect((await w.store.get<TallyDoc>('tallies', ADS))!.counters).toMatchObject({ agree: 1, disagree: 0, abstain: 0 });
  });

  it('find their elector by name or address, on secret votes too', async () => {
    await open();
    const found = await w.ok(WANG, 'voting', 'vote.electors', { consultationId: ADS, query: '2号楼1单元' });
    expect(found.electors.map((e) => e.label).sort()).toEqual(
      ['吴敏（2号楼1单元201）', '徐军（2号楼1单元201）', '杨磊（2号楼1单元102）', '陈静（2号楼1单元101）', '黄丽（2号楼1单元202）'].sort(),
    );
    expect([found.matching, found.total]).toEqual([5, 17]);
    expect(found.electors.every((e) => !e.voted)).toBe(true);
    // One who voted online is marked before anyone photographs a paper ballot for them — secret or not.
    await cast('demo-chen-jing', 'agree');
    const again = await w.ok(WANG, 'voting', 'vote.electors', { consultationId: ADS, query: '2号楼1单元' });
    expect(again.electors.filter((e) => e.voted).map((e) => e.label)).toEqual(['陈静（2号楼1单元101）']);
    const id = await publishedAndConsulting({ kind: 'residents' }, 'residents_meeting', true);
    await open(id, startsAt());
    await cast('demo-chen-jing', 'disagree', id, startsAt());
    const secret = await w.ok(WANG, 'voting', 'vote.electors', { consultationId: id, query: '陈静' }, startsAt());
    expect(secret.electors).toEqual([{ electorId: registerEntry('陈静'), label: '陈静（2号楼1单元101）', voted: true }]);
    expect(await w.call(WANG, 'voting', 'vote.electors', { consultationId: id }, startsAt())).toMatchObject({ ok: true, data: { total: 17 } });
    expect(await w.call(ZHANG, 'voting', 'vote.electors', { consultationId: id }, startsAt())).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('are the committee’s to enter', async () => {
    await open();
    const photo = await w.files.put(PNG);
    expect(
      await w.call(YANG, 'voting', 'ballot.enterPaper', {
        consultationId: ADS,
        electorId: registerEntry('陈静'),
        choice: 'agree',
        channel: 'paper',
        evidence: [photo],
      }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('closing', () => {
  it('waits for the close time and its grace, then seals a recount; reading the result reads no ballots', async () => {
    await open();
    for (const [who, choice] of [
      [ZHANG, 'agree'],
      [CHEN, 'agree'],
      [LIU, 'abstain'],
      [YANG, 'agree'],
      ['demo-huang-li', 'disagree'],
      ['demo-zhou-qiang', 'agree'],
      ['demo-wu-min', 'agree'],
      ['demo-xu-jun', 'agree'],
    ] as const) {
      expect(await cast(who, choice)).toMatchObject({ ok: true });
    }
    // 8 of the register's 17 is not a quorum; the paper ballot of 郑华, who never joined the app, makes it one.
    const photo = await w.files.put(PNG);
    await w.ok(WANG, 'voting', 'ballot.enterPaper', {
      consultationId: ADS,
      electorId: registerEntry('郑华'),
      choice: 'agree',
      channel: 'paper',
      evidence: [photo],
    });
    // Counters that drifted (a crash between a ballot and its increment) do not reach the result.
    await w.store.update('tallies', { _id: ADS }, { inc: { 'counters.agree': 5 } });
    expect(await w.call(WANG, 'voting', 'vote.close', { consultationId: ADS }, afterClose() - 1)).toMatchObject({ ok: false, code: 'TOO_EARLY' });
    const closed = await w.ok(WANG, 'voting', 'vote.close', { consultationId: ADS }, afterClose());
    const ballots = await w.store.find<BallotDoc>('ballots', {});
    const electors = await w.store.find<ElectorDoc>('electors', {});
    const expected = decide({
      rule: { kind: 'residents_meeting' },
      electorate: electors.map((e) => ({ id: e.electorId })),
      ballots: ballots.map((b) => ({ electorId: b.electorId, choice: b.choice! })),
    });
    expect(closed.result).toMatchObject({ passed: expected.passed, quorumMet: true, explanation: expected.explanation, agree: { heads: 7 } });
    expect(closed.result!.explanation).toBe('参与表决人数 53.0% > 1/2；同意人数 77.8% > 1/2。表决通过');
    expect((await w.store.get<TallyDoc>('tallies', ADS))!.counters).toMatchObject({ agree: 7, disagree: 1, abstain: 1 });
    expect((await w.store.get<ConsultationDoc>('consultations', ADS))!.status).toBe('deliberated');
    expect(await cast(ZHANG, 'disagree', ADS, afterClose())).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });

    w.resetReads();
    const read = await w.ok(LIU, 'voting', 'vote.get', { consultationId: ADS }, afterClose());
    expect(read.result?.passed).toBe(true);
    expect(w.docsRead.get('ballots') ?? 0).toBeLessThanOrEqual(1); // only the reader's own
    expect(w.docsRead.get('electors')).toBe(1);
  });

  it('happens once when asked twice at once', async () => {
    await open();
    await cast(ZHANG, 'agree');
    const results = await Promise.all([
      w.call(WANG, 'voting', 'vote.close', { consultationId: ADS }, afterClose()),
      w.call(LI, 'voting', 'vote.close', { consultationId: ADS }, afterClose()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await w.store.count('audit', { entityId: ADS, action: 'consultation.closeVote' })).toBe(1);
  });

  it('shows a quorum not met when too few took part', async () => {
    await open();
    await cast(ZHANG, 'agree');
    const closed = await w.ok(WANG, 'voting', 'vote.close', { consultationId: ADS }, afterClose());
    expect(closed.result).toMatchObject({ quorumMet: false, passed: false });
    expect(closed.result!.explanation).toBe('参与表决人数 5.8% ≤ 1/2；同意人数 100.0% > 1/2。参与表决未达法定要求，表决不成立');
  });
});

describe('secret ballots', () => {
  it('reveal to no one who chose what: no choice on screen, no live totals, no turnout list; totals after close', async () => {
    const id = await publishedAndConsulting({ kind: 'residents' }, 'residents_meeting', true);
    await open(id, startsAt());
    const mine = await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: id, choice: 'agree' }, startsAt());
    expect(mine.me.ballot).toMatchObject({ channelLabel: '网上' });
    expect(mine.me.ballot?.choice).toBeUndefined();
    expect(mine.live).toBeUndefined();
    const committee = await w.ok(WANG, 'voting', 'vote.get', { consultationId: id }, startsAt());
    expect(committee.live).toBeUndefined();
    expect(JSON.stringify(committee)).not.toMatch(/"choice|"agree"|"disagree"/);
    expect(await w.call(WANG, 'voting', 'vote.participation', { consultationId: id }, startsAt())).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const audit = await w.store.find('audit', { entity: 'ballot' });
    expect(JSON.stringify(audit)).not.toMatch(/agree/);
    const vote = (await w.store.get<ConsultationDoc>('consultations', id))!.plan.vote!;
    const closed = await w.ok(WANG, 'voting', 'vote.close', { consultationId: id }, vote.closesAt + VOTE_CLOSE_GRACE_MS);
    expect(closed.result?.agree).toEqual({ heads: 1 });
  });
});

describe('owners’ votes', () => {
  it('tell an owner who is not the unit’s voter why they cannot vote', async () => {
    const id = await publishedAndConsulting({ kind: 'owners', buildings: ['2号楼'] }, 'owners_ordinary');
    await open(id, startsAt());
    const xu = await w.ok(XU, 'voting', 'vote.get', { consultationId: id }, startsAt());
    expect(xu.me).toMatchObject({ canCast: false, why: expect.stringContaining('共有房屋由指定的共有人') });
  });

  it('weigh areas in the sealed result', async () => {
    const id = await publishedAndConsulting({ kind: 'owners', buildings: ['1号楼'] }, 'owners_ordinary');
    await open(id, startsAt());
    for (const [who, choice] of [
      [ZHANG, 'agree'], // 191.85 m² (two flats)
      [WANG, 'agree'], // 120.00
      [LI, 'disagree'], // 96.12
    ] as const) {
      expect(await cast(who, choice, id, startsAt())).toMatchObject({ ok: true });
    }
    const live = await w.ok(ZHANG, 'voting', 'vote.get', { consultationId: id }, startsAt());
    expect(live.live).toMatchObject({ agree: { heads: 2, area: 311.85 }, areaVoted: 407.97, areaTotal: 799.2, electors: 7 });
    const vote = (await w.store.get<ConsultationDoc>('consultations', id))!.plan.vote!;
    const closed = await w.ok(WANG, 'voting', 'vote.close', { consultationId: id }, vote.closesAt + VOTE_CLOSE_GRACE_MS);
    // 407.97 of 799.20 m² took part (< 2/3), 3 of 7 owners: not a valid decision.
    expect(closed.result).toMatchObject({ quorumMet: false, passed: false, turnout: { area: 407.97, areaTotal: 799.2, heads: 3, headsTotal: 7 } });
    expect(closed.result!.checks[0].text).toBe('参与表决面积 51.04% < 2/3');
  });

  it('refuse a rule that does not suit the scope', async () => {
    const res = await w.call(WANG, 'consultation', 'consultation.createDraft', {
      requestId: 'req-bad-vote-1',
      plan: {
        ...completePlan(),
        vote: { question: '同意加装电梯', rule: 'owners_major', scope: { kind: 'residents' }, opensAt: NOW, closesAt: NOW + DAY_MS, secret: false },
      },
    });
    expect(res).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '业主共同决定须以指定楼栋的业主为表决范围' });
    expect(
      await w.call(ZHENG, 'consultation', 'consultation.createDraft', {
        requestId: 'req-bad-vote-2',
        plan: {
          ...completePlan(),
          vote: { question: '道路硬化', rule: 'residents_meeting', scope: { kind: 'residents' }, opensAt: NOW, closesAt: NOW + DAY_MS, secret: false },
        },
      }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '居民会议只适用于社区' });
  });
});

describe('who sees what', () => {
  it('keeps another community out', async () => {
    await open();
    expect(await w.call(ZHENG, 'voting', 'vote.get', { consultationId: ADS })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const before = await snapshot(w.store);
    expect(await w.call(ZHENG, 'voting', 'vote.close', { consultationId: ADS }, afterClose())).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await snapshot(w.store)).toEqual(before);
  });

  it('lists who has not voted on an open ballot, for the committee only', async () => {
    await open();
    await cast(ZHANG, 'agree');
    const turnout = await w.ok(WANG, 'voting', 'vote.participation', { consultationId: ADS });
    expect([turnout.ballots, turnout.electors, turnout.notVotedCount]).toEqual([1, 17, 16]);
    expect(turnout.notVoted.map((e) => e.label)).not.toContain('张伟（1号楼1单元101）');
    expect(await w.call(ZHANG, 'voting', 'vote.participation', { consultationId: ADS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

/** When a consultation made by `publishedAndConsulting` starts: 16 days after NOW, past the owners' 15-day notice. */
const startsAt = () => NOW + 16 * DAY_MS;

/** A new consultation with a vote of this scope and rule, published at NOW and consulting from its meeting time. */
type VotePlan = NonNullable<PayloadOf<'consultation', 'consultation.createDraft'>['plan']['vote']>;
async function publishedAndConsulting(scope: VotePlan['scope'], rule: VotePlan['rule'], secret = false, opensLater = 0) {
  const plan = completePlan(16);
  const opensAt = plan.schedule.startsAt + opensLater;
  const vote = { question: '同意这项方案', rule, scope, opensAt, closesAt: opensAt + 7 * DAY_MS, secret };
  const draft = await w.ok(WANG, 'consultation', 'consultation.createDraft', {
    requestId: `req-vote-${rule}-${JSON.stringify(scope).length}-${secret}-${opensLater}`,
    plan: { ...plan, scope, vote },
  });
  await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: draft.id, version: 1 });
  await w.ok(WANG, 'consultation', 'consultation.startConsulting', { id: draft.id }, startsAt());
  await recordPriorDiscussion(w, draft.id, startsAt());
  return draft.id;
}

describe('the vote screen and the cast agree (one policy, mayCast)', () => {
  /** What the screen says of casting, and what casting then answers. */
  async function both(openid: string, id = ADS, at = NOW) {
    const view = await w.ok(openid, 'voting', 'vote.get', { consultationId: id }, at);
    const tried = await cast(openid, 'agree', id, at);
    return { view, tried };
  }

  it('refuses a cast exactly when the screen says it cannot, with the reason the screen shows', async () => {
    const early = await both(ZHANG);
    expect(early.view.can.cast).toBe(false);
    expect(early.view.me).toMatchObject({ canCast: false, why: '表决尚未开始' });
    expect(early.tried).toMatchObject({ ok: false, code: 'TOO_EARLY', message: early.view.me.why });

    await open();
    const photo = await w.files.put(PNG);
    await w.ok(WANG, 'voting', 'ballot.enterPaper', {
      consultationId: ADS,
      choice: 'agree',
      channel: 'paper',
      evidence: [photo],
      electorId: registerEntry('陈静'),
    });
    const entered = await both(CHEN);
    expect(entered.view.can.cast).toBe(false);
    expect(entered.tried).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(new RegExp(`^${entered.view.me.why}`)) });

    // Disputed, the entry gives way: the screen offers the cast, and the cast is taken.
    await w.ok(CHEN, 'voting', 'ballot.respond', { consultationId: ADS, verdict: 'dispute', note: '我投的是反对' });
    const disputed = await both(CHEN);
    expect(disputed.view.can.cast).toBe(true);
    expect(disputed.tried).toMatchObject({ ok: true });

    const late = await both(ZHANG, ADS, closesAt);
    expect(late.view.can.cast).toBe(false);
    expect(late.tried).toMatchObject({ ok: false, code: 'DEADLINE_PASSED', message: late.view.me.why });
  });

  it('refuses the other of a household as the screen says', async () => {
    const id = await publishedAndConsulting({ kind: 'households' }, 'residents_meeting');
    await open(id, startsAt());
    expect((await both(WU, id, startsAt())).tried).toMatchObject({ ok: true });
    const other = await both(XU, id, startsAt());
    expect(other.view.can.cast).toBe(false);
    expect(other.tried).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(new RegExp(`^${other.view.me.why}`)) });
  });

  it('shows the committee’s panel to whom the committee’s actions are open (mayManageVote)', async () => {
    expect((await w.ok(WANG, 'voting', 'vote.get', { consultationId: ADS })).can.manage).toBe(true);
    const resident = await w.ok(ZHANG, 'voting', 'vote.get', { consultationId: ADS });
    expect(resident.can.manage).toBe(false);
    expect(await w.call(ZHANG, 'voting', 'vote.open', { consultationId: ADS })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const opened = await open();
    expect(opened.can.manage).toBe(true);
    expect(await w.call(ZHANG, 'voting', 'vote.close', { consultationId: ADS }, afterClose())).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('offers closing exactly when closing is taken (mayCloseVote)', async () => {
    await open();
    expect((await w.ok(WANG, 'voting', 'vote.get', { consultationId: ADS }, closesAt)).can.close).toBe(false);
    expect(await w.call(WANG, 'voting', 'vote.close', { consultationId: ADS }, closesAt)).toMatchObject({ ok: false, code: 'TOO_EARLY' });
    expect((await w.ok(WANG, 'voting', 'vote.get', { consultationId: ADS }, afterClose())).can.close).toBe(true);
    const closed = await w.ok(WANG, 'voting', 'vote.close', { consultationId: ADS }, afterClose());
    expect([closed.can.close, closed.can.open]).toEqual([false, false]);
    expect(await w.call(WANG, 'voting', 'vote.open', { consultationId: ADS }, afterClose())).toMatchObject({ ok: false });
  });
});
