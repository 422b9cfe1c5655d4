import { DAY_MS, VOTE_CLOSE_GRACE_MS, type CommunityKind, type RuleKind, type Scope } from '@shared';
import type { ElectorDoc, MemberDoc, RosterEntryDoc } from '../../cloudfunctions/core/docs';
import { createCommunity } from '../../cloudfunctions/core/member/createCommunity';
import { day, registerBuffer } from '../fixtures/make-register';
import { completePlan, NOW, openWorld, PNG, recordPriorDiscussion, VISITOR, type World } from '../support/harness';

/**
 * Statutory bodies counted from the register, end to end: a new community's committee member
 * (VISITOR) imports its register, records the prior discussion, opens the vote, enters the paper
 * ballots of people who never use the app, and the sealed result applies the body's own rule.
 */
let w: World;
let communityId: string;
afterEach(() => w.close());

async function community(kind: CommunityKind, header: string[], rows: unknown[][]) {
  w = await openWorld();
  const created = await createCommunity(w.store, { name: kind === 'village' ? '石桥村' : '和平里社区', kind }, NOW - 30 * DAY_MS);
  communityId = created.community._id;
  const address = kind === 'village' ? { building: '一组', unit: '', room: '99' } : { building: '9号楼', unit: '1单元', room: '101' };
  await w.ok(VISITOR, 'member', 'member.join', { code: created.committeeCode, name: '韩梅', address, tenure: 'owner' });
  const file = await w.files.putDocument(await registerBuffer({ 名册: [header, ...(rows as never[][])] }), '名册.xlsx');
  await w.ok(VISITOR, 'member', 'member.importRoster', { fileId: file, dryRun: false });
}

/** Publishes a plan whose vote is of this rule and scope, records the prior discussion and opens the vote. */
async function openVote(rule: RuleKind, scope: Scope) {
  const plan = completePlan(14);
  const at = plan.schedule.startsAt;
  const vote = { question: '同意这项方案', rule, scope, opensAt: at, closesAt: at + DAY_MS, secret: false };
  const draft = await w.ok(VISITOR, 'consultation', 'consultation.createDraft', { requestId: `req-${rule}`, plan: { ...plan, scope, noticeDays: 10, vote } });
  await w.ok(VISITOR, 'consultation', 'consultation.publishNotice', { id: draft.id, version: draft.version });
  await w.ok(VISITOR, 'consultation', 'consultation.startConsulting', { id: draft.id }, at);
  await recordPriorDiscussion(w, draft.id, at, VISITOR);
  await w.ok(VISITOR, 'voting', 'vote.open', { consultationId: draft.id }, at);
  return { id: draft.id, at, closesAt: vote.closesAt };
}

/** Enters `n` paper ballots (agree) for the first electors, then closes and returns the sealed result. */
async function paperBallotsThenClose(v: { id: string; at: number; closesAt: number }, n: number) {
  const electors = await w.store.find<ElectorDoc>('electors', { consultationId: v.id }, { sort: [{ field: 'label', dir: 'asc' }] });
  const photo = await w.files.put(PNG);
  for (const e of electors.slice(0, n)) {
    await w.ok(
      VISITOR,
      'voting',
      'ballot.enterPaper',
      { consultationId: v.id, electorId: e.electorId, choice: 'agree', channel: 'paper', evidence: [photo] },
      v.at,
    );
  }
  const closed = await w.ok(VISITOR, 'voting', 'vote.close', { consultationId: v.id }, v.closesAt + VOTE_CLOSE_GRACE_MS);
  return { electors: electors.length, result: closed.result! };
}

describe('a 村民会议 by household representatives (村委会组织法 第22条): two thirds of the households', () => {
  // Ten households of two adults each: twenty villagers, ten 户.
  const rows = Array.from({ length: 20 }, (_, i) => [
    `村民${String(i + 1).padStart(2, '0')}`,
    String(Math.floor(i / 2) + 1),
    i % 2 === 0 ? '户主' : '妻',
    day(1960, 1, 1 + i),
  ]);
  const header = ['姓名', '户号', '与户主关系', '出生日期'];

  it.each([
    [6, false],
    [7, true],
  ])('%i of 10 households voting: quorate %s', async (households, quorate) => {
    await community('village', header, rows);
    const { electors, result } = await paperBallotsThenClose(await openVote('villagers_meeting', { kind: 'households' }), households);
    expect(electors).toBe(10);
    expect(result).toMatchObject({ quorumMet: quorate, turnout: { heads: households, headsTotal: 10 } });
  });
});

