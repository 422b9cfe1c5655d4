import { DAY_MS } from '@shared';
import { recountConsultation, repairCounts } from '../../cloudfunctions/core/consultation/counts';
import type { AttendanceDoc, ConsultationDoc, FollowDoc, InvolvementDoc, MemberDoc } from '../../cloudfunctions/core/docs';
import { repairInvolvements } from '../../cloudfunctions/core/participation/involvement';
import type { ContentCheck } from '../../cloudfunctions/core/ports/contentCheck';
import { LI, NOW, openWorld, PNG, WANG, YANG, ZHANG, ZHAO, type World } from '../support/harness';

/**
 * The counts a consultation keeps of its answers, opinions, objections and ratings move with each
 * write and always equal a recount from the facts themselves — repeated and concurrent requests
 * included — and the screens show them.
 */

/** Text asking for 审核 is held for review. */
const scriptedCheck: ContentCheck = {
  async check({ text }) {
    return text.includes('审核') ? 'review' : 'pass';
  },
};

const CHEN = 'demo-chen-jing';
const LIU = 'demo-liu-fang';
const HUANG = 'demo-huang-li';

let w: World;
let parking: string; // announced, all residents, no vote
let startsAt: number;
beforeEach(async () => {
  w = await openWorld({ contentCheck: scriptedCheck });
  parking = (await w.ok(ZHANG, 'consultation', 'consultation.list', {})).upcoming.find((c) => c.title.includes('停车位'))!.id;
  startsAt = (await doc()).plan.schedule!.startsAt!;
});
afterEach(() => w.close());

const doc = async (id = parking) => (await w.store.get<ConsultationDoc>('consultations', id))!;
/** The kept counts, which must be the recount's. */
async function expectKeptIsRecount(id = parking) {
  const kept = (await doc(id)).counts;
  expect(kept).toEqual(await recountConsultation(w.store, id));
  return kept!;
}
let requestNo = 0;
const req = () => `req-counts-${String(++requestNo).padStart(4, '0')}`;
const answer = (openid: string, kind: 'participant' | 'observer' | 'absent', at = NOW) =>
  w.call(openid, 'participation', 'attendance.set', { consultationId: parking, kind }, at);
const opinion = (openid: string, text: string, requestId = req(), channel: 'online' | 'written' = 'online') =>
  w.ok(openid, 'participation', 'opinion.submit', { consultationId: parking, requestId, stance: 'support', text, photos: [], channel });

