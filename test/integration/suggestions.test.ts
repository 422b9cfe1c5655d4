import { Workbook } from 'exceljs';
import { DAY_MS } from '@shared';
import type { AuditDoc, FeedDoc, FollowDoc, MemberDoc, NotificationDoc, RosterEntryDoc, SuggestionDoc } from '../../cloudfunctions/core/docs';
import type { ContentCheck } from '../../cloudfunctions/core/ports/contentCheck';
import { LI, LIN, NOW, openWorld, PNG, snapshot, WANG, ZHANG, ZHAO, type World } from '../support/harness';
import { killedOnce } from '../support/killedOnce';

const CHEN = 'demo-chen-jing';
const LIU = 'demo-liu-fang';
const YANG = 'demo-yang-lei';
const WU = 'demo-wu-min';
const XU = 'demo-xu-jun'; // lives with 吴敏: the same household

/** Text asking for 审核 is held for review; text with 违禁 is refused. */
const scriptedCheck: ContentCheck = {
  async check({ text }) {
    if (text.includes('违禁')) return 'risky';
    return text.includes('审核') ? 'review' : 'pass';
  },
};

let w: World;
beforeEach(async () => {
  w = await openWorld({ contentCheck: scriptedCheck });
  // The demo's own suggestions aside: each test starts an empty ledger.
  await w.store.remove('suggestions', {});
  await w.store.remove('cosigns', {});
});
afterEach(() => w.close());

let requestNo = 0;
const req = () => `req-suggest-${String(++requestNo).padStart(4, '0')}`;
const idOf = async (openid: string) => (await w.store.find<MemberDoc>('members', { openid }))[0]._id;
const stored = async (id: string) => (await w.store.get<SuggestionDoc>('suggestions', id))!;
const suggestion = (over: Record<string, unknown> = {}) => ({
  requestId: req(),
  title: '3号楼前增设休息座椅',
  description: '老人散步后没有地方休息，建议在3号楼前空地增设几张座椅。',
  categoryId: 'public-welfare-05',
  place: '3号楼',
  photos: [] as string[],
  hideName: false,
  ...over,
});
const raise = (openid: string, over: Record<string, unknown> = {}, at = NOW) => w.ok(openid, 'suggestion', 'suggestion.raise', suggestion(over), at);
const cosign = (openid: string, id: string, on = true) => w.ok(openid, 'suggestion', 'suggestion.cosign', { id, on });