describe('a 代表会议 is its committee members and its representatives (第25条)', () => {
  it.each([
    [6, false],
    [8, true],
  ])('of 3 committee members and 9 representatives, with %i ballots: quorate %s', async (ballots, quorate) => {
    const reps = Array.from({ length: 9 }, (_, i) => [`代表${i + 1}`, `${i + 1}号楼1单元101`, day(1970, 5, 1), '是']);
    await community('community', ['姓名', '住址', '出生日期', '居民代表'], reps);
    // The committee: 韩梅 (who set the community up) and two more members of the committee.
    const more: MemberDoc[] = ['刘洋', '孙丽'].map((name, i) => ({
      _id: `m-committee-${i}`,
      openid: `demo-committee-${i}`,
      communityId,
      name,
      role: 'committee',
      status: 'active',
      version: 1,
      address: { building: '9号楼', unit: '1单元', room: String(102 + i) },
      tenure: 'owner',
      requestedAt: NOW,
      joinedAt: NOW,
    }));
    await w.store.insertMany('members', more);
    const counted = await paperBallotsThenClose(await openVote('resident_representatives', { kind: 'representatives' }), ballots);
    expect(counted).toMatchObject({ electors: 12, result: { quorumMet: quorate, turnout: { heads: ballots, headsTotal: 12 } } });
  });
});

describe('the register decides who is 18', () => {
  it('opens no vote while someone’s 18th birthday cannot be placed, says who, and opens once the committee completes it', async () => {
    await community(
      'community',
      ['姓名', '住址', '出生年月'],
      [
        ['周老伯', '1号楼1单元101', day(1940, 2, 2)],
        ['周小妹', '1号楼1单元101', '2008年12月'],
      ],
    );
    const plan = completePlan(14);
    const at = plan.schedule.startsAt; // 2026-12-05: she turns 18 some day this month
    const vote = {
      question: '同意这项方案',
      rule: 'residents_meeting' as const,
      scope: { kind: 'residents' as const },
      opensAt: at,
      closesAt: at + DAY_MS,
      secret: false,
    };
    const draft = await w.ok(VISITOR, 'consultation', 'consultation.createDraft', { requestId: 'req-undecided', plan: { ...plan, vote } });
    await w.ok(VISITOR, 'consultation', 'consultation.publishNotice', { id: draft.id, version: draft.version });
    await w.ok(VISITOR, 'consultation', 'consultation.startConsulting', { id: draft.id }, at);
    await recordPriorDiscussion(w, draft.id, at, VISITOR);
    expect(await w.ok(VISITOR, 'voting', 'vote.preview', { consultationId: draft.id }, at)).toMatchObject({
      electors: 1,
      undecided: ['周小妹（1号楼1单元101）'],
    });
    expect(await w.call(VISITOR, 'voting', 'vote.open', { consultationId: draft.id }, at)).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
      details: ['周小妹（1号楼1单元101）'],
    });
    expect(await w.store.count('electors', { consultationId: draft.id })).toBe(0);

    const [entry] = await w.store.find<RosterEntryDoc>('roster', { communityId, name: '周小妹' });
    const person = {
      name: entry.name,
      address: entry.address,
      birth: { year: 2008, month: 12, day: 1 },
      householdRep: false,
      representative: false,
      collectiveMember: false,
      collectiveRepresentative: false,
    };
    await w.ok(VISITOR, 'member', 'register.save', { id: entry._id, version: entry.version, person }, at);
    const opened = await w.ok(VISITOR, 'voting', 'vote.open', { consultationId: draft.id }, at);
    expect(opened.electorate).toEqual({ electors: 2, online: 0, unit: '人' });
  });
});

describe('notice floors per body', () => {
  it('refuses to publish a 村民会议 vote less than 10 days out, and an owners’ vote less than 15, saying why', async () => {
    await community('village', ['姓名', '户号', '出生日期'], [['石大爷', '1', day(1950, 1, 1)]]);
    const publish = async (rule: RuleKind, scope: Scope, days: number) => {
      const plan = completePlan(days);
      const vote = { question: '同意这项方案', rule, scope, opensAt: plan.schedule.startsAt, closesAt: plan.schedule.startsAt + DAY_MS, secret: false };
      const draft = await w.ok(VISITOR, 'consultation', 'consultation.createDraft', {
        requestId: `req-notice-${rule}-${days}`,
        plan: { ...plan, scope, noticeDays: 5, vote },
      });
      return w.call(VISITOR, 'consultation', 'consultation.publishNotice', { id: draft.id, version: draft.version });
    };
    const nine = await publish('villagers_meeting', { kind: 'households' }, 9);
    expect(nine).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('10天') });
    expect(await publish('villagers_meeting', { kind: 'households' }, 10)).toMatchObject({ ok: true });
    expect(await publish('owners_ordinary', { kind: 'owners', buildings: ['一组'] }, 14)).toMatchObject({
      ok: false,
      message: expect.stringContaining('15天'),
    });
  });
});