describe('a consultation’s counts', () => {
  it('of answers to the notice: each member once, whatever they change and however often they tap', async () => {
    expect(await expectKeptIsRecount()).toMatchObject({ attendance: { participant: 0, observer: 0, absent: 0 } });
    // The same answer three times at once, and two different answers at once from one member.
    await Promise.all([answer(ZHANG, 'participant'), answer(ZHANG, 'participant'), answer(ZHANG, 'participant')]);
    await Promise.all([answer(CHEN, 'observer'), answer(CHEN, 'participant'), answer(CHEN, 'absent')]);
    await answer(YANG, 'observer');
    await answer(YANG, 'participant');
    await answer(YANG, 'participant');
    // A written opinion says its author cannot come.
    await opinion(LIU, '书面意见：支持划线停车。', req(), 'written');
    const kept = await expectKeptIsRecount();
    expect(kept.attendance.participant + kept.attendance.observer + kept.attendance.absent).toBe(4);
    expect(kept.attendance).toMatchObject({ participant: expect.any(Number), absent: expect.any(Number) });
    expect(kept.attendance.participant).toBeGreaterThanOrEqual(2); // 张伟 and 杨磊, and 陈静 if her participant answer landed last
    const view = await w.ok(ZHAO, 'consultation', 'consultation.get', { id: parking });
    expect(view.participation.attendance.counts).toEqual(kept.attendance);
    // Confirming a participant moves no count.
    const yang = (await w.store.find<{ _id: string }>('members', { openid: YANG }))[0]._id;
    await w.ok(WANG, 'participation', 'attendance.confirm', { consultationId: parking, memberId: yang });
    expect((await expectKeptIsRecount()).attendance).toEqual(kept.attendance);
  });

  it('of opinions: held, shown, hidden, answered and entered for someone, a retried submission once', async () => {
    const requestId = req();
    await Promise.all([1, 2, 3].map(() => opinion(ZHANG, '建议东侧空地划线停车。', requestId)));
    const held = await opinion(CHEN, '请审核：车位收费太高。');
    const hidden = await opinion(LIU, '请审核：无关内容。');
    let kept = await expectKeptIsRecount();
    expect(kept.opinions.visible).toMatchObject({ total: 1, unanswered: 1, support: 1 });
    expect(kept.opinions.review).toMatchObject({ total: 2, unanswered: 2, support: 2 });

    await w.ok(LI, 'participation', 'opinion.moderate', { opinionId: held.id, approve: true });
    await w.ok(LI, 'participation', 'opinion.moderate', { opinionId: hidden.id, approve: false });
    const first = (await w.ok(WANG, 'participation', 'opinion.list', { consultationId: parking })).opinions;
    for (const o of first) await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: o.id, decision: 'adopted', reason: '' });
    // A revised answer leaves the opinion answered: nothing moves.
    await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: first[0].id, decision: 'rejected', reason: '与消防通道冲突' });
    const evidence = await w.files.put(PNG);
    const entered = await w.ok(WANG, 'participation', 'opinion.recordOnBehalf', {
      consultationId: parking,
      requestId: req(),
      memberId: 'm-huang-li',
      channel: 'written',
      stance: 'oppose',
      text: '黄丽书面意见：反对收费。',
      evidence: [evidence],
    });
    await w.ok(HUANG, 'participation', 'opinion.respondToEntry', { opinionId: entered.id, verdict: 'dispute', note: '我是支持的' });
    kept = await expectKeptIsRecount();
    expect(kept.opinions.visible).toMatchObject({ total: 3, unanswered: 1, support: 2, oppose: 1 });
    expect(kept.opinions.review.total).toBe(0);
    // Each viewer sees the counts their view allows.
    expect((await w.ok(ZHAO, 'consultation', 'consultation.get', { id: parking })).participation.opinions).toEqual({
      total: 3,
      unanswered: 1,
      byStance: { support: 2, oppose: 1, neutral: 0, suggestion: 0 },
    });
    expect((await w.ok(WANG, 'participation', 'opinion.list', { consultationId: parking })).counts).toMatchObject({ total: 3, underReview: 0 });
  });

  it('of objections: filed once however often retried, answered, and superseded when another is upheld', async () => {
    // Two opinions answered, the meeting held, the outcome written and published.
    for (const who of [ZHANG, CHEN]) {
      const o = await opinion(who, '建议东侧空地划线停车。');
      await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: o.id, decision: 'adopted', reason: '' });
    }
    await w.tick(startsAt);
    const at = startsAt + 3 * 3_600_000;
    const outcome = { text: '东侧空地划设30个车位。', responsible: '物业服务中心', dueAt: at + 30 * DAY_MS };
    const closed = await w.ok(WANG, 'result', 'outcome.close', { id: parking, version: (await doc()).version, ...outcome }, at);
    await w.ok(WANG, 'result', 'result.publish', { id: parking, version: closed.consultation.version }, at);
    const file = (openid: string, requestId = req()) =>
      w.ok(openid, 'result', 'objection.file', { consultationId: parking, requestId, reason: '车位数量不够' }, at + DAY_MS);
    const retried = req();
    const [a] = await Promise.all([file(LIU, retried), file(LIU, retried), file(LIU, retried)]);
    const b = await file(ZHANG);
    await file(YANG);
    expect((await expectKeptIsRecount()).objections).toEqual({ total: 3, open: 3 });
    await w.ok(WANG, 'result', 'objection.answer', { objectionId: a.id, decision: 'dismiss', reason: '车位已按规划上限划设' }, at + DAY_MS);
    expect((await w.ok(ZHANG, 'consultation', 'consultation.get', { id: parking }, at + DAY_MS)).result.publication?.objections).toEqual({ open: 2, total: 3 });
    // Upholding one supersedes the other open one: none is left open.
    await w.ok(WANG, 'result', 'objection.answer', { objectionId: b.id, decision: 'uphold', reason: '重新征求意见' }, at + DAY_MS);
    expect((await expectKeptIsRecount()).objections).toEqual({ total: 3, open: 0 });
  });

  it('of ratings: one per member, a change moves it, a repeat of the same request changes nothing', async () => {
    for (const who of [ZHANG, CHEN]) {
      const o = await opinion(who, '建议东侧空地划线停车。');
      await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: o.id, decision: 'adopted', reason: '' });
    }
    await w.tick(startsAt);
    const at = startsAt + 3 * 3_600_000;
    const closed = await w.ok(
      WANG,
      'result',
      'outcome.close',
      { id: parking, version: (await doc()).version, text: '划设车位。', responsible: '物业服务中心', dueAt: at + 30 * DAY_MS },
      at,
    );
    await w.ok(WANG, 'result', 'result.publish', { id: parking, version: closed.consultation.version }, at);
    await w.tick(at + 7 * DAY_MS);
    await w.ok(WANG, 'result', 'implementation.start', { id: parking }, at + 8 * DAY_MS);
    await w.ok(WANG, 'result', 'implementation.complete', { id: parking, report: '车位已划设', photos: [] }, at + 9 * DAY_MS);
    const rate = (openid: string, score: number) => w.ok(openid, 'result', 'evaluation.submit', { consultationId: parking, score }, at + 9 * DAY_MS);
    await rate(ZHANG, 3);
    await rate(ZHANG, 5);
    await rate(ZHANG, 5);
    const summary = await rate(CHEN, 4);
    expect(summary).toMatchObject({ counts: [0, 0, 0, 1, 1], total: 2 });
    expect((await expectKeptIsRecount()).evaluations).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 });
  });

  it('are recounted on a record from before they were kept, and repaired from the facts when they drifted', async () => {
    await answer(ZHANG, 'participant');
    await opinion(CHEN, '建议东侧空地划线停车。');
    // A record from before: no counts. Writes leave it so rather than start counting from the middle.
    await w.store.update('consultations', { _id: parking }, { unset: ['counts'] });
    await answer(YANG, 'observer');
    expect((await doc()).counts).toBeUndefined();
    const view = await w.ok(ZHAO, 'consultation', 'consultation.get', { id: parking });
    expect(view.participation.attendance.counts).toEqual({ participant: 1, observer: 1, absent: 0 });
    expect(view.participation.opinions.total).toBe(1);
    // Nor were members' own parts mirrored then: such a record shows them from the records.
    await w.store.remove('involvements', { consultationId: parking });
    expect((await w.ok(ZHANG, 'consultation', 'consultation.get', { id: parking })).participation.mine.attendance?.kind).toBe('participant');
    // The repair step recounts it; from then on writes move the counts.
    await repairCounts(w.store, parking);
    await answer(LIU, 'absent');
    expect((await expectKeptIsRecount()).attendance).toEqual({ participant: 1, observer: 1, absent: 1 });
    // A count that drifted (a request that died between its write and its count) is put right.
    await w.store.update('consultations', { _id: parking }, { set: { 'counts.attendance.participant': 7 } });
    await repairCounts(w.store, parking);
    expect((await expectKeptIsRecount()).attendance.participant).toBe(1);
    // An archived record keeps the counts it was sealed with.
    await w.store.update('consultations', { _id: parking }, { set: { status: 'archived', 'counts.attendance.participant': 7 } });
    expect(await repairCounts(w.store, parking)).toBeNull();
    expect((await doc()).counts!.attendance.participant).toBe(7);
  });
});

