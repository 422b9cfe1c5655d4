import { performance } from 'node:perf_hooks';
import { DAY_MS, VOTE_CLOSE_GRACE_MS } from '@shared';
import type { BallotDoc, ConsultationDoc, CosignDoc, ElectorDoc, GrantDoc, SuggestionDoc, TallyDoc } from '../../cloudfunctions/core/docs';
import { Budget } from '../../cloudfunctions/core/scheduler/budget';
import { countVotes, startCounting } from '../../cloudfunctions/core/voting/countVotes';
import { startSnapshot, writeSnapshot } from '../../cloudfunctions/core/voting/snapshot';
import { cosignId } from '../../cloudfunctions/core/suggestion/cosignId';
import type { CollectionName } from '../../cloudfunctions/core/store/schema';
import type { CountingStore } from '../support/countingStore';
import { completePlan, HE_JING, NOW, openWorld, PNG, recordPriorDiscussion, registerEntry, WANG, WU, ZHANG, type World } from '../support/harness';
import { enterPaperBallots } from '../support/ballots';
import { addLoadMembers } from '../support/loadMembers';
import { writeParkingOpinions } from '../support/parkingThemes';

/**
 * `npm run bench:cost`: what each user-facing action costs in database requests, documents read
 * and documents written, as 幸福里社区 grows to 100, 1,000 and 10,000 extra members (each on the
 * register). The real use cases run on the embedded store through the counting store, which counts
 * requests as the CloudBase adapter would make them (reads paged by 1,000, inserts batched by
 * 1,000). Then a projection for a 街道 of 50,000 members in 10 communities, against CloudBase's
 * basic tier of 30 database requests a second.
 */
const SIZES = [100, 1_000, 10_000];
const PROJECTED = 5_000; // members per community in the 街道 (50,000 / 10), also measured
const COMMUNITIES = 10;
/**
 * CloudBase's basic tier (基础版) as WeChat's 云开发 resource quota page states it, per environment:
 * 30 database requests a second, 50,000 reads and 30,000 writes a day, 200,000 function calls a month.
 */
const BASIC_QPS = 30;
const BASIC_READS_PER_DAY = 50_000;
const BASIC_WRITES_PER_DAY = 30_000;
const BASIC_CALLS_PER_MONTH = 200_000;
/** The projection's assumption: each community runs this many consultations a month, each with a notice and a vote. */
const CONSULTATIONS_PER_MONTH = 2;
const RUN_SECONDS = 60;
const TIMER_MINUTES = 5; // cloudbaserc.json: the scheduler's timer trigger
const SCHEDULER_RUNS_PER_MONTH = (30 * 24 * 60) / TIMER_MINUTES;

/** The seeded 广告招租 consultation: a 居民会议 vote of all residents, its window open at NOW. */
const ADS = 'c-seed-ads';

interface Cost {
  requests: number;
  /** Of the requests, those that write. */
  writes: number;
  read: number;
  written: number;
  ms: number;
  /** Requests per collection, the largest first. */
  byCollection: [CollectionName, number][];
  /** What the action reported, for the notes (electors, a scheduler report…). */
  note?: string;
}

const ACTIONS = [
  'consultation.get（居民看详情）',
  'createDraft + publishNotice（全社区公告）',
  'scheduler 一轮（公告之后）',
  'vote.open（动作本身，居民会议）',
  'ballot.cast（一票）',
  'suggestion.cosign（附议）',
  'vote.close（动作本身）',
  'result.publish（结果公示）',
  'progress.post（落实进展）',
  'implementation.complete（落实完成）',
  'scheduler 一轮（无到期事项）',
  'suggestion.triage（答复，每 10 人 1 人附议）',
  '选民名单任务（名册全体，后台批量）',
  '计票任务（全体已投，后台分页）',
  'meeting.open（开始签到）',
  'meeting.checkIn（居民签到）',
  'meeting.find（按拼音首字母找人）',
  'meeting.checkInFor（代为签到）',
  'screen.get（投屏每 3 秒刷新一次）',
  'vote.enterRoomCount（会场计票）',
  'opinion.themes（意见归纳，300 条意见）',
  'opinion.replyGroup（统一答复 30 条）',
  'family.list（可代办的家人）',
  'family.opinion（家人代提意见）',
  'family.requestProxy（上传委托书）',
  'family.confirmProxy（委员会确认委托书）',
  'family.castFor（家人代投）',
  'me.setCare（长辈模式）',
  'street.commission（街道委托社区协商）',
  'commission.report（社区向街道报告）',
  'street.feedback（街道反馈，告知全体参与者）',
  'street.createJoint（跨社区协商，两社区同时公告）',
  'street.joint（各社区与合计计票）',
  'street.dashboard（街道督导，一次读取）',
] as const;
type Action = (typeof ACTIONS)[number];

