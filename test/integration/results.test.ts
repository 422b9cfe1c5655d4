import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { Workbook } from 'exceljs';
import { runAdmin } from '../../scripts/admin';
import type { AuditDoc, ConsultationDoc, MemberDoc, ObjectionDoc, TallyDoc } from '../../cloudfunctions/core/docs';
import { DAY_MS, VOTE_CLOSE_GRACE_MS } from '@shared';
import { LI, NOW, openWorld, snapshot, VISITOR, WANG, ZHANG, ZHAO, type World } from '../support/harness';
import { toldOf } from '../support/news';

const CHEN = 'demo-chen-jing';
const LIU = 'demo-liu-fang';
/** The seeded 广告招租 consultation: consulting, with a 居民会议 vote of all residents. */
const ADS = 'c-seed-ads';

let w: World;
let parking: string; // announced, all residents, no vote
let startsAt: number;
beforeEach(async () => {
  w = await openWorld();
  parking = (await w.ok(ZHANG, 'consultation', 'consultation.list', {})).upcoming.find((c) => c.title.includes('停车位'))!.id;
  startsAt = (await doc(parking)).plan.schedule!.startsAt!;
});
afterEach(() => w.close());

const doc = async (id: string) => (await w.store.get<ConsultationDoc>('consultations', id))!;
let requestNo = 0;
const req = () => `req-result-${String(++requestNo).padStart(4, '0')}`;
const outcome = (at: number) => ({ text: '东侧空地划设30个车位，夜间禁止占用消防通道。', responsible: '物业服务中心', dueAt: at + 30 * DAY_MS });

async function opinionBy(openid: string, at = NOW) {
  return w.ok(
    openid,
    'participation',
    'opinion.submit',
    {
      consultationId: parking,
      requestId: req(),
      stance: 'support',
      text: '建议东侧空地划线停车。',
      photos: [],
      channel: 'online',
    },
    at,
  );
}

/** 张伟 and 陈静 gave opinions, both answered; the meeting has begun (by the scheduler). */
async function consultedAndAnswered() {
  for (const who of [ZHANG, CHEN]) {
    const op = await opinionBy(who);
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: op.id, decision: 'adopted', reason: '采纳' });
  }
  await w.tick(startsAt);
}

/** Closed with an outcome and published at `at`; the objection window is 7 days. */
async function published(at = startsAt + 3 * 3_600_000) {
  await consultedAndAnswered();
  const closed = await w.ok(WANG, 'result', 'outcome.close', { id: parking, version: (await doc(parking)).version, ...outcome(at) }, at);
  return w.ok(WANG, 'result', 'result.publish', { id: parking, version: closed.consultation.version }, at);
}

const feedOf = (openid: string, at?: number) => w.ok(openid, 'account', 'feed.list', {}, at);

describe('the scheduler', () => {
  it('starts a consultation at its meeting time, as the system, once even when two runs overlap', async () => {
    await w.tick(startsAt - 60_000);
    expect((await doc(parking)).status).toBe('announced');
    const [a, b] = await Promise.all([w.tick(startsAt), w.tick(startsAt)]);
    expect(a.started.changed + b.started.changed).toBe(1);
    const c = await doc(parking);
    expect(c.status).toBe('consulting');
    expect(c.timeline.filter((t) => t.action === 'startConsulting')).toEqual([expect.objectContaining({ by: { system: true } })]);
    expect(await w.store.count('audit', { entityId: parking, action: 'consultation.startConsulting' })).toBe(1);
  });

  it('closes a vote after its close time and seals the result, once', async () => {
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    const closesAt = (await doc(ADS)).plan.vote!.closesAt;
    await w.tick(closesAt + VOTE_CLOSE_GRACE_MS - 1);
    expect((await doc(ADS)).status).toBe('voting');
    await Promise.all([w.tick(closesAt + VOTE_CLOSE_GRACE_MS), w.tick(closesAt + VOTE_CLOSE_GRACE_MS)]);
    expect((await doc(ADS)).status).toBe('deliberated');
    const [tally] = await w.store.find<TallyDoc>('tallies', { consultationId: ADS });
    expect(tally.sealed).toMatchObject({ ballots: 1, decision: { passed: false, quorumMet: false } });
  });
});