describe('a 社区 sets its own 居民代表会议 thresholds while the 2025 text is unconfirmed', () => {
  it('counts a vote by them once set, and refuses anything under more than half', async () => {
    const reps = Array.from({ length: 9 }, (_, i) => [`代表${i + 1}`, `${i + 1}号楼1单元101`, day(1970, 5, 1), '是']);
    await community('community', ['姓名', '住址', '出生日期', '居民代表'], reps);
    const half = { num: 1, den: 2, inclusive: false };
    const third = { num: 1, den: 3, inclusive: true };
    expect(await w.call(VISITOR, 'member', 'community.updateSettings', { residentRepresentatives: { quorum: third, pass: half } })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    const saved = await w.ok(VISITOR, 'member', 'community.updateSettings', { residentRepresentatives: { quorum: half, pass: half } });
    expect(saved.residentRepresentatives).toEqual({ quorum: half, pass: half });
    // 6 of 10 members (韩梅 and the nine representatives) is more than half: quorate under the community's rule, not under the default 2/3.
    const { electors, result } = await paperBallotsThenClose(await openVote('resident_representatives', { kind: 'representatives' }), 6);
    expect(electors).toBe(10);
    expect(result).toMatchObject({ quorumMet: true, passed: true, thresholds: { quorum: { heads: half } } });
  });
});

describe('四议两公开 in a 村', () => {
  it('records the three 四议 steps only in order, and shows all six steps in order', async () => {
    await community('village', ['姓名', '户号', '出生日期'], [['石大爷', '1', day(1950, 1, 1)]]);
    const plan = completePlan(14);
    const at = plan.schedule.startsAt;
    const vote = {
      question: '同意这项方案',
      rule: 'villagers_meeting' as const,
      scope: { kind: 'households' as const },
      opensAt: at,
      closesAt: at + DAY_MS,
      secret: false,
    };
    const draft = await w.ok(VISITOR, 'consultation', 'consultation.createDraft', {
      requestId: 'req-four',
      plan: { ...plan, scope: { kind: 'households' }, noticeDays: 10, vote },
    });
    const evidence = [await w.files.put(PNG)];
    const step = async (s: 'party_discussion' | 'party_proposal' | 'two_committees' | 'party_members', heldOn: string) => {
      const { consultation } = await w.ok(VISITOR, 'consultation', 'consultation.get', { id: draft.id });
      return w.call(VISITOR, 'consultation', 'consultation.recordPriorStep', {
        id: draft.id,
        version: consultation.version,
        step: s,
        heldOn,
        meeting: '村党支部委员会',
        conclusion: '同意提交村民会议表决',
        evidence,
      });
    };
    expect(await step('two_committees', '2026-11-10')).toMatchObject({ ok: false, code: 'WRONG_STATE', message: expect.stringContaining('村党组织提议') });
    expect(await step('party_discussion', '2026-11-10')).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await step('party_proposal', '2026-11-10')).toMatchObject({ ok: true });
    expect(await step('two_committees', '2026-11-09')).toMatchObject({ ok: false, code: 'INVALID_INPUT' }); // before the step it follows
    expect(await step('two_committees', '2026-11-12')).toMatchObject({ ok: true });
    expect(await step('party_members', '2026-11-15')).toMatchObject({ ok: true });
    const { prior, timeline } = await w.ok(VISITOR, 'consultation', 'consultation.get', { id: draft.id });
    expect(prior).toMatchObject({ required: true, done: true });
    expect(prior!.sequence).toEqual([
      { label: '村党组织提议', doneOn: '2026-11-10' },
      { label: '村“两委”会议商议', doneOn: '2026-11-12' },
      { label: '党员大会审议', doneOn: '2026-11-15' },
      { label: '村民会议或村民代表会议决议' },
      { label: '决议公开' },
      { label: '实施结果公开' },
    ]);
    expect(timeline.filter((t) => t.label === '记录前置研究').map((t) => t.note)).toEqual([
      expect.stringContaining('村党组织提议：2026-11-10'),
      expect.stringContaining('两委”会议商议'),
      expect.stringContaining('党员大会审议'),
    ]);
  });
});