const sum = (m: Map<CollectionName, number>) => [...m.values()].reduce((a, b) => a + b, 0);

async function measure(w: World, work: () => Promise<unknown>): Promise<Cost> {
  const store = w.store as CountingStore;
  store.reset();
  const t = performance.now();
  const value = await work();
  const ms = performance.now() - t;
  const byCollection = [...store.requests.entries()].sort((a, b) => b[1] - a[1]);
  return {
    requests: sum(store.requests),
    writes: sum(store.writeRequests),
    read: sum(store.docsRead),
    written: sum(store.docsWritten),
    ms,
    byCollection,
    note: typeof value === 'string' ? value : undefined,
  };
}

/** One member in GRANT_SHARE has accepted one 协商活动通知 and one 表决提醒 (WeChat's one-time subscriptions). */
const GRANT_SHARE = 3;
async function grantSome(w: World, extra: number) {
  const grants: GrantDoc[] = [];
  for (let i = 1; i <= extra; i += GRANT_SHARE) {
    const memberId = `m-load-${String(i).padStart(5, '0')}`;
    for (const template of ['notice', 'vote'] as const) {
      grants.push({ _id: `${memberId}:${template}`, communityId: 'demo-xingfuli', memberId, template, remaining: 1, updatedAt: NOW });
    }
  }
  for (let i = 0; i < grants.length; i += 1000) await w.store.insertMany('grants', grants.slice(i, i + 1000));
}

/** A ballot for every elector of the vote who has none, as paper ballots the committee entered: the count reads them all. */
async function everyoneVoted(w: World) {
  const electors = await w.store.find<ElectorDoc>('electors', { voteId: ADS });
  const cast = new Set((await w.store.find<BallotDoc>('ballots', { voteId: ADS })).map((b) => b._id));
  const missing = electors.filter((e) => !cast.has(e._id));
  await enterPaperBallots(w.store, missing, (i) => (i % 3 === 0 ? 'disagree' : 'agree'), NOW);
}

/** One load member in ten co-signs the suggestion, as records (the co-sign action is measured on its own). */
async function backedByOneInTen(w: World, suggestionId: string, extra: number) {
  const cosigns: CosignDoc[] = [];
  for (let i = 3; i <= extra; i += 10) {
    const memberId = `m-load-${String(i).padStart(5, '0')}`;
    cosigns.push({ _id: cosignId(suggestionId, memberId), communityId: 'demo-xingfuli', suggestionId, memberId, household: memberId, at: NOW });
  }
  for (let i = 0; i < cosigns.length; i += 1000) await w.store.insertMany('cosigns', cosigns.slice(i, i + 1000));
}