describe('a member’s own part, mirrored for the detail screen', () => {
  const idOf = async (openid: string) => (await w.store.find<MemberDoc>('members', { openid }))[0]._id;
  /** Every mirror of the consultation says what the records say. */
  async function expectMirrorsAreRecords(id = parking) {
    const [answers, follows, mirrors] = await Promise.all([
      w.store.find<AttendanceDoc>('attendance', { consultationId: id }),
      w.store.find<FollowDoc>('follows', { consultationId: id }),
      w.store.find<InvolvementDoc>('involvements', { consultationId: id }),
    ]);
    const people = new Set([...answers, ...follows].map((d) => d.memberId));
    for (const memberId of people) {
      const a = answers.find((x) => x.memberId === memberId);
      expect(mirrors.find((m) => m.memberId === memberId)).toMatchObject({
        following: follows.some((f) => f.memberId === memberId),
        attendanceVersion: a?.version ?? 0,
        ...(a ? { attendance: { kind: a.kind, confirmed: a.confirmed } } : {}),
      });
    }
    for (const m of mirrors.filter((x) => !people.has(x.memberId))) expect(m).toMatchObject({ following: false, attendanceVersion: 0 });
    return mirrors;
  }
  const follow = (openid: string, on: boolean) => w.ok(openid, 'consultation', 'consultation.follow', { id: parking, follow: on });

  it('says the member’s answer and follow as the records do, however the requests interleave', async () => {
    await Promise.all([answer(ZHANG, 'observer'), follow(ZHANG, true), answer(ZHANG, 'participant'), answer(ZHANG, 'participant')]);
    await Promise.all([follow(CHEN, true), follow(CHEN, true), answer(CHEN, 'absent')]);
    await follow(YANG, true);
    await follow(YANG, false);
    await answer(LIU, 'participant');
    await w.ok(WANG, 'participation', 'attendance.confirm', { consultationId: parking, memberId: await idOf(LIU) });
    expect(await expectMirrorsAreRecords()).toHaveLength(4);
    const liu = await w.ok(LIU, 'consultation', 'consultation.get', { id: parking });
    expect(liu.participation.mine.attendance).toMatchObject({ kind: 'participant', confirmed: true, placeLabel: '委员会已确认' });
    expect(liu.following).toBe(false);
    expect((await w.ok(CHEN, 'consultation', 'consultation.get', { id: parking })).following).toBe(true);
  });

  it('follows the consultation made from a suggestion for its author and co-signers, and goes with a member’s data', async () => {
    const s = await w.ok(ZHANG, 'suggestion', 'suggestion.raise', {
      requestId: req(),
      title: '3号楼前增设休息座椅',
      description: '建议增设座椅。',
      categoryId: 'public-welfare-05',
      place: '3号楼',
      photos: [],
      hideName: false,
    });
    await w.ok(CHEN, 'suggestion', 'suggestion.cosign', { id: s.id, on: true });
    const answered = await w.ok(WANG, 'suggestion', 'suggestion.triage', { id: s.id, version: s.version, decision: 'accept', text: '' });
    const draft = answered.answer!.consultation!.id;
    expect((await expectMirrorsAreRecords(draft)).map((m) => m.memberId).sort()).toEqual([await idOf(ZHANG), await idOf(CHEN)].sort());
    const chen = await idOf(CHEN);
    await answer(CHEN, 'observer');
    await w.ok(CHEN, 'account', 'me.deleteData', { confirm: true });
    expect(await w.store.count('involvements', { memberId: chen })).toBe(0);
  });

  it('is rewritten from the records by the repair step when a request stopped between the two', async () => {
    await answer(ZHANG, 'participant');
    await follow(CHEN, true);
    const zhang = await idOf(ZHANG);
    await w.store.update('involvements', { memberId: zhang }, { set: { attendance: { kind: 'absent', confirmed: false } } });
    await w.store.remove('involvements', { memberId: await idOf(CHEN) });
    await w.store.insert<InvolvementDoc>('involvements', {
      _id: `${parking}:m-stray`,
      communityId: 'demo-xingfuli',
      consultationId: parking,
      memberId: 'm-stray',
      attendanceVersion: 3,
      attendance: { kind: 'observer', confirmed: false },
      following: true,
    });
    await repairInvolvements(w.store, parking);
    await expectMirrorsAreRecords();
    expect((await w.ok(ZHANG, 'consultation', 'consultation.get', { id: parking })).participation.mine.attendance?.kind).toBe('participant');
  });
});