describe('raising a suggestion', () => {
  it('takes at most 5 a day from one member, never more under a burst, and a retry spends nothing', async () => {
    const firstSent = suggestion();
    const first = await w.ok(ZHANG, 'suggestion', 'suggestion.raise', firstSent, NOW);
    const burst = await Promise.all(Array.from({ length: 8 }, () => w.call(ZHANG, 'suggestion', 'suggestion.raise', suggestion(), NOW)));
    expect(burst.filter((r) => r.ok)).toHaveLength(4);
    expect(burst.find((r) => !r.ok)).toMatchObject({ code: 'LIMIT_REACHED', message: '每人每天最多提出5条建议，今天已达上限，请明天再提' });
    expect(await w.store.count('suggestions', { authorId: await idOf(ZHANG) })).toBe(5);
    // The phone that sent the first never heard back: sending it again is no 6th.
    expect((await w.ok(ZHANG, 'suggestion', 'suggestion.raise', firstSent, NOW)).id).toBe(first.id);
    // Others may still raise theirs, the committee may still enter from paper, and tomorrow is a new day.
    expect(await w.call(CHEN, 'suggestion', 'suggestion.raise', suggestion(), NOW)).toMatchObject({ ok: true });
    expect(await w.call(ZHANG, 'suggestion', 'suggestion.raise', suggestion(), NOW + DAY_MS)).toMatchObject({ ok: true });
  });

  it('stores it once however often the phone retries, with its photos, and shows it to the community', async () => {
    const photo = await w.files.put(PNG);
    const input = suggestion({ photos: [photo] });
    const [a, b] = await Promise.all([w.ok(ZHANG, 'suggestion', 'suggestion.raise', input), w.ok(ZHANG, 'suggestion', 'suggestion.raise', input)]);
    expect(a.id).toBe(b.id);
    expect(await w.store.count('suggestions', {})).toBe(1);
    expect(a).toMatchObject({
      state: 'open',
      stateLabel: '待答复',
      channel: 'online',
      channelLabel: '线上',
      authorName: '张伟',
      mine: true,
      cosigns: 0,
      answerDueAt: NOW + 15 * DAY_MS,
    });
    expect(a.photos).toEqual([{ id: photo, url: expect.stringMatching(/^\/files\//) }]);
    const seen = (await w.ok(CHEN, 'suggestion', 'suggestion.list', {})).items;
    expect(seen).toEqual([expect.objectContaining({ id: a.id, authorName: '张*', mine: false, can: { cosign: true, triage: false, moderate: false } })]);
  });

  it('hides the author’s name from members when asked, never from the committee', async () => {
    const s = await raise(ZHANG, { hideName: true });
    expect((await w.ok(CHEN, 'suggestion', 'suggestion.get', { id: s.id })).authorName).toBe('匿名');
    expect((await w.ok(WANG, 'suggestion', 'suggestion.get', { id: s.id })).authorName).toBe('张伟');
  });

  it('refuses what the content check refuses, and holds for review what it doubts', async () => {
    const before = await snapshot(w.store);
    expect(await w.call(ZHANG, 'suggestion', 'suggestion.raise', suggestion({ description: '违禁内容' }))).toMatchObject({
      ok: false,
      code: 'CONTENT_REJECTED',
    });
    expect(await w.call(ZHANG, 'suggestion', 'suggestion.raise', suggestion({ title: '', description: 'x'.repeat(2001) }))).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await w.call(ZHANG, 'suggestion', 'suggestion.raise', suggestion({ categoryId: 'no-such-matter' }))).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await w.call(ZHANG, 'suggestion', 'suggestion.raise', suggestion({ photos: ['local:00000000000000000000000000000000.png'] }))).toMatchObject({
      ok: false,
      code: 'FILE_REJECTED',
    });
    expect(await snapshot(w.store)).toEqual(before);
    expect(await w.store.count('suggestions', {})).toBe(0);

    const held = await raise(ZHANG, { description: '请审核' });
    expect(held.underReview).toBe(true);
    expect((await w.ok(CHEN, 'suggestion', 'suggestion.list', {})).items).toEqual([]);
    expect(await w.call(CHEN, 'suggestion', 'suggestion.get', { id: held.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await w.ok(WANG, 'suggestion', 'suggestion.ledger', {})).items.map((s) => s.id)).toEqual([held.id]);
    await w.ok(WANG, 'suggestion', 'suggestion.moderate', { id: held.id, approve: true });
    expect((await w.ok(CHEN, 'suggestion', 'suggestion.list', {})).items.map((s) => s.id)).toEqual([held.id]);
  });

  it('lets the committee enter one collected on paper or a visit, tagged with its channel and resident', async () => {
    const s = await w.ok(LI, 'suggestion', 'suggestion.enter', { ...suggestion(), memberId: await idOf(CHEN), channel: 'visit' });
    expect(s).toMatchObject({ channel: 'visit', channelLabel: '入户走访', authorName: '陈静', enteredByName: '李秀英', authorId: await idOf(CHEN) });
    expect((await w.ok(CHEN, 'suggestion', 'suggestion.get', { id: s.id })).mine).toBe(true);
    expect(await w.call(ZHANG, 'suggestion', 'suggestion.enter', { ...suggestion(), memberId: await idOf(CHEN), channel: 'box' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await w.call(LI, 'suggestion', 'suggestion.enter', { ...suggestion(), memberId: await idOf(LIN), channel: 'box' })).toMatchObject({
      ok: false,
      code: 'NOT_MEMBER',
    });
    expect(await w.callRaw(LI, 'suggestion', 'suggestion.enter', { ...suggestion(), memberId: await idOf(CHEN), channel: 'online' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});

describe('co-signing (附议)', () => {
  it('counts each member once, however often or concurrently they tap, and lets them withdraw', async () => {
    const s = await raise(ZHANG);
    await Promise.all([cosign(CHEN, s.id), cosign(CHEN, s.id), cosign(CHEN, s.id)]);
    expect((await stored(s.id)).cosigns).toBe(1);
    await Promise.all([cosign(LIU, s.id), cosign(YANG, s.id)]);
    const view = await w.ok(CHEN, 'suggestion', 'suggestion.get', { id: s.id });
    expect(view).toMatchObject({ cosigns: 3, cosignedByMe: true });
    expect((await cosign(CHEN, s.id, false)).cosigns).toBe(2);
    expect((await cosign(CHEN, s.id, false)).cosigns).toBe(2);
    expect(await w.call(ZHANG, 'suggestion', 'suggestion.cosign', { id: s.id, on: true })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect(await w.store.count('cosigns', { suggestionId: s.id })).toBe(2);
  });

  it('flags the suggestion when the proposers reach 1/5 of the register’s adults, and tells the committee once', async () => {
    // The register, not the app, is the denominator: 17 adults (15 of them members), so 1/5 is 3.4 and four are needed.
    expect(await w.store.count('members', { communityId: 'demo-xingfuli', status: 'active' })).toBe(15);
    expect((await w.ok(WANG, 'member', 'register.summary', {})).adults).toBe(17);
    const s = await raise(ZHANG);
    await cosign(CHEN, s.id);
    expect((await cosign(LIU, s.id)).legalThreshold).toBeUndefined(); // three of 17 is less than 1/5
    const reached = await cosign(YANG, s.id);
    expect(reached.legalThreshold).toEqual({ reachedAt: NOW, basisLabel: '居民', unit: '人', count: 4, needed: 4 });
    await cosign('demo-huang-li', s.id);
    await cosign(LIU, s.id, false);
    expect((await stored(s.id)).threshold).toEqual({ basis: 'residents', count: 4, needed: 4 });
    const told = await w.store.find<FeedDoc>('feed', { kind: 'petitionReached', suggestionId: s.id });
    expect(told.map((f) => f.memberId).sort()).toEqual([await idOf(LI), await idOf(WANG)].sort());
    expect(await w.store.count('audit', { entityId: `${s.id}:threshold` })).toBe(1);
  });

  it('in a 村, counts a third of the register’s 村民代表 when that is reached first', async () => {
    // 青山村 grows to 32 villagers on its register, three of them 村民代表 — 钱桂兰 one of them.
    const village = 'demo-qingshan';
    const more: RosterEntryDoc[] = Array.from({ length: 30 }, (_, i) => ({
      _id: `qs-extra-${i}`,
      communityId: village,
      name: `村民${i}`,
      address: { building: '东组', unit: '', room: String(10 + i) },
      tenure: 'owner',
      representative: i < 2,
      householdKey: `no:东组|${10 + i}`,
      birth: { year: 1960, month: 1, day: 1 },
      status: 'current',
    }));
    await w.store.insertMany('roster', more);
    await w.store.update('roster', { _id: 'demo-qingshan-roster-钱桂兰' }, { set: { representative: true } });
    await w.store.update('members', { openid: 'demo-qian-guilan' }, { set: { 'register.representative': true } });
    // One proposer is not 1/10 of 32 villagers (4 are needed), but she is one of the three 村民代表: 1/3 of them.
    const s = await raise('demo-qian-guilan', { place: '东组' });
    expect(s.legalThreshold).toEqual({ reachedAt: NOW, basisLabel: '村民代表', unit: '人', count: 1, needed: 1 });
  });

  it('uses a village’s 1/10 of villagers, which in a tiny village the author alone reaches', async () => {
    // 青山村 has two approved villagers: one proposer is 1/2 ≥ 1/10 (村委会组织法 第21条).
    const s = await raise('demo-qian-guilan', { place: '东组' });
    expect(s.legalThreshold).toEqual({ reachedAt: NOW, basisLabel: '村民', unit: '人', count: 1, needed: 1 });
    expect((await w.ok(ZHANG, 'suggestion', 'suggestion.list', {})).items.map((x) => x.id)).not.toContain(s.id);
  });

  it('counts households when that basis is reached first, each household once; a share may be lowered, never raised', async () => {
    const settings = (petition: { residents: { num: number; den: number } | null; households: { num: number; den: number } | null }) =>
      w.call(WANG, 'member', 'community.updateSettings', { suggestions: { answerDays: 10, petition } });
    // Raising a share above the statute's 1/5, or switching the statute's basis off, is refused.
    expect(await settings({ residents: { num: 1, den: 5 }, households: { num: 1, den: 3 } })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await settings({ residents: null, households: { num: 1, den: 5 } })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    // Lowered to 1/6 of the register's 16 households: 3 households are needed, while 4 of its 17 adults are.
    expect(await settings({ residents: { num: 1, den: 5 }, households: { num: 1, den: 6 } })).toMatchObject({ ok: true });
    const s = await raise(ZHANG);
    expect(s.answerDueAt).toBe(NOW + 10 * DAY_MS); // the community's answer period
    for (const who of [WU, XU]) await cosign(who, s.id); // 吴敏 and 徐军 share a home: two households with 张伟
    expect((await stored(s.id)).thresholdReachedAt).toBe(0);
    await cosign(XU, s.id, false);
    await cosign(CHEN, s.id);
    expect((await stored(s.id)).threshold).toEqual({ basis: 'households', count: 3, needed: 3 });
  });
});

describe('triage', () => {
  it('accepting makes a draft prefilled from the suggestion and linked both ways; its people follow it and hear the answer', async () => {
    const s = await raise(ZHANG);
    await cosign(CHEN, s.id);
    await cosign(LIU, s.id);
    const answered = await w.ok(WANG, 'suggestion', 'suggestion.triage', { id: s.id, version: s.version, decision: 'accept', text: '列入下月协商' });
    expect(answered).toMatchObject({
      state: 'accepted',
      stateLabel: '已立项协商',
      answer: { decision: 'accept', text: '列入下月协商', consultation: { title: '3号楼前增设休息座椅' } },
    });
    const draftId = answered.answer!.consultation!.id;
    const draft = await w.ok(WANG, 'consultation', 'consultation.get', { id: draftId });
    expect(draft.consultation).toMatchObject({ status: 'draft', plan: { title: '3号楼前增设休息座椅', categoryId: 'public-welfare-05' } });
    expect(draft.consultation.plan.background).toContain('老人散步后没有地方休息');
    expect(draft.fromSuggestion).toEqual({ id: s.id, title: '3号楼前增设休息座椅' });
    expect((await w.store.find<FollowDoc>('follows', { consultationId: draftId })).map((f) => f.memberId).sort()).toEqual(
      [await idOf(ZHANG), await idOf(CHEN), await idOf(LIU)].sort(),
    );
    const feed = await w.ok(ZHANG, 'account', 'feed.list', {});
    expect(feed.items).toContainEqual(expect.objectContaining({ kind: 'suggestionAnswered', suggestionId: s.id, body: '已立项，将组织协商：列入下月协商' }));
    expect((await w.ok(ZHANG, 'suggestion', 'suggestion.get', { id: s.id })).answer).toMatchObject({ decisionLabel: '立项协商', byName: '委员会 王*国' });
    const audit = await w.store.find<AuditDoc>('audit', { entityId: s.id, action: 'suggestion.triage' });
    expect(audit).toEqual([expect.objectContaining({ before: { status: 'open', version: 1 }, after: { status: 'accepted', version: 2 } })]);
  });

  it('tells the author and whoever co-signs it with one announcement, pushed to a co-signer holding a grant; news a crash left is copied by the scheduler', async () => {
    const s = await raise(ZHANG);
    for (const who of [CHEN, LIU, YANG]) await cosign(who, s.id);
    await cosign(YANG, s.id, false);
    await w.ok(LIU, 'account', 'subscription.grant', { templateIds: ['demo-reply'] });
    const killedAfterAnswer = killedOnce(w.store, 'insert', 'announcements', 'function killed after the answer committed');
    const { triageSuggestion } = await import('../../cloudfunctions/core/suggestion/triageSuggestion');
    const answered = await triageSuggestion(
      { ...w.services, store: killedAfterAnswer, now: NOW, caller: { openid: WANG } },
      { id: s.id, version: s.version, decision: 'handle', text: '物业本周安装' },
    );
    expect(killedAfterAnswer.killed).toBe(true);
    expect(answered.state).toBe('handled');
    expect(await w.store.count('announcements', { suggestionId: s.id })).toBe(0);

    expect((await w.tick(NOW + 60_000)).copied).toBe(1);
    expect(await w.store.count('announcements', { suggestionId: s.id })).toBe(1);
    expect(await w.store.count('feed', { suggestionId: s.id, kind: 'suggestionAnswered' })).toBe(0);
    const heard = async (openid: string) =>
      (await w.ok(openid, 'account', 'feed.list', {})).items.some((i) => i.kind === 'suggestionAnswered' && i.suggestionId === s.id);
    expect(await Promise.all([ZHANG, CHEN, LIU, YANG, WU].map(heard))).toEqual([true, true, true, false, false]);
    expect(
      (await w.store.find<NotificationDoc>('notifications', { suggestionId: s.id, kind: 'suggestionAnswered' })).map((n) => [n.memberId, n.state]),
    ).toEqual([[await idOf(LIU), 'sent']]);
  });

  it('gives one answer when two committee members answer at once, and leaves no stray draft', async () => {
    const s = await raise(ZHANG);
    const results = await Promise.all([
      w.call(WANG, 'suggestion', 'suggestion.triage', { id: s.id, version: 1, decision: 'accept', text: '' }),
      w.call(LI, 'suggestion', 'suggestion.triage', { id: s.id, version: 1, decision: 'decline', text: '不在社区职责范围' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: expect.stringMatching(/CONFLICT|WRONG_STATE/) });
    const final = await stored(s.id);
    const drafts = await w.store.count('consultations', { fromSuggestion: s.id });
    expect(drafts).toBe(final.state === 'accepted' ? 1 : 0);
    expect(await w.store.count('audit', { entityId: s.id, action: 'suggestion.triage' })).toBe(1);
  });

  it('merges into another suggestion, handles, refers, and declines only with a reason', async () => {
    const main = await raise(ZHANG);
    const dup = await raise(CHEN, { title: '3号楼门口放几张长椅' });
    const merged = await w.ok(LI, 'suggestion', 'suggestion.triage', { id: dup.id, version: 1, decision: 'merge', text: '', mergeInto: main.id });
    expect(merged.answer).toMatchObject({ decision: 'merge', mergedInto: { id: main.id, title: '3号楼前增设休息座椅' } });
    expect(await w.call(LI, 'suggestion', 'suggestion.triage', { id: main.id, version: 1, decision: 'merge', text: '', mergeInto: main.id })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await w.call(LI, 'suggestion', 'suggestion.triage', { id: main.id, version: 1, decision: 'decline', text: '' })).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    expect(await w.call(ZHANG, 'suggestion', 'suggestion.triage', { id: main.id, version: 1, decision: 'handle', text: '已安排' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const handled = await w.ok(LI, 'suggestion', 'suggestion.triage', { id: main.id, version: 1, decision: 'handle', text: '物业已安装三张座椅' });
    expect(handled).toMatchObject({ state: 'handled', can: { triage: false } });
    expect(await w.call(LI, 'suggestion', 'suggestion.triage', { id: main.id, version: 2, decision: 'refer', text: '街道' })).toMatchObject({
      ok: false,
      code: 'WRONG_STATE',
    });
    expect(await w.call(CHEN, 'suggestion', 'suggestion.cosign', { id: main.id, on: true })).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  });
});

describe('the ledger', () => {
  it('shows a suggestion past its answer period as overdue, filters and counts', async () => {
    const old = await raise(ZHANG, {}, NOW - 20 * DAY_MS);
    const fresh = await raise(CHEN, { place: '1号楼', title: '1号楼楼道灯不亮' });
    await w.ok(LI, 'suggestion', 'suggestion.enter', {
      ...suggestion({ place: '2号楼', title: '2号楼垃圾桶满溢' }),
      memberId: await idOf(LIU),
      channel: 'box',
    });
    const all = await w.ok(WANG, 'suggestion', 'suggestion.ledger', {});
    expect(all.counts).toMatchObject({ total: 3, overdue: 1, byState: { open: 3, accepted: 0 } });
    expect(all.items.find((s) => s.id === old.id)).toMatchObject({ overdue: true });
    expect(all.items.find((s) => s.id === fresh.id)).toMatchObject({ overdue: false });
    expect((await w.ok(WANG, 'suggestion', 'suggestion.ledger', { age: 'overdue' })).items.map((s) => s.id)).toEqual([old.id]);
    expect((await w.ok(WANG, 'suggestion', 'suggestion.ledger', { building: '１号楼' })).items.map((s) => s.id)).toEqual([fresh.id]);
    expect((await w.ok(WANG, 'suggestion', 'suggestion.ledger', { channel: 'box' })).items.map((s) => s.title)).toEqual(['2号楼垃圾桶满溢']);
    expect((await w.ok(WANG, 'suggestion', 'suggestion.ledger', { age: 'week' })).counts.total).toBe(2);
    expect(await w.call(ZHANG, 'suggestion', 'suggestion.ledger', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('exports every suggestion to .xlsx, names in full for the committee and masked for the supervisors', async () => {
    await raise(ZHANG, { hideName: true }, NOW - 2 * DAY_MS);
    await raise(CHEN, { title: '1号楼楼道灯不亮', place: '1号楼' }, NOW - DAY_MS);
    const s = await raise(LIU, { title: '小区东门加装雨棚' });
    await w.ok(WANG, 'suggestion', 'suggestion.triage', { id: s.id, version: 1, decision: 'refer', text: '转交街道城管科' });

    const rowsOf = async (openid: string) => {
      const file = await w.ok(openid, 'suggestion', 'suggestion.export', {});
      const book = new Workbook();
      await book.xlsx.readFile(w.files.pathOf(file.fileId)!);
      const sheet = book.getWorksheet('群众意见台账')!;
      const rows: string[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      expect(file.rows).toBe(rows.length - 1);
      return rows;
    };
    const committee = await rowsOf(WANG);
    expect(committee[0]).toEqual([
      '提出日期',
      '来源',
      '提出人',
      '标题',
      '涉及楼栋或地点',
      '协商事项',
      '附议人数',
      '状态',
      '答复',
      '答复日期',
      '关联议题',
      '已达法定提议人数',
    ]);
    expect(committee.slice(1).map((r) => r[2])).toEqual(['张伟', '陈静', '刘芳']);
    expect(committee[3]).toEqual(expect.arrayContaining(['小区东门加装雨棚', '已转交办理', '转交其他部门：转交街道城管科']));
    const supervisors = await rowsOf(ZHAO);
    expect(supervisors.slice(1).map((r) => r[2])).toEqual(['匿名', '陈*', '刘*']);
    expect(await w.call(ZHANG, 'suggestion', 'suggestion.export', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('names the exported file after the ledger and the day, in China time', async () => {
    const late = Date.UTC(2026, 10, 21, 17, 0); // 01:00 on the 22nd in China
    const file = await w.ok(WANG, 'suggestion', 'suggestion.export', {}, late);
    expect(file.fileName).toBe('群众意见台账-2026-11-22.xlsx');
    expect(new URL(file.url, 'http://host').searchParams.get('name')).toBe(file.fileName);
  });
});

describe('the public list', () => {
  it('orders by newest or by most co-signed, and says what became of each', async () => {
    const first = await raise(ZHANG, {}, NOW - 2 * DAY_MS);
    const second = await raise(CHEN, { title: '1号楼楼道灯不亮' }, NOW - DAY_MS);
    const third = await raise(LIU, { title: '小区东门加装雨棚' });
    for (const who of [CHEN, LIU, YANG]) await cosign(who, first.id);
    await cosign(ZHANG, second.id);
    await w.ok(WANG, 'suggestion', 'suggestion.triage', { id: second.id, version: 1, decision: 'decline', text: '已列入维修计划，无需协商' });
    const newest = (await w.ok(YANG, 'suggestion', 'suggestion.list', {})).items;
    expect(newest.map((s) => s.id)).toEqual([third.id, second.id, first.id]);
    expect(newest[1]).toMatchObject({ stateLabel: '不予采纳', answer: { text: '已列入维修计划，无需协商' } });
    const cosigned = (await w.ok(YANG, 'suggestion', 'suggestion.list', { sort: 'cosigned' })).items;
    expect(cosigned.map((s) => s.id)).toEqual([first.id, second.id, third.id]);
    expect(cosigned[0]).toMatchObject({ cosigns: 3, cosignedByMe: true, legalThreshold: expect.any(Object) });
  });

  it('is for the community’s members only', async () => {
    await raise(ZHANG);
    expect(await w.call('demo-qian-guilan', 'suggestion', 'suggestion.list', {})).toMatchObject({ ok: true, data: { items: [] } });
    expect(await w.call('demo-visitor', 'suggestion', 'suggestion.list', {})).toMatchObject({ ok: false, code: 'NOT_MEMBER' });
  });
});