describe('the outcome', () => {
  it('is refused while an opinion is unanswered, listing it, and nothing changes', async () => {
    const op = await opinionBy(ZHANG);
    await w.tick(startsAt);
    const before = await snapshot(w.store);
    const refused = await w.call(WANG, 'result', 'outcome.close', { id: parking, version: (await doc(parking)).version, ...outcome(startsAt) }, startsAt);
    expect(refused).toMatchObject({ ok: false, code: 'OPINIONS_UNANSWERED', details: ['支持：建议东侧空地划线停车。'] });
    expect(await snapshot(w.store)).toEqual(before);
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: op.id, decision: 'partly', reason: '部分采纳' });
    const closed = await w.ok(WANG, 'result', 'outcome.close', { id: parking, version: (await doc(parking)).version, ...outcome(startsAt) }, startsAt);
    expect(closed.consultation.status).toBe('deliberated');
    expect(closed.result.outcome).toMatchObject({ responsible: '物业服务中心', writtenByName: expect.stringContaining('王') });
  });

  it('is no longer held back by an opinion answered as 重复意见 or 与议题无关, whose author reads why', async () => {
    const repeated = await opinionBy(ZHANG);
    const offTopic = await opinionBy(LI);
    await w.tick(startsAt);
    expect(await w.call(WANG, 'participation', 'opinion.reply', { opinionId: offTopic.id, decision: 'off_topic', reason: '' })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
      message: '与议题无关须说明理由',
    });
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: repeated.id, decision: 'duplicate', reason: '与您此前的意见相同，已一并答复' });
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: offTopic.id, decision: 'off_topic', reason: '物业费问题请另提建议' });
    const theirs = (await w.ok(LI, 'participation', 'opinion.mine', {})).opinions.find((o) => o.id === offTopic.id);
    expect(theirs?.reply).toMatchObject({ decisionLabel: '与议题无关', reason: '物业费问题请另提建议' });
    const closed = await w.ok(WANG, 'result', 'outcome.close', { id: parking, version: (await doc(parking)).version, ...outcome(startsAt) }, startsAt);
    expect(closed.consultation.status).toBe('deliberated');
  });

  it('is the committee’s to write, with a deadline in the future', async () => {
    await consultedAndAnswered();
    const version = (await doc(parking)).version;
    expect(await w.call(ZHANG, 'result', 'outcome.close', { id: parking, version, ...outcome(startsAt) }, startsAt)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await w.call(WANG, 'result', 'outcome.close', { id: parking, version, ...outcome(startsAt), dueAt: startsAt - 1 }, startsAt)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect((await doc(parking)).status).toBe('consulting');
  });

  it('goes to a statutory meeting when the vote failed: a new round, its own electorate and tally', async () => {
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    const closesAt = (await doc(ADS)).plan.vote!.closesAt;
    const at = closesAt + VOTE_CLOSE_GRACE_MS;
    await w.tick(at);
    const vote = {
      question: '提交居民会议：广告收益用途',
      rule: 'residents_meeting' as const,
      scope: { kind: 'residents' as const },
      opensAt: at + DAY_MS,
      closesAt: at + 3 * DAY_MS,
      secret: true,
    };
    const version = (await doc(ADS)).version;
    expect(
      await w.call(WANG, 'result', 'outcome.escalate', { id: ADS, version, reason: '表决未达法定人数', vote: { ...vote, rule: 'owners_major' as const } }, at),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await w.call(WANG, 'result', 'outcome.escalate', { id: ADS, version, reason: '', vote }, at)).toMatchObject({ ok: false });
    const escalated = await w.ok(WANG, 'result', 'outcome.escalate', { id: ADS, version, reason: '表决未达法定人数', vote }, at);
    expect(escalated.consultation.status).toBe('escalated');
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS }, vote.opensAt);
    await w.ok(CHEN, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' }, vote.opensAt);
    await w.tick(vote.closesAt + VOTE_CLOSE_GRACE_MS);
    const tallies = await w.store.find<TallyDoc>('tallies', { consultationId: ADS }, { sort: [{ field: 'round', dir: 'asc' }] });
    expect(tallies.map((t) => [t.round, t.secret, t.sealed?.ballots])).toEqual([
      [1, false, 1],
      [2, true, 1],
    ]);
    const c = await doc(ADS);
    expect(c).toMatchObject({ status: 'deliberated', voteRound: 2 });
    expect(c.timeline.find((t) => t.action === 'escalate')?.note).toBe('表决未达法定人数');
  });

  it('a matter the 居民会议 passed is not taken to a meeting again', async () => {
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    const voters = [WANG, LI, ZHAO, ZHANG, CHEN, LIU, 'demo-yang-lei', 'demo-huang-li', 'demo-zhou-qiang'];
    for (const openid of voters) await w.ok(openid, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    const at = (await doc(ADS)).plan.vote!.closesAt + VOTE_CLOSE_GRACE_MS;
    await w.tick(at);
    const detail = await w.ok(WANG, 'consultation', 'consultation.get', { id: ADS }, at);
    expect(detail.result.vote).toMatchObject({ passed: true });
    expect(detail.manage.escalate).toBe(false);
    const vote = {
      question: '广告收益用途',
      rule: 'residents_meeting' as const,
      scope: { kind: 'residents' as const },
      opensAt: at + DAY_MS,
      closesAt: at + 2 * DAY_MS,
      secret: false,
    };
    expect(await w.call(WANG, 'result', 'outcome.escalate', { id: ADS, version: detail.consultation.version, reason: '再议', vote }, at)).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
      message: '表决已经依法通过，不能再提交会议表决',
    });
    expect((await doc(ADS)).status).toBe('deliberated');
  });

  it('after 复议 a sealed round is not voted again; a statutory meeting is the way to a new vote', async () => {
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    let at = (await doc(ADS)).plan.vote!.closesAt + VOTE_CLOSE_GRACE_MS;
    await w.tick(at);
    const written = await w.ok(
      WANG,
      'result',
      'outcome.write',
      { id: ADS, version: (await doc(ADS)).version, text: '收益暂存', responsible: '居委会', dueAt: at + 30 * DAY_MS },
      at,
    );
    await w.ok(WANG, 'result', 'result.publish', { id: ADS, version: written.consultation.version }, at);
    const objection = await w.ok(LIU, 'result', 'objection.file', { consultationId: ADS, requestId: req(), reason: '参与人数太少' }, at);
    await w.ok(WANG, 'result', 'objection.answer', { objectionId: objection.id, decision: 'uphold', reason: '重新协商' }, at);
    expect((await doc(ADS)).status).toBe('consulting');
    expect((await w.ok(WANG, 'voting', 'vote.get', { consultationId: ADS }, at)).can.open).toBe(false);
    expect(await w.call(WANG, 'voting', 'vote.open', { consultationId: ADS }, at)).toMatchObject({ ok: false, code: 'WRONG_STATE' });

    const closed = await w.ok(
      WANG,
      'result',
      'outcome.close',
      { id: ADS, version: (await doc(ADS)).version, text: '提交居民会议', responsible: '居委会', dueAt: at + 30 * DAY_MS },
      at,
    );
    const vote = {
      question: '广告收益用途',
      rule: 'residents_meeting' as const,
      scope: { kind: 'residents' as const },
      opensAt: at + DAY_MS,
      closesAt: at + 2 * DAY_MS,
      secret: false,
    };
    await w.ok(WANG, 'result', 'outcome.escalate', { id: ADS, version: closed.consultation.version, reason: '复议后提交居民会议', vote }, at);
    at = vote.opensAt;
    expect((await w.ok(WANG, 'voting', 'vote.get', { consultationId: ADS }, at)).can.open).toBe(true);
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS }, at);
    expect((await w.ok(CHEN, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' }, at)).me.ballot).toMatchObject({ choice: 'agree' });
  });
});