/** Every action once, in a seeded world with `extra` load members added to 幸福里社区. */
async function costsAt(extra: number): Promise<{ costs: Map<Action, Cost>; electors: number; members: number }> {
  const w = await openWorld();
  try {
    const voters = await addLoadMembers(w.store, extra);
    await grantSome(w, extra);
    const members = await w.store.count('members', { communityId: 'demo-xingfuli', status: 'active' });
    const costs = new Map<Action, Cost>();
    // The vote first, so the scheduler run below does not open it itself (that is the committee's action measured here).
    await recordPriorDiscussion(w, ADS);
    // The jobs apart from the actions that run them (on a tap, as far as 10 s go; else the scheduler's runs).
    const system = (now: number) => ({ ...w.services, now });
    costs.set(
      ACTIONS[12],
      await measure(w, async () => {
        const c = (await w.store.get<ConsultationDoc>('consultations', ADS))!;
        const started = await startSnapshot(system(NOW), c, ADS);
        await writeSnapshot(system(NOW), c, started.tally, Budget.unlimited(), started);
      }),
    );
    costs.set(ACTIONS[3], await measure(w, () => w.ok(WANG, 'voting', 'vote.open', { consultationId: ADS })));
    const electors = await w.store.count('electors', { consultationId: ADS });
    costs.set(ACTIONS[4], await measure(w, () => w.ok(voters[0], 'voting', 'ballot.cast', { consultationId: ADS, choice: 'agree' })));
    await familyActions(w, costs);
    await meetingActions(w, voters, costs);

    // The run that opens nothing but pushes and sends the vote's news, then one with nothing due: the timer's floor.
    await w.tick(NOW);
    costs.set(ACTIONS[10], await measure(w, () => w.tick(NOW + 1_000)));

    const [suggestion] = await w.store.find<SuggestionDoc>('suggestions', { communityId: 'demo-xingfuli' }, { limit: 1 });
    costs.set(ACTIONS[5], await measure(w, () => w.ok(voters[1], 'suggestion', 'suggestion.cosign', { id: suggestion._id, on: true })));
    await backedByOneInTen(w, suggestion._id, extra);
    const backed = (await w.store.get<SuggestionDoc>('suggestions', suggestion._id))!;
    const answer = { id: backed._id, version: backed.version, decision: 'handle' as const, text: '物业本周办理' };
    costs.set(ACTIONS[11], await measure(w, () => w.ok(WANG, 'suggestion', 'suggestion.triage', answer)));

    let id = '';
    costs.set(
      ACTIONS[1],
      await measure(w, async () => {
        const draft = await w.ok(WANG, 'consultation', 'consultation.createDraft', { requestId: `bench-cost-${extra}`, plan: completePlan(14) });
        id = draft.id;
        await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: draft.id, version: draft.version });
      }),
    );
    costs.set(ACTIONS[0], await measure(w, () => w.ok(ZHANG, 'consultation', 'consultation.get', { id })));
    costs.set(
      ACTIONS[2],
      await measure(w, async () => {
        const run = await w.tick(NOW + 60_000);
        return `推送 ${run.pushed.chunks} 块、入队 ${run.pushed.queued} 条；发送 ${JSON.stringify(run.delivered)}`;
      }),
    );

    await everyoneVoted(w);
    const closesAt = (await w.store.get<ConsultationDoc>('consultations', ADS))!.plan.vote!.closesAt;
    const closedAt = closesAt + VOTE_CLOSE_GRACE_MS;
    costs.set(
      ACTIONS[13],
      await measure(w, async () => {
        const counting = await startCounting(system(closedAt), (await w.store.get<TallyDoc>('tallies', ADS))!);
        await countVotes(system(closedAt), counting, Budget.unlimited());
      }),
    );
    costs.set(ACTIONS[6], await measure(w, () => w.ok(WANG, 'voting', 'vote.close', { consultationId: ADS }, closedAt)));
    await resultActions(w, id, costs);
    await themeActions(w, extra, costs);
    await commissionActions(w, voters, costs);
    await streetActions(w, costs);
    return { costs, electors, members };
  } finally {
    await w.close();
  }
}

/**
 * Meeting day at the 居民会议 of ADS: check-in opened (应到 from the register's counts), a resident
 * checking in, the host finding and checking in another, the hall's screen refreshing, and the
 * room's count of the two present — whose ballots the count job then leaves to the room.
 */
