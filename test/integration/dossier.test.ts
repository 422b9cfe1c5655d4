import { readFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { makePdf } from '../support/documents';
import {
  ATTENDANCE_KINDS,
  AUDIT_ENTITIES,
  BALLOT_CHANNELS,
  CHANNELS,
  CHOICES,
  DAY_MS,
  ENTRY_STATES,
  FORMS,
  MEMBER_STATUSES,
  MODERATION_STATES,
  OBJECTION_STATES,
  REPLY_DECISIONS,
  ROLES,
  RULE_KINDS,
  SCOPE_KINDS,
  STANCES,
  STATES,
  TENURES,
  TRANSITIONS,
  VOTE_CLOSE_GRACE_MS,
} from '@shared';
import type { ConsultationDoc } from '../../cloudfunctions/core/docs';
import { COLLECTION_NAMES } from '../../cloudfunctions/core/store/schema';
import { completePlan, LI, openWorld, PNG, recordPriorDiscussion, registerEntry, WANG, YANG, ZHANG, ZHAO, type World } from '../support/harness';

const CHEN = 'demo-chen-jing';
const LIU = 'demo-liu-fang';
/** A '/' no file name may hold: the dossier's files are named after the title all the same. */
const TITLE = '1号楼加装电梯/外墙修缮';
const FILE_NAME = '一事一档-1号楼加装电梯 外墙修缮';

let w: World;
beforeAll(async () => {
  w = await openWorld();
});
afterAll(() => w.close());

const PROPOSAL = '加装电梯方案.pdf';
let requestNo = 0;
const req = () => `req-dossier-${++requestNo}`;
const doc = async (id: string) => (await w.store.get<ConsultationDoc>('consultations', id))!;
const version = async (id: string) => (await doc(id)).version;

/**
 * 1号楼's owners decide on a lift, as far as a consultation goes: an edited plan, attendance,
 * opinions online, on paper and entered for someone, an owners' vote with paper and proxy ballots
 * that fails its quorum, a secret second round at the 居民会议, an objection upheld (复议) and one
 * dismissed, progress past its deadline, completion, ratings, and the seal.
 */
async function wholeWay(): Promise<{ id: string; at: number }> {
  const plan = { ...completePlan(16), title: TITLE };
  const startsAt = plan.schedule.startsAt;
  const scope = { kind: 'owners' as const, buildings: ['1号楼'] };
  const ownersVote = {
    question: '同意1号楼加装电梯',
    rule: 'owners_ordinary' as const,
    scope,
    opensAt: startsAt,
    closesAt: startsAt + 2 * DAY_MS,
    secret: false,
  };
  const draft = await w.ok(WANG, 'consultation', 'consultation.createDraft', { requestId: req(), plan: { ...plan, scope, vote: ownersVote } });
  const { id } = draft;
  const proposal = [{ fileId: await w.files.putDocument(makePdf('Lift proposal'), PROPOSAL), name: PROPOSAL }];
  await w.ok(WANG, 'consultation', 'consultation.updateDraft', {
    id,
    version: 1,
    plan: { ...plan, scope, vote: ownersVote, place: '1号楼架空层', attachments: proposal },
  });
  await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id, version: 2 });

  await w.ok(ZHANG, 'participation', 'attendance.set', { consultationId: id, kind: 'participant' });
  await w.ok(WANG, 'participation', 'attendance.confirm', { consultationId: id, memberId: 'm-zhang-wei' });
  await w.ok(CHEN, 'participation', 'attendance.set', { consultationId: id, kind: 'observer' });
  await w.ok(LI, 'participation', 'attendance.set', { consultationId: id, kind: 'absent' });

  let at = startsAt;
  await w.tick(at);
  const photo = await w.files.put(PNG);
  const online = await w.ok(
    ZHANG,
    'participation',
    'opinion.submit',
    { consultationId: id, requestId: req(), stance: 'support', text: '老人上下楼太难，支持加装。', photos: [photo], channel: 'online' },
    at,
  );
  const written = await w.ok(
    WANG,
    'participation',
    'opinion.recordOnBehalf',
    {
      consultationId: id,
      requestId: req(),
      memberId: 'm-li-xiuying',
      channel: 'written',
      stance: 'suggestion',
      text: '一楼住户的采光要考虑。',
      evidence: [await w.files.put(PNG)],
    },
    at,
  );
  await w.ok(LI, 'participation', 'opinion.respondToEntry', { opinionId: written.id, verdict: 'confirm' }, at);
  await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: online.id, decision: 'adopted', reason: '已纳入方案' }, at);
  await w.ok(WANG, 'participation', 'opinion.reply', { opinionId: written.id, decision: 'partly', reason: '选用玻璃井道' }, at);

  // The scheduler opened the vote with the meeting (its opening time): nobody taps 开始表决.
  expect((await doc(id)).status).toBe('voting');
  await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: id, choice: 'disagree' }, at);
  await w.ok(ZHANG, 'voting', 'ballot.cast', { consultationId: id, choice: 'agree' }, at);
  await w.ok(
    WANG,
    'voting',
    'ballot.enterPaper',
    { consultationId: id, electorId: 'demo-xingfuli-owner-郭强', choice: 'agree', channel: 'paper', evidence: [await w.files.put(PNG)] },
    at,
  );
  await w.ok(
    WANG,
    'voting',
    'ballot.enterPaper',
    {
      consultationId: id,
      electorId: 'demo-xingfuli-owner-李秀英',
      choice: 'abstain',
      channel: 'proxy',
      evidence: [await w.files.put(PNG)],
      proxyMemberId: 'm-yang-lei',
      proxyEvidence: [await w.files.put(PNG)],
    },
    at,
  );
  await w.ok(LI, 'voting', 'ballot.respond', { consultationId: id, verdict: 'confirm' }, at);
  at = ownersVote.closesAt + VOTE_CLOSE_GRACE_MS;
  await w.tick(at);

  const meeting = {
    question: '提交居民会议：1号楼加装电梯',
    rule: 'residents_meeting' as const,
    scope: { kind: 'residents' as const },
    opensAt: at,
    closesAt: at + DAY_MS,
    secret: true,
  };
  await w.ok(WANG, 'result', 'outcome.escalate', { id, version: await version(id), reason: '业主表决未达法定人数', vote: meeting }, at);
  await recordPriorDiscussion(w, id, at);
  await w.ok(WANG, 'voting', 'vote.open', { consultationId: id }, at);
  await w.ok(CHEN, 'voting', 'ballot.cast', { consultationId: id, choice: 'disagree' }, at);
  await w.ok(YANG, 'voting', 'ballot.cast', { consultationId: id, choice: 'agree' }, at);
  await w.ok(
    WANG,
    'voting',
    'ballot.enterPaper',
    { consultationId: id, electorId: registerEntry('黄丽'), choice: 'agree', channel: 'paper', evidence: [await w.files.put(PNG)] },
    at,
  );
  // The 居民会议 meets in the hall: 陈静 comes (her ballot online is then counted in the room), 郑华 by proxy.
  await w.ok(WANG, 'meeting', 'meeting.open', { consultationId: id }, at);
  await w.ok(CHEN, 'meeting', 'meeting.checkIn', { consultationId: id }, at);
  await w.ok(
    WANG,
    'meeting',
    'meeting.checkInFor',
    { consultationId: id, entryId: registerEntry('郑华'), proxy: { name: '郑小华', evidence: [await w.files.put(PNG)] } },
    at,
  );
  await w.ok(WANG, 'meeting', 'meeting.close', { consultationId: id }, at);
  await w.ok(
    WANG,
    'voting',
    'vote.enterRoomCount',
    {
      consultationId: id,
      method: 'box',
      counts: { agree: 1, disagree: 0, abstain: 0, silent: 1 },
      teller: '张伟',
      scrutineer: '李秀英',
      evidence: [await w.files.put(PNG)],
    },
    at,
  );
  at = meeting.closesAt + VOTE_CLOSE_GRACE_MS;
  await w.tick(at);
  const draftMinutes = await w.ok(WANG, 'meeting', 'meeting.minutes', { consultationId: id }, at);
  const minutes = {
    consultationId: id,
    recorder: '李秀英',
    agenda: draftMinutes.agenda,
    speeches: [{ speaker: '陈静', text: '一楼采光要保证。' }],
    decisions: '会议表决未达法定人数。',
  };
  const saved = await w.ok(WANG, 'meeting', 'meeting.saveMinutes', { ...minutes, version: draftMinutes.version }, at);
  await w.ok(LI, 'meeting', 'meeting.confirmMinutes', { consultationId: id, version: saved.version, as: 'recorder' }, at);
  await w.ok(WANG, 'meeting', 'meeting.confirmMinutes', { consultationId: id, version: saved.version, as: 'host' }, at);

  const outcome = { text: '加装电梯，费用按面积分摊。', responsible: '1号楼业主代表', dueAt: at + 20 * DAY_MS };
  const writtenOutcome = await w.ok(WANG, 'result', 'outcome.write', { id, version: await version(id), ...outcome }, at);
  await w.ok(WANG, 'result', 'result.publish', { id, version: writtenOutcome.consultation.version }, at);
  const upheld = await w.ok(LIU, 'result', 'objection.file', { consultationId: id, requestId: req(), reason: '一楼住户意见未充分听取' }, at);
  await w.ok(CHEN, 'result', 'objection.file', { consultationId: id, requestId: req(), reason: '费用分摊不公' }, at);
  await w.ok(WANG, 'result', 'objection.answer', { objectionId: upheld.id, decision: 'uphold', reason: '补充听取一楼住户意见' }, at);
  const closed = await w.ok(WANG, 'result', 'outcome.close', { id, version: await version(id), ...outcome, text: '加装电梯，一楼住户适当补偿。' }, at);
  await w.ok(WANG, 'result', 'result.publish', { id, version: closed.consultation.version }, at);
  const dismissed = await w.ok(LIU, 'result', 'objection.file', { consultationId: id, requestId: req(), reason: '补偿标准太低' }, at);
  await w.ok(WANG, 'result', 'objection.answer', { objectionId: dismissed.id, decision: 'dismiss', reason: '补偿标准经业主大会确定' }, at);

  at += 7 * DAY_MS;
  await w.tick(at);
  await w.ok(WANG, 'result', 'implementation.start', { id }, at);
  await w.ok(
    WANG,
    'result',
    'progress.post',
    { consultationId: id, requestId: req(), text: '井道基础已完工', percent: 40, photos: [await w.files.put(PNG)] },
    at,
  );
  at = outcome.dueAt + DAY_MS;
  await w.tick(at);
  await w.ok(WANG, 'result', 'implementation.complete', { id, report: '电梯已通过验收并投入使用', photos: [await w.files.put(PNG)] }, at);
  await w.ok(ZHANG, 'result', 'evaluation.submit', { consultationId: id, score: 4 }, at);
  await w.ok(ZHANG, 'result', 'evaluation.submit', { consultationId: id, score: 5, comment: '上下楼方便多了' }, at);
  await w.ok(LI, 'result', 'evaluation.submit', { consultationId: id, score: 3 }, at);
  await w.ok(WANG, 'result', 'archive.seal', { id }, at);
  return { id, at };
}