describe('publication and objections', () => {
  it('opens a 7-day objection window and tells the participants', async () => {
    const at = startsAt + 3 * 3_600_000;
    const view = await published(at);
    expect(view.result.publication).toMatchObject({ objectionWindowEndsAt: at + 7 * DAY_MS, windowOpen: true });
    const outcomes = async (openid: string) => (await feedOf(openid, at)).items.filter((i) => i.kind === 'outcome');
    expect(await outcomes(ZHANG)).toEqual([expect.objectContaining({ kind: 'outcome', kindLabel: '结果公示', consultationId: parking, read: false })]);
    expect(await outcomes(LIU)).toEqual([]); // took no part
  });

  it('takes effect when the window ends with no objection open, once however often the scheduler runs', async () => {
    const at = startsAt + 3 * 3_600_000;
    await published(at);
    await w.tick(at + 7 * DAY_MS - 1);
    expect((await doc(parking)).status).toBe('publicized');
    await Promise.all([w.tick(at + 7 * DAY_MS), w.tick(at + 7 * DAY_MS)]);
    await w.tick(at + 7 * DAY_MS + 60_000);
    expect((await doc(parking)).status).toBe('effective');
    const results = (await feedOf(ZHANG)).items.filter((i) => i.kind === 'effective' || i.kind === 'outcome');
    expect(results.map((i) => i.kind)).toEqual(['effective', 'outcome']);
    expect(results[0].body).toMatch(/^公示期满无异议，/);
    // One announcement, however often the scheduler ran, which 张伟 and 陈静 (who took part) see.
    expect(await w.store.count('announcements', { kind: 'effective' })).toBe(1);
    expect(await toldOf(w, 'demo-xingfuli', 'effective')).toEqual(['m-chen-jing', 'm-zhang-wei']);
  });

  it('waits for open objections, and takes effect on the first run after the last is dismissed', async () => {
    const at = startsAt + 3 * 3_600_000;
    await published(at);
    const objection = await w.ok(LIU, 'result', 'objection.file', { consultationId: parking, requestId: req(), reason: '车位数量不够' }, at + DAY_MS);
    expect(objection).toMatchObject({ state: 'open', stateLabel: expect.any(String) });
    expect(await w.call(LIU, 'result', 'objection.file', { consultationId: parking, requestId: req(), reason: '太晚了' }, at + 7 * DAY_MS)).toMatchObject({
      ok: false,
      code: 'DEADLINE_PASSED',
    });
    await w.tick(at + 8 * DAY_MS);
    expect((await doc(parking)).status).toBe('publicized');
    expect(await w.call(WANG, 'result', 'objection.answer', { objectionId: objection.id, decision: 'dismiss', reason: '' }, at + 8 * DAY_MS)).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    expect(
      await w.call(ZHANG, 'result', 'objection.answer', { objectionId: objection.id, decision: 'dismiss', reason: '已说明' }, at + 8 * DAY_MS),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const dismissed = await w.ok(
      WANG,
      'result',
      'objection.answer',
      { objectionId: objection.id, decision: 'dismiss', reason: '车位按规划上限设置' },
      at + 8 * DAY_MS,
    );
    expect(dismissed).toMatchObject({ state: 'dismissed', answer: { reason: '车位按规划上限设置' } });
    await w.tick(at + 8 * DAY_MS + 60_000);
    expect((await doc(parking)).status).toBe('effective');
    // An objection was filed and answered: the news says so, not 无异议.
    const [news] = (await feedOf(ZHANG)).items.filter((i) => i.kind === 'effective');
    expect(news.body).toMatch(/^公示期满，1 条异议均已答复，协商结果已生效/);
  });

  it('files an objection once however often the phone retries it', async () => {
    const at = startsAt + 3 * 3_600_000;
    await published(at);
    const payload = { consultationId: parking, requestId: req(), reason: '车位数量不够' };
    await Promise.all([1, 2, 3].map(() => w.call(LIU, 'result', 'objection.file', payload, at + DAY_MS)));
    expect(await w.store.count('objections', {})).toBe(1);
  });

  it('goes back to consulting when an objection is upheld, with the reason on its timeline', async () => {
    const at = startsAt + 3 * 3_600_000;
    await published(at);
    const first = await w.ok(LIU, 'result', 'objection.file', { consultationId: parking, requestId: req(), reason: '未征求1号楼意见' }, at + DAY_MS);
    const second = await w.ok(ZHANG, 'result', 'objection.file', { consultationId: parking, requestId: req(), reason: '收费标准过高' }, at + DAY_MS);
    await w.ok(LI, 'result', 'objection.answer', { objectionId: first.id, decision: 'uphold', reason: '补充征求1号楼意见' }, at + 2 * DAY_MS);
    const c = await doc(parking);
    expect(c.status).toBe('consulting');
    expect(c.outcome).toBeUndefined();
    expect(c.timeline.at(-1)).toMatchObject({ action: 'reconsider', note: expect.stringContaining('补充征求1号楼意见') });
    expect((await w.store.get<ObjectionDoc>('objections', second.id))!.state).toBe('superseded');
    expect((await feedOf(ZHANG)).items[0]).toMatchObject({ kind: 'reconsidered' });
    // Nothing left for the scheduler: the consultation is no longer on display.
    await w.tick(at + 8 * DAY_MS);
    expect((await doc(parking)).status).toBe('consulting');
  });
});

/** Published, effective, and being carried out; returns the moment implementation began. */
async function implementing() {
  const at = startsAt + 3 * 3_600_000;
  await published(at);
  await w.tick(at + 7 * DAY_MS);
  await w.ok(WANG, 'result', 'implementation.start', { id: parking }, at + 8 * DAY_MS);
  return at + 8 * DAY_MS;
}

describe('implementation', () => {
  it('takes progress posts from the committee once each, in public, and tells the participants', async () => {
    const at = await implementing();
    const post = { consultationId: parking, requestId: req(), text: '已完成划线', percent: 40, photos: [] };
    expect(await w.call(ZHANG, 'result', 'progress.post', post, at)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await w.call(WANG, 'result', 'progress.post', { ...post, percent: 140 }, at)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    await Promise.all([w.call(WANG, 'result', 'progress.post', post, at), w.call(WANG, 'result', 'progress.post', post, at)]);
    expect(await w.store.count('progress', {})).toBe(1);
    const board = await w.ok(VISITOR, 'consultation', 'board.item', { id: parking }, at);
    expect(board.result.implementation).toMatchObject({ progressPercent: 40, overdue: false, posts: [expect.objectContaining({ text: '已完成划线' })] });
    expect((await feedOf(CHEN)).items[0]).toMatchObject({ kind: 'progress', body: expect.stringContaining('40%') });
  });

  it('is flagged overdue past its deadline by the scheduler, once', async () => {
    const at = await implementing();
    const dueAt = (await doc(parking)).outcome!.dueAt;
    await w.tick(dueAt);
    expect((await doc(parking)).overdue).toBeUndefined();
    await Promise.all([w.tick(dueAt + 1), w.tick(dueAt + 1)]);
    await w.tick(dueAt + DAY_MS);
    expect((await doc(parking)).overdue).toBe(true);
    expect(await w.store.count('audit', { entityId: parking, action: 'consultation.overdue' })).toBe(1);
    const view = await w.ok(ZHANG, 'consultation', 'consultation.get', { id: parking }, dueAt + DAY_MS);
    expect(view.result.implementation?.overdue).toBe(true);
    // The 公示栏 says so on the card as the detail page does: the matter and its progress posts.
    const board = await w.ok(ZHANG, 'consultation', 'board.list', {}, dueAt + DAY_MS);
    const cards = board.items.filter((i) => i.consultationId === parking);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((i) => i.overdue)).toBe(true);
    expect(board.items.filter((i) => i.consultationId !== parking).every((i) => !i.overdue)).toBe(true);
    expect(at).toBeLessThan(dueAt);
  });

  it('completes only with a final report, and opens the rating window', async () => {
    const at = await implementing();
    expect(await w.call(WANG, 'result', 'implementation.complete', { id: parking, report: ' ', photos: [] }, at)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    const done = await w.ok(WANG, 'result', 'implementation.complete', { id: parking, report: '30个车位已划设并投入使用', photos: [] }, at + DAY_MS);
    expect(done.consultation.status).toBe('completed');
    expect(done.result.implementation).toMatchObject({ progressPercent: 100, completion: { report: '30个车位已划设并投入使用' } });
    expect(done.result.evaluation).toMatchObject({ open: true, endsAt: at + DAY_MS + 14 * DAY_MS, total: 0 });
    expect((await feedOf(ZHANG)).items[0]).toMatchObject({ kind: 'completed' });
  });
});

async function completed() {
  const at = await implementing();
  await w.ok(WANG, 'result', 'implementation.complete', { id: parking, report: '30个车位已划设并投入使用', photos: [] }, at + DAY_MS);
  return at + DAY_MS;
}

describe('evaluation', () => {
  it('lets those who took part rate 1–5 while the window is open; a second rating replaces the first', async () => {
    const at = await completed();
    await w.ok(ZHANG, 'result', 'evaluation.submit', { consultationId: parking, score: 3 }, at);
    const mine = await w.ok(ZHANG, 'result', 'evaluation.submit', { consultationId: parking, score: 5, comment: '停车方便多了' }, at);
    await w.ok(CHEN, 'result', 'evaluation.submit', { consultationId: parking, score: 4 }, at);
    expect(mine).toMatchObject({ total: 1, mine: { score: 5, comment: '停车方便多了' } });
    const view = await w.ok(VISITOR, 'consultation', 'board.item', { id: parking }, at);
    expect(view.result.evaluation).toMatchObject({ total: 2, counts: [0, 0, 0, 1, 1], average: 4.5 });
    expect(await w.call(LIU, 'result', 'evaluation.submit', { consultationId: parking, score: 1 }, at)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await w.call(ZHANG, 'result', 'evaluation.submit', { consultationId: parking, score: 6 }, at)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await w.call(CHEN, 'result', 'evaluation.submit', { consultationId: parking, score: 2 }, at + 15 * DAY_MS)).toMatchObject({
      ok: false,
      code: 'DEADLINE_PASSED',
    });
    expect(await w.store.count('evaluations', {})).toBe(2);
  });

  it('gives the supervisory committee its report, with who said what; not residents', async () => {
    const at = await completed();
    await w.ok(ZHANG, 'result', 'evaluation.submit', { consultationId: parking, score: 5, comment: '停车方便多了' }, at);
    const report = await w.ok(ZHAO, 'result', 'evaluation.report', { consultationId: parking }, at);
    expect(report).toMatchObject({
      participants: 2,
      evaluation: { total: 1, average: 5 },
      comments: [expect.objectContaining({ name: expect.stringContaining('张伟'), score: 5, comment: '停车方便多了' })],
      opinions: { total: 2, adopted: 2 },
      implementation: { overdue: false, completedAt: at },
    });
    expect(await w.call(ZHANG, 'result', 'evaluation.report', { consultationId: parking }, at)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('the 我的 feed', () => {
  it('marks items read, only the caller’s own', async () => {
    await published();
    const item = (await feedOf(ZHANG)).items[0];
    const chenUnread = (await feedOf(CHEN)).unread;
    expect(chenUnread).toBeGreaterThan(1);
    // 陈静 marking an item read moves her own marker only (she has that news too: it is one announcement).
    expect((await feedOf(CHEN)).items.some((i) => i.id === item.id && !i.read)).toBe(true);
    expect(await w.ok(CHEN, 'account', 'feed.markRead', { ids: [item.id, 'not-hers'] })).toMatchObject({ unread: chenUnread - 1 });
    expect((await w.store.find<MemberDoc>('members', { openid: CHEN }))[0].feedRead).toEqual({ ids: [item.id] });
    expect((await feedOf(ZHANG)).items[0]).toMatchObject({ id: item.id, read: false });
    expect(await w.ok(ZHANG, 'account', 'me.get', {})).toMatchObject({ unread: (await feedOf(ZHANG)).unread });
    expect(await w.ok(ZHANG, 'account', 'feed.markRead', { all: true })).toMatchObject({ unread: 0 });
    expect((await w.ok(ZHANG, 'account', 'me.get', {})).unread).toBe(0);
    expect((await feedOf(CHEN)).unread).toBe(chenUnread - 1);
  });
});

describe('the public board', () => {
  it('lists notices and results newest first, for anyone who has the community’s link', async () => {
    const notices = await w.ok(ZHANG, 'consultation', 'board.list', {});
    expect(notices.items.filter((i) => i.kindLabel === '协商公告').map((i) => i.title)).toEqual(expect.arrayContaining([expect.stringContaining('停车位')]));
    await published();
    const mine = await w.ok(ZHANG, 'consultation', 'board.list', {});
    expect(mine.items[0]).toMatchObject({ consultationId: parking, kindLabel: '结果公示' });
    expect(mine.items.map((i) => i.kindLabel)).toContain('落实完成');
    expect(mine.items.map((i) => i.at)).toEqual([...mine.items.map((i) => i.at)].sort((a, b) => b - a));
    const visitor = await w.ok(VISITOR, 'consultation', 'board.list', { communityId: mine.community.id });
    expect(visitor.items).toEqual(mine.items);
    expect(await w.call(VISITOR, 'consultation', 'board.list', {})).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('opens any item read-only for anyone, but not drafts', async () => {
    await published();
    const item = await w.ok(VISITOR, 'consultation', 'board.item', { id: parking });
    expect(item.consultation).toMatchObject({ id: parking, statusLabel: expect.any(String) });
    expect(item.result.outcome?.text).toContain('30个车位');
    expect(item.opinions.total).toBe(2);
    const [draft] = await w.store.find<ConsultationDoc>('consultations', { status: 'draft' });
    expect(await w.call(VISITOR, 'consultation', 'board.item', { id: draft._id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('the archive', () => {
  it('seals a completed record once, then refuses every change', async () => {
    const at = await completed();
    await w.ok(ZHANG, 'result', 'evaluation.submit', { consultationId: parking, score: 4 }, at);
    expect(await w.call(ZHANG, 'result', 'archive.seal', { id: parking }, at)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const [a, b] = await Promise.all([
      w.call(WANG, 'result', 'archive.seal', { id: parking }, at + DAY_MS),
      w.call(LI, 'result', 'archive.seal', { id: parking }, at + DAY_MS),
    ]);
    const sealed = [a, b].filter((r) => r.ok);
    expect(sealed.length).toBeGreaterThanOrEqual(1);
    expect(await w.store.count('archives', {})).toBe(1);
    expect((await doc(parking)).status).toBe('archived');
    const before = await snapshot(w.store);
    expect((await w.call(ZHANG, 'result', 'evaluation.submit', { consultationId: parking, score: 1 }, at + DAY_MS)).ok).toBe(false);
    expect(
      (await w.call(WANG, 'result', 'progress.post', { consultationId: parking, requestId: req(), text: '补充', percent: 100, photos: [] }, at + DAY_MS)).ok,
    ).toBe(false);
    expect((await w.call(WANG, 'result', 'implementation.complete', { id: parking, report: '改写', photos: [] }, at + DAY_MS)).ok).toBe(false);
    expect(await snapshot(w.store)).toEqual(before);
    const audit = await w.store.find<AuditDoc>('audit', { action: 'archive.seal' });
    expect(audit).toHaveLength(1);
  });
});

describe('archive:verify', () => {
  const saved = process.env.DATA_DIR;
  afterEach(() => {
    process.env.DATA_DIR = saved;
  });

  it('says an untouched record is intact, and names the part someone edited in the store', async () => {
    const at = await completed();
    await w.ok(WANG, 'result', 'archive.seal', { id: parking }, at);
    process.env.DATA_DIR = w.dir;
    const lines: string[] = [];
    expect(await runAdmin(['archive:verify', parking], (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toMatch(/^完好/);

    const [opinion] = await w.store.find<{ _id: string }>('opinions', { consultationId: parking });
    await w.store.update('opinions', { _id: opinion._id }, { set: { text: '事后改过的意见' } });
    // As an operator runs it: the real command, in its own process, on the store on disk.
    const run = promisify(execFile);
    const cli = await run(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'archive:verify', parking], {
      env: { ...process.env, DATA_DIR: w.dir },
    }).catch((e: { code: number; stdout: string }) => e);
    expect(cli).toMatchObject({ code: 2, stdout: expect.stringContaining('已被改动') });
    expect(cli.stdout).toContain('改动的部分：意见与答复');
    expect(cli.stdout).not.toContain('操作记录');
  }, 30_000);

  it('says so when there is no seal', async () => {
    process.env.DATA_DIR = w.dir;
    const lines: string[] = [];
    expect(await runAdmin(['archive:verify', parking], (l) => lines.push(l))).toBe(1);
    expect(lines[0]).toContain('没有归档');
  });
});

describe('the archive export', () => {
  /** 广告招租 the whole way with two vote rounds, the second secret, and an objection dismissed. */
  async function adsArchived() {
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS });
    await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' });
    let at = (await doc(ADS)).plan.vote!.closesAt + VOTE_CLOSE_GRACE_MS;
    await w.tick(at);
    const vote = {
      question: '提交居民会议：广告收益用途',
      rule: 'residents_meeting' as const,
      scope: { kind: 'residents' as const },
      opensAt: at,
      closesAt: at + DAY_MS,
      secret: true,
    };
    await w.ok(WANG, 'result', 'outcome.escalate', { id: ADS, version: (await doc(ADS)).version, reason: '表决未达法定人数', vote }, at);
    await w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS }, at);
    await w.ok(CHEN, 'voting', 'ballot.cast', { consultationId: ADS, choice: 'disagree' }, at);
    at = vote.closesAt + VOTE_CLOSE_GRACE_MS;
    await w.tick(at);
    const written = await w.ok(
      WANG,
      'result',
      'outcome.write',
      { id: ADS, version: (await doc(ADS)).version, text: '收益暂存社区账户', responsible: '社区居委会', dueAt: at + 30 * DAY_MS },
      at,
    );
    await w.ok(WANG, 'result', 'result.publish', { id: ADS, version: written.consultation.version }, at);
    const objection = await w.ok(LIU, 'result', 'objection.file', { consultationId: ADS, requestId: req(), reason: '<script>alert(1)</script>账目应公开' }, at);
    await w.ok(WANG, 'result', 'objection.answer', { objectionId: objection.id, decision: 'dismiss', reason: '账目按季度公开' }, at);
    at += 7 * DAY_MS;
    await w.tick(at);
    await w.ok(WANG, 'result', 'implementation.start', { id: ADS }, at);
    await w.ok(WANG, 'result', 'progress.post', { consultationId: ADS, requestId: req(), text: '已开设专户', percent: 50, photos: [] }, at);
    await w.ok(WANG, 'result', 'implementation.complete', { id: ADS, report: '收益已入账并公开', photos: [] }, at);
    await w.ok(ZHANG, 'result', 'evaluation.submit', { consultationId: ADS, score: 4, comment: '公开透明' }, at);
    await w.ok(WANG, 'result', 'archive.seal', { id: ADS }, at);
    return at;
  }
  const fileOf = (fileId: string) => w.files.pathOf(fileId)!;

  it('is a workbook with one sheet per part and a printable dossier with every part, secret choices left out', async () => {
    const at = await adsArchived();
    expect(await w.call(ZHANG, 'result', 'archive.export', { id: ADS }, at)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const out = await w.ok(ZHAO, 'result', 'archive.export', { id: ADS }, at);
    expect(out.hash).toMatch(/^[0-9a-f]{64}$/);

    const book = new Workbook();
    await book.xlsx.readFile(fileOf(out.xlsxFileId));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '议题与结果',
      '参会与列席',
      '意见与答复',
      '表决范围',
      '选票',
      '计票结果',
      '异议',
      '落实进展',
      '满意度测评',
      '操作记录',
      '存档校验',
    ]);
    const rows = (name: string) =>
      book
        .getWorksheet(name)!
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[]).slice(1).map(String));
    expect(rows('选票')).toHaveLength(2);
    expect(
      rows('选票')
        .map((r) => r[2])
        .sort(),
    ).toEqual(['不记名', '同意']);
    expect(rows('计票结果').map((r) => r[0])).toEqual(['第1轮', '第2轮']);
    expect(rows('存档校验')[0]).toEqual(['整档', out.hash]);

    const html = await readFile(fileOf(out.htmlFileId), 'utf8');
    for (const part of ['consultation', 'attendance', 'opinions', 'electors', 'ballots', 'tallies', 'objections', 'progress', 'evaluations', 'audit', 'seal']) {
      expect(html).toContain(`data-part="${part}"`);
    }
    expect(html).toContain('收益已入账并公开');
    expect(html).toMatch(/王建国（[^）]+）/); // names in words, not ids
    expect(html).not.toContain('已不在册');
    expect(html).toContain('账目按季度公开');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    const ballots = /<section data-part="ballots">[\s\S]*?<\/section>/.exec(html)![0];
    expect(ballots).toContain('不记名');
    expect(ballots).not.toContain('反对'); // 陈静's secret choice
  }, 30_000);

  it('is refused before the record is archived', async () => {
    expect(await w.call(WANG, 'result', 'archive.export', { id: parking })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  });
});

describe('the detail screen and the actions agree (core/access/results.ts)', () => {
  const detail = (openid: string, at: number) => w.ok(openid, 'consultation', 'consultation.get', { id: parking }, at);
  const object = (at: number) => w.call(LIU, 'result', 'objection.file', { consultationId: parking, requestId: req(), reason: '车位数量不够' }, at);
  const post = (openid: string, at: number) =>
    w.call(openid, 'result', 'progress.post', { consultationId: parking, requestId: req(), text: '已划线', percent: 10, photos: [] }, at);

  it('offers an objection exactly while filing one is taken (mayObject)', async () => {
    const at = startsAt + 3 * 3_600_000;
    await consultedAndAnswered();
    expect((await detail(LIU, at)).canObject).toBe(false);
    expect(await object(at)).toMatchObject({ ok: false, code: 'WRONG_STATE', message: '只能对正在公示的协商结果提出异议' });
    await published(at);
    const during = await detail(LIU, at + DAY_MS);
    expect([during.canObject, during.result.publication?.windowOpen]).toEqual([true, true]);
    expect(await object(at + DAY_MS)).toMatchObject({ ok: true });
    const after = await detail(LIU, at + 7 * DAY_MS);
    expect([after.canObject, after.result.publication?.windowOpen]).toEqual([false, false]);
    expect(await object(at + 7 * DAY_MS)).toMatchObject({ ok: false, code: 'DEADLINE_PASSED', message: '异议期已经结束' });
  });

  it('offers 开始协商 exactly when the lifecycle takes it (mayStartConsulting)', async () => {
    const start = (openid: string, at: number) => w.call(openid, 'consultation', 'consultation.startConsulting', { id: parking }, at);
    const early = startsAt - 60_000;
    expect((await detail(WANG, early)).can.startConsulting).toBe(false);
    expect(await start(WANG, early)).toMatchObject({ ok: false, code: 'TOO_EARLY', message: '公示期未满，协商尚未开始' });
    expect((await detail(ZHANG, startsAt)).can.startConsulting).toBe(false);
    expect(await start(ZHANG, startsAt)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await detail(WANG, startsAt)).can.startConsulting).toBe(true);
    expect(await start(WANG, startsAt)).toMatchObject({ ok: true });
    expect((await detail(WANG, startsAt)).can.startConsulting).toBe(false);
    expect(await start(WANG, startsAt)).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  });

  it('offers a progress post exactly to whom, and when, it is taken (mayPostProgress)', async () => {
    expect((await detail(WANG, NOW)).manage.postProgress).toBe(false);
    expect(await post(WANG, NOW)).toMatchObject({ ok: false, code: 'WRONG_STATE', message: '只能在落实阶段报告进展' });
    const now = await implementing();
    expect((await detail(ZHANG, now)).manage.postProgress).toBe(false);
    expect(await post(ZHANG, now)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await detail(WANG, now)).manage.postProgress).toBe(true);
    expect(await post(WANG, now)).toMatchObject({ ok: true });
  });
});