async function meetingActions(w: World, voters: string[], costs: Map<Action, Cost>) {
  const opened = await measure(w, () => w.ok(WANG, 'meeting', 'meeting.open', { consultationId: ADS }));
  costs.set(ACTIONS[14], opened);
  costs.set(ACTIONS[15], await measure(w, () => w.ok(voters[0], 'meeting', 'meeting.checkIn', { consultationId: ADS })));
  costs.set(ACTIONS[16], await measure(w, () => w.ok(WANG, 'meeting', 'meeting.find', { consultationId: ADS, query: 'jm' })));
  costs.set(ACTIONS[17], await measure(w, () => w.ok(WANG, 'meeting', 'meeting.checkInFor', { consultationId: ADS, entryId: 'r-load-m-load-00002' })));
  const meeting = await w.ok(WANG, 'meeting', 'meeting.get', { consultationId: ADS });
  const code = meeting.status === 'none' ? '' : meeting.screen!.code;
  costs.set(ACTIONS[18], await measure(w, () => w.ok(WANG, 'screen', 'screen.get', { code })));
  await w.ok(WANG, 'meeting', 'meeting.close', { consultationId: ADS });
  const evidence = [await w.files.put(PNG)];
  const room = {
    consultationId: ADS,
    method: 'hands' as const,
    counts: { agree: 1, disagree: 0, abstain: 0, silent: 1 },
    teller: '张伟',
    scrutineer: '李秀英',
    evidence,
  };
  costs.set(ACTIONS[19], await measure(w, () => w.ok(WANG, 'voting', 'vote.enterRoomCount', room)));
}

/**
 * 家人代办 in 吴敏's 户 (2号楼1单元201): the list, 徐军's opinion on the seeded 停车 consultation, and his
 * ballot in the open ADS vote — 委托书 sent, confirmed by the committee, cast — then 长辈模式 kept.
 */
async function familyActions(w: World, costs: Map<Action, Cost>) {
  const xu = registerEntry('徐军');
  const [parking] = await w.store.find<ConsultationDoc>('consultations', { 'plan.title': '小区公共停车位设定及管理办法' });
  const evidence = [await w.files.put(PNG)];
  const opinion = { consultationId: parking._id, entryId: xu, requestId: 'bench-family', stance: 'support' as const, text: '老人说东侧划线停车好。' };
  costs.set(ACTIONS[22], await measure(w, () => w.ok(WU, 'participation', 'family.list', {})));
  costs.set(ACTIONS[23], await measure(w, () => w.ok(WU, 'participation', 'family.opinion', opinion)));
  costs.set(ACTIONS[24], await measure(w, () => w.ok(WU, 'voting', 'family.requestProxy', { consultationId: ADS, entryId: xu, evidence })));
  const confirm = { consultationId: ADS, electorId: xu, verdict: 'confirm' as const };
  costs.set(ACTIONS[25], await measure(w, () => w.ok(WANG, 'voting', 'family.confirmProxy', confirm)));
  costs.set(ACTIONS[26], await measure(w, () => w.ok(WU, 'voting', 'family.castFor', { consultationId: ADS, entryId: xu, choice: 'agree' })));
  costs.set(ACTIONS[27], await measure(w, () => w.ok(ZHANG, 'account', 'me.setCare', { care: true })));
}

/** The notice's consultation carried on: its result published, in effect, progress reported, completed. */
async function resultActions(w: World, id: string, costs: Map<Action, Cost>) {
  const doc = async () => (await w.store.get<ConsultationDoc>('consultations', id))!;
  const startsAt = (await doc()).plan.schedule!.startsAt!;
  await w.tick(startsAt);
  const at = startsAt + 3 * 3_600_000;
  const outcome = { text: '东门增设充电桩 20 个。', responsible: '物业服务中心', dueAt: at + 30 * DAY_MS };
  const closed = await w.ok(WANG, 'result', 'outcome.close', { id, version: (await doc()).version, ...outcome }, at);
  costs.set(ACTIONS[7], await measure(w, () => w.ok(WANG, 'result', 'result.publish', { id, version: closed.consultation.version }, at)));
  await w.tick(at + 7 * DAY_MS);
  const later = at + 8 * DAY_MS;
  await w.ok(WANG, 'result', 'implementation.start', { id }, later);
  const post = { consultationId: id, requestId: 'bench-progress', text: '已完成选址。', percent: 40, photos: [], attachments: [] };
  costs.set(ACTIONS[8], await measure(w, () => w.ok(WANG, 'result', 'progress.post', post, later)));
  costs.set(ACTIONS[9], await measure(w, () => w.ok(WANG, 'result', 'implementation.complete', { id, report: '充电桩已安装并投入使用。', photos: [] }, later)));
}