/** Every id the store holds — documents', members', units', votes', files' — which no printed word may be. */
async function everyId(): Promise<Set<string>> {
  const ids = new Set<string>();
  const idKey = /^(_id|openid|by|voters|photos|evidence|proxyEvidence|household)$|(Id|Ids|By)$/;
  const collect = (value: unknown, key: string) => {
    if (typeof value === 'string' && idKey.test(key)) {
      ids.add(value);
      // A stored file id is local:<name>; its name is what a URL shows.
      if (value.startsWith('local:')) ids.add(value.slice('local:'.length));
    } else if (Array.isArray(value)) value.forEach((v) => collect(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  for (const c of COLLECTION_NAMES) for (const d of await w.store.find(c, {})) collect(d, '');
  return ids;
}

/** The English values of every label table: none of them is a word in the dossier. */
const CODES = [
  ...STATES,
  ...Object.keys(TRANSITIONS),
  ...MEMBER_STATUSES,
  ...ROLES,
  ...TENURES,
  ...ATTENDANCE_KINDS,
  ...STANCES,
  ...CHANNELS,
  ...BALLOT_CHANNELS,
  ...CHOICES,
  ...OBJECTION_STATES,
  ...REPLY_DECISIONS,
  ...ENTRY_STATES,
  ...MODERATION_STATES,
  ...RULE_KINDS,
  ...FORMS,
  ...SCOPE_KINDS,
  ...AUDIT_ENTITIES,
  'applied',
  'cast',
  'system',
];

/** What people read in the printable page: its title and the text of its body, markup and styles left out. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function expectReadable(text: string, ids: Set<string>) {
  const found = [...ids].filter((id) => text.includes(id));
  expect(found).toEqual([]);
  expect(text.match(/\b[a-z]+\.[a-z][A-Za-z]+\b/g)).toBeNull();
  expect(text.match(new RegExp(`\\b(${CODES.join('|')})\\b`, 'g'))).toBeNull();
  expect(text).not.toMatch(/\(v\d|（v\d/);
  expect(text).not.toMatch(/㎡\s*㎡/);
  expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  // Brackets inside brackets (a label with its own inside a sentence's) read as a mistake in print.
  expect(text.match(/.{0,30}（[^（）\n]*（.{0,30}/g)).toBeNull();
  expect(text).not.toMatch(/居（村）/);
}

describe('the exported dossier of a consultation that went the whole way', () => {
  let out: Awaited<ReturnType<typeof exported>>;
  async function exported() {
    const { id, at } = await wholeWay();
    return w.ok(ZHAO, 'result', 'archive.export', { id }, at);
  }
  beforeAll(async () => {
    out = await exported();
  }, 60_000);

  /** Each sheet's rows as the cells' text, the header row first. */
  async function sheets(): Promise<Map<string, string[][]>> {
    const book = new Workbook();
    await book.xlsx.readFile(w.files.pathOf(out.xlsxFileId)!);
    return new Map(
      book.worksheets.map((s) => {
        const rows: string[][] = [];
        s.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
        return [s.name, rows];
      }),
    );
  }
  const column = (rows: string[][], name: string) => rows.slice(1).map((r) => r[rows[0].indexOf(name)]);

  it('reads in words in every sheet of the workbook: no id, no code, no version, one ㎡', async () => {
    const ids = await everyId();
    const book = await sheets();
    expect(book.size).toBe(12);
    for (const [name, rows] of book) {
      expect(rows.length).toBeGreaterThan(name === '表决范围' ? 10 : 1);
      expectReadable([name, ...rows.flat()].join('\n'), ids);
    }
  });

  it('holds the meeting’s minutes with every part, and who came, how and who checked them in', async () => {
    const rows = new Map(
      (await sheets())
        .get('会议签到与纪要')!
        .slice(1)
        .map(([k, v]) => [k, v]),
    );
    expect(rows.get('会议')).toMatch(/^第2轮，.+开始签到，.+结束签到$/);
    expect(rows.get('地点')).toBe('1号楼架空层');
    expect(rows.get('主持人')).toBe('王建国');
    expect(rows.get('应到／实到')).toMatch(/^应到 \d+ 人（签到开始之日的名册），实到 2 人$/);
    expect(rows.get('到会名单')!.split('、').sort()).toEqual(['郑华', '陈静'].sort());
    expect(rows.get('会场计票')).toMatch(/^投票箱表决：同意 1，反对 0，弃权 0，未表态 1；计票人 张伟，监票人 李秀英；计票单照片 1张；录入人 王建国/);
    expect(rows.get('记录人')).toBe('李秀英');
    expect(rows.get('议程')).toContain('提交居民会议：1号楼加装电梯');
    expect(rows.get('发言')).toBe('陈静：一楼采光要保证。');
    expect(rows.get('决定事项')).toBe('会议表决未达法定人数。');
    expect(rows.get('纪要确认')).toMatch(/^记录人 李秀英（1号楼2单元101）（.+）；主持人 王建国（1号楼1单元201）（.+）$/);
    expect([...rows.keys()].filter((k) => k.startsWith('签到：')).sort()).toEqual(['签到：陈静（2号楼1单元101）', '签到：郑华（3号楼1单元101）'].sort());
    expect(rows.get('签到：郑华（3号楼1单元101）')).toMatch(/^委托代理人到会（代理人 郑小华，委托书照片 1张），.+，经办 王建国/);
  });

  it('reads in words in every table of the printable page', async () => {
    const ids = await everyId();
    const html = await readFile(w.files.pathOf(out.htmlFileId)!, 'utf8');
    expect(html).not.toContain('（无）'); // every part has something in it
    expectReadable(textOf(html), ids);
  });

  it('says rounds as 第N轮, households as addresses, areas once in ㎡ and actions as what was done', async () => {
    const book = await sheets();
    const electors = book.get('表决范围')!;
    expect(new Set(column(electors, '轮次'))).toEqual(new Set(['第1轮', '第2轮']));
    expect(column(electors, '户').every((h) => /^\d号楼\d单元\d{3}$/.test(h))).toBe(true);
    expect(
      column(electors, '面积')
        .filter(Boolean)
        .every((a) => /^\d+\.\d{2} ㎡$/.test(a)),
    ).toBe(true);
    expect(column(book.get('选票')!, '轮次').sort()).toEqual(['第1轮', '第1轮', '第1轮', '第2轮', '第2轮', '第2轮']);
    expect(column(book.get('计票结果')!, '同意')[0]).toMatch(/^\d+人，\d+\.\d{2} ㎡$/);
    const audit = book.get('操作记录')!;
    expect(audit).toContainEqual(expect.arrayContaining(['确认参会', '参会报名：张伟（1号楼1单元101）', '已报名', '已确认']));
    const actions = column(audit, '操作');
    expect(actions).toEqual(
      expect.arrayContaining(['创建议题', '修改协商方案', '发布公告', '录入纸质或委托选票', '本人确认代录的选票', '采纳异议', '落实逾期', '归档']),
    );
    const plan = new Map(book.get('议题与结果')!.map((row) => [row[0], row[1]]));
    expect(plan.get('方案附件')).toMatch(new RegExp(`^${PROPOSAL}（PDF，\\d+ B，SHA-256：[0-9a-f]{64}）$`));
    // 张伟's changed rating and his confirmed attendance are both version 2 of records with the same
    // id (consultation:member): each keeps its own event.
    expect(actions).toEqual(expect.arrayContaining(['确认参会', '满意度评价', '修改满意度评价']));
    expect(actions).not.toContain('其他操作');
    expect(column(audit, '之后')).not.toContain('其他状态');
  });

  it('downloads under the consultation’s title, and the printed page is titled so', async () => {
    expect(out).toMatchObject({ xlsxFileName: `${FILE_NAME}.xlsx`, htmlFileName: `${FILE_NAME}.html` });
    expect(new URL(out.xlsxUrl, 'http://host').searchParams.get('name')).toBe(`${FILE_NAME}.xlsx`);
    const html = await readFile(w.files.pathOf(out.htmlFileId)!, 'utf8');
    expect(html).toContain(`<title>${FILE_NAME}</title>`);
  });
});