/**
 * 委托协商 on a consultation of its own: 和平街道 commissions 幸福里, whose committee consults (fifty
 * load members applying to attend) and reports up; the street's feedback is one announcement, read
 * by each participant's feed when they open it, however many took part.
 */
async function commissionActions(w: World, voters: string[], costs: Map<Action, Cost>) {
  const matter = {
    requestId: 'bench-commission',
    communityId: 'demo-xingfuli',
    title: '背街小巷夜间停车整治',
    matter: '请社区就背街小巷夜间停车的整治办法征求居民意见。',
    dueOn: '2026-12-31',
  };
  let id = '';
  costs.set(
    ACTIONS[28],
    await measure(w, async () => {
      id = (await w.ok(HE_JING, 'street', 'street.commission', matter)).id;
    }),
  );
  const consultationId = (await w.ok(WANG, 'consultation', 'commission.draft', { id, categoryId: 'services-02' })).consultationId!;
  const saved = await w.ok(WANG, 'consultation', 'consultation.updateDraft', {
    id: consultationId,
    version: 1,
    plan: { ...completePlan(14), title: matter.title },
  });
  await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: consultationId, version: saved.version });
  await takePart(w, consultationId, voters.slice(0, 50));
  const doc = (await w.store.get<ConsultationDoc>('consultations', consultationId))!;
  await w.tick(doc.plan.schedule!.startsAt!);
  const at = doc.plan.schedule!.startsAt! + 3 * 3_600_000;
  const outcome = { text: '单侧划线停车，夜间留出消防通道。', responsible: '物业服务中心', dueAt: at + 30 * DAY_MS };
  await w.ok(
    WANG,
    'result',
    'outcome.close',
    { id: consultationId, version: (await w.store.get<ConsultationDoc>('consultations', consultationId))!.version, ...outcome },
    at,
  );
  costs.set(ACTIONS[29], await measure(w, () => w.ok(WANG, 'consultation', 'commission.report', { id, note: '居民普遍支持。' }, at)));
  const feedback = { id, decision: 'partly' as const, reasons: '夜间巡查由街道城管中队负责。' };
  costs.set(ACTIONS[30], await measure(w, () => w.ok(HE_JING, 'street', 'street.feedback', feedback, at)));
}

/**
 * 和平街道's own work over 幸福里 (grown to the load's size) and 春风: a matter across both published
 * to each at once, its view with each community's count, and the street's dashboard.
 */
async function streetActions(w: World, costs: Map<Action, Cost>) {
  const joint = { requestId: 'bench-joint', plan: completePlan(14), communityIds: ['demo-xingfuli', 'demo-chunfeng'], countRule: 'overall' as const };
  let id = '';
  costs.set(
    ACTIONS[31],
    await measure(w, async () => {
      id = (await w.ok(HE_JING, 'street', 'street.createJoint', joint)).id;
    }),
  );
  costs.set(ACTIONS[32], await measure(w, () => w.ok(HE_JING, 'street', 'street.joint', { id })));
  costs.set(ACTIONS[33], await measure(w, () => w.ok(HE_JING, 'street', 'street.dashboard', {})));
}

/** Those members take part in the consultation: each applies to attend, through the action. */
async function takePart(w: World, consultationId: string, members: string[]) {
  for (const openid of members) {
    await w.ok(openid, 'participation', 'attendance.set', { consultationId, kind: 'participant' });
  }
}

/**
 * 意见归纳 on a consultation of its own (so the others' figures stay as they were): the 300 parking
 * opinions written for the theme tests, then one reply to 30 opinions of its heaviest theme. Both
 * grow with the opinions they read or answer, never with the community.
 */
async function themeActions(w: World, extra: number, costs: Map<Action, Cost>) {
  const draft = await w.ok(WANG, 'consultation', 'consultation.createDraft', { requestId: `bench-themes-${extra}`, plan: completePlan(14) });
  await w.ok(WANG, 'consultation', 'consultation.publishNotice', { id: draft.id, version: draft.version });
  await writeParkingOpinions(w.store, (await w.store.get<ConsultationDoc>('consultations', draft.id))!, NOW);
  let theme: string[] = [];
  costs.set(
    ACTIONS[20],
    await measure(w, async () => {
      theme = (await w.ok(WANG, 'participation', 'opinion.themes', { consultationId: draft.id })).themes[0].opinionIds.slice(0, 30);
    }),
  );
  const reply = {
    consultationId: draft.id,
    requestId: `bench-reply-${extra}`,
    opinionIds: theme,
    decision: 'partly' as const,
    reason: '部分采纳，详见协商意见',
  };
  costs.set(ACTIONS[21], await measure(w, () => w.ok(WANG, 'participation', 'opinion.replyGroup', reply)));
}

const n = (x: number) => x.toLocaleString('en-US');
const pad = (s: string, width: number) => {
  // CJK characters take two columns in a terminal.
  const cols = [...s].reduce((a, ch) => a + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, width - cols));
};

/** A month of the 街道 and its busiest day, against the basic tier's daily and monthly quotas. */
function monthAndDay(total: number, writes: number, calls: number, idle: Cost) {
  const perMonth = CONSULTATIONS_PER_MONTH * COMMUNITIES;
  const idleRequests = SCHEDULER_RUNS_PER_MONTH * idle.requests;
  const monthRequests = perMonth * total + idleRequests;
  const monthWrites = perMonth * writes + SCHEDULER_RUNS_PER_MONTH * idle.writes;
  const monthCalls = perMonth * calls + SCHEDULER_RUNS_PER_MONTH;
  const over: string[] = [];
  const times = (x: number, quota: number, what: string) => {
    if (x > quota) over.push(what);
    return `基础版额度的 ${((100 * x) / quota).toFixed(0)}%`;
  };
  const reads = (r: number, when: string) => `读 ${n(r)}（${times(r, BASIC_READS_PER_DAY, `${when}的读`)}）`;
  const wrote = (w: number, when: string) => `写 ${n(w)}（${times(w, BASIC_WRITES_PER_DAY, `${when}的写`)}）`;
  console.log(
    `  每月（每社区 ${CONSULTATIONS_PER_MONTH} 个议题，scheduler 每月 ${n(SCHEDULER_RUNS_PER_MONTH)} 轮、无事时每轮 ${idle.requests} 次请求）：` +
      `${n(monthRequests)} 次请求，其中 scheduler 空转 ${n(idleRequests)}；云函数调用 ${n(monthCalls)} 次（${times(monthCalls, BASIC_CALLS_PER_MONTH, '每月云函数调用').replace('基础版额度', `基础版每月 ${n(BASIC_CALLS_PER_MONTH)} 次`)}）`,
  );
  console.log(
    `  平均每天：${reads(Math.round((monthRequests - monthWrites) / 30), '平均每天')}，${wrote(Math.round(monthWrites / 30), '平均每天')}；基础版每天读 ${n(BASIC_READS_PER_DAY)}、写 ${n(BASIC_WRITES_PER_DAY)}`,
  );
  console.log(`  最忙的一天（一个社区的议题当天看完、投完）：${reads(total - writes, '最忙一天')}，${wrote(writes, '最忙一天')}`);
  console.log(
    over.length === 0
      ? '  套餐：基础版的每日读写与每月调用额度都够用'
      : `  套餐：${over.join('、')}超出基础版额度：需开通超限按量付费，或选每日读写额度更高的套餐`,
  );
}

async function main() {
  const started = performance.now();
  const runs = new Map<number, Awaited<ReturnType<typeof costsAt>>>();
  for (const size of [...SIZES, PROJECTED].sort((a, b) => a - b)) {
    const t = performance.now();
    runs.set(size, await costsAt(size));
    console.error(`  （+${n(size)} 名成员：${((performance.now() - t) / 1000).toFixed(1)} s）`);
  }

  console.log('每个操作的数据库开销（嵌入式存储经计数包装；请求数按 CloudBase 适配器计：读每页 1,000 条，批量写每批 1,000 条）');
  console.log('幸福里社区在种子数据之上另加 N 名已审核成员，每人都在名册上。格式：请求 / 读文档 / 写文档');
  const shown = SIZES;
  const head = pad('操作', 44) + shown.map((s) => pad(`N = ${n(s)}`, 26)).join('') + '比值 10,000/100（请求）';
  console.log(head);
  console.log('-'.repeat(head.length + 20));
  for (const action of ACTIONS) {
    const cells = shown.map((s) => {
      const c = runs.get(s)!.costs.get(action)!;
      return pad(`${n(c.requests)} / ${n(c.read)} / ${n(c.written)}`, 26);
    });
    const small = runs.get(SIZES[0])!.costs.get(action)!;
    const large = runs.get(SIZES[SIZES.length - 1])!.costs.get(action)!;
    const ratio = large.requests / small.requests;
    const docs = (large.read + large.written) / Math.max(1, small.read + small.written);
    const grows = ratio > 1.5 || docs > 1.5 ? '  ← 随社区增长' : '';
    console.log(pad(action, 44) + cells.join('') + `${ratio.toFixed(1)}×（文档 ${docs.toFixed(1)}×）${grows}`);
  }
  console.log('');
  const largest = SIZES[SIZES.length - 1];
  console.log(`请求按集合（N = ${n(largest)}）：`);
  for (const action of ACTIONS) {
    const parts = runs
      .get(largest)!
      .costs.get(action)!
      .byCollection.slice(0, 4)
      .map(([coll, k]) => `${coll} ${n(k)}`);
    console.log(pad(`  ${action}`, 46) + parts.join('，'));
  }
  console.log('');
  console.log('耗时（嵌入式存储，仅供参考）：');
  for (const action of ACTIONS) {
    console.log(pad(`  ${action}`, 46) + shown.map((s) => pad(`${runs.get(s)!.costs.get(action)!.ms.toFixed(0)} ms`, 26)).join(''));
  }
  console.log(
    `说明：每 ${GRANT_SHARE} 名新增成员中 1 人持有“协商活动通知”和“表决提醒”各一次授权；公告之后的这一轮推送这条公告（每位持有人 1 条）并全部发送；表决开启的推送已由之前一轮送出。`,
  );
  for (const s of shown) {
    const r = runs.get(s)!;
    console.log(`  N = ${n(s)}：社区共 ${n(r.members)} 名成员，选民（名册）${n(r.electors)} 人；这一轮发送 ${r.costs.get(ACTIONS[2])!.note}`);
  }

  // The projection: one community of PROJECTED members, measured, then ten of them.
  const p = runs.get(PROJECTED)!;
  const c = (a: Action) => p.costs.get(a)!;
  const electors = p.electors;
  const members = p.members;
  const grantHolders = Math.ceil(PROJECTED / GRANT_SHARE);
  // One consultation in one community: [how many times, action]; each time is one function call.
  const parts: [string, number, Action][] = [
    ['发布', 1, ACTIONS[1]],
    ['发送', 1, ACTIONS[2]],
    ['详情', members, ACTIONS[0]],
    ['开启', 1, ACTIONS[3]],
    ['选民名单', 1, ACTIONS[12]],
    ['投票', electors, ACTIONS[4]],
    ['封存', 1, ACTIONS[6]],
    ['计票', 1, ACTIONS[13]],
    ['结果', 1, ACTIONS[7]],
    ['进展', 1, ACTIONS[8]],
    ['完成', 1, ACTIONS[9]],
  ];
  const of = (pick: (k: Cost) => number) => parts.reduce((a, [, times, action]) => a + times * pick(c(action)), 0);
  const total = of((k) => k.requests);
  const writes = of((k) => k.writes);
  // The jobs run inside the tap (or the scheduler's run): no function call of their own.
  const jobs: Action[] = [ACTIONS[12], ACTIONS[13]];
  const calls = parts.reduce((a, [, times, action]) => a + (jobs.includes(action) ? 0 : times), 0);
  console.log('');
  console.log(
    `推算：一个街道 ${n(PROJECTED * COMMUNITIES)} 名成员，${COMMUNITIES} 个社区，每社区 ${n(members)} 名成员（实测 +${n(PROJECTED)}），选民 ${n(electors)} 人`,
  );
  console.log(`假设：每个议题发布一次公告；每 ${GRANT_SHARE} 名成员中 1 人订阅了通知（约 ${n(grantHolders)} 人），公告之后的一轮 scheduler 推送并发送全部；`);
  console.log(
    '      每名成员看一次详情；每名选民网上投一票（不改票、无纸质票）；开启、封存、结果公示、一次进展、落实完成各一次；不计列表、意见、我的等其他页面。',
  );
  console.log(
    `  每个议题的数据库请求：${parts.map(([label, times, action]) => `${label} ${n(times * c(action).requests)}`).join(' + ')} = ${n(total)}（其中写 ${n(writes)}）`,
  );
  console.log(`  街道 ${COMMUNITIES} 个社区各一个议题：${n(total * COMMUNITIES)} 次请求`);
  monthAndDay(total, writes, calls, c(ACTIONS[10]));
  /** The requests of an action with the job it runs on the tap, spent within one run. */
  const peak = (label: string, ...actions: Action[]) => {
    const requests = actions.reduce((sum, a) => sum + c(a).requests, 0);
    const one = requests / RUN_SECONDS;
    const all = one * COMMUNITIES;
    const verdict = (q: number) => (q <= BASIC_QPS ? '未超' : `超出 ${(q / BASIC_QPS).toFixed(1)}×`);
    const seconds = requests / BASIC_QPS;
    const fits = seconds <= RUN_SECONDS ? '' : `；按 ${BASIC_QPS} QPS 独占也要 ${seconds.toFixed(0)} s，超过一次 ${RUN_SECONDS} s 运行`;
    console.log(
      `  峰值（${label}，${n(requests)} 次请求在一次 ${RUN_SECONDS} s 函数运行内用完）：一个社区 ${one.toFixed(1)} QPS（${verdict(one)}），` +
        `${COMMUNITIES} 个社区同一分钟 ${all.toFixed(1)} QPS（${verdict(all)}）；基础版上限 ${BASIC_QPS} QPS${fits}`,
    );
  };
  peak('发布公告', ACTIONS[1]);
  peak('封存计票，含计票任务', ACTIONS[6], ACTIONS[13]);
  peak('开启表决，含选民名单任务', ACTIONS[3], ACTIONS[12]);
  const castsPerSecond = BASIC_QPS / c(ACTIONS[4]).requests;
  console.log(`  投票：每票 ${c(ACTIONS[4]).requests} 次请求，基础版 ${BASIC_QPS} QPS 可承受约 ${castsPerSecond.toFixed(1)} 票/秒（整个环境共用）`);
  console.log(
    `  公告送达：${n(members)} 名成员在“消息”中读到（无逐人写入）；约 ${n(grantHolders)} 名订阅者由下一轮 scheduler（每 ${TIMER_MINUTES} 分钟）推送：${c(ACTIONS[2]).note ?? ''}`,
  );
  const screen = c(ACTIONS[18]).requests;
  console.log(
    `  投屏：每次刷新 ${screen} 次请求，每 3 秒一次，一块投屏 ${(screen / 3).toFixed(1)} QPS，与到会人数无关；${COMMUNITIES} 个社区同时开会 ${((screen / 3) * COMMUNITIES).toFixed(1)} QPS`,
  );
  console.log(
    `  scheduler 每 ${TIMER_MINUTES} 分钟一轮；一轮公告发送 ${n(c(ACTIONS[2]).requests)} 次请求，按 ${RUN_SECONDS} s 计 ${(c(ACTIONS[2]).requests / RUN_SECONDS).toFixed(1)} QPS`,
  );
  console.log('');
  console.log(`总耗时 ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
