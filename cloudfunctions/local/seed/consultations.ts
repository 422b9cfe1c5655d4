import type { ActionName, PayloadOf, PlanDraft, PlanRecord, ResultOf, TransitionName } from '@shared';
import { DAY_MS, TRANSITIONS, fromChinaDateTimeParts, toChinaDateTimeParts } from '@shared';
import { appendAudit } from '../../core/audit';
import { zeroCounts } from '../../core/consultation/counts';
import type { CommunityDoc, ConsultationDoc, TimelineEntry } from '../../core/docs';
import { runFunction } from '../../core/functionKit';
import type { Services } from '../../core/context';
import type { Store } from '../../core/store/port';
import { FUNCTIONS } from '../../functions';
import { HAPPY } from './registry';

/** A China-time wall-clock hour `days` after `now`, so seeded meetings fall at sensible times. */
function dayAt(now: number, days: number, hhmm: string): number {
  return fromChinaDateTimeParts(toChinaDateTimeParts(now + days * DAY_MS).date, hhmm);
}

/** Goes through the real function, as the committee member would, at a moment in the past. */
async function call<F extends 'consultation', A extends ActionName<F>>(
  services: Services,
  openid: string,
  at: number,
  action: A,
  payload: PayloadOf<F, A>,
): Promise<ResultOf<F, A>> {
  const res = await runFunction(FUNCTIONS.consultation, { action, payload }, { ...services, openid, now: at });
  if (!res.ok) throw new Error(`seeding ${action} failed: ${res.code} ${res.message}`);
  return res.data as ResultOf<F, A>;
}

async function draft(services: Services, openid: string, at: number, key: string, plan: PlanDraft) {
  return call(services, openid, at, 'consultation.createDraft', { requestId: `seed-${key}`, plan });
}

async function announce(services: Services, openid: string, at: number, key: string, plan: PlanDraft) {
  const saved = await draft(services, openid, at, key, plan);
  await call(services, openid, at + 3_600_000, 'consultation.publishNotice', { id: saved.id, version: saved.version });
  return saved.id;
}

export async function seedHappyConsultations(services: Services, now: number) {
  const wang = 'demo-wang-jianguo';
  const li = 'demo-li-xiuying';

  await draft(services, li, now - 2 * DAY_MS, 'lift', {
    title: '2号楼加装电梯方案',
    categoryId: 'services-01',
    background: '2号楼多位老年住户上下楼困难，提议加装电梯，需商议费用分摊与施工安排。',
    forms: ['meeting', 'written'],
    scope: { kind: 'owners', buildings: ['2号楼'] },
    // Adding a lift is 改建 of the building (民法典 第278条 (七)): a major matter for its owners.
    vote: {
      question: '同意在2号楼加装电梯，费用按楼层分摊',
      rule: 'owners_major',
      scope: { kind: 'owners', buildings: ['2号楼'] },
      opensAt: dayAt(now, 20, '08:00'),
      closesAt: dayAt(now, 27, '20:00'),
      secret: false,
    },
  });

  await announce(services, wang, now - DAY_MS, 'parking', {
    title: '小区公共停车位设定及管理办法',
    categoryId: 'services-02',
    background: '小区车辆增多，夜间乱停占用消防通道。拟在东侧空地划定公共停车位，并商议管理与收费办法。',
    forms: ['meeting', 'online', 'written'],
    schedule: { startsAt: dayAt(now, 10, '19:00'), endsAt: dayAt(now, 10, '21:00') },
    place: '社区党群服务中心二楼会议室',
    host: '王建国',
    scope: { kind: 'residents' },
    participantsNote: '全体居民；物业服务企业、业主委员会代表列席',
    noticeDays: 7,
  });

  await announce(services, li, now - 2 * DAY_MS, 'fitness', {
    title: '健身器材选址',
    categoryId: 'public-welfare-05',
    background: '街道配发一批室外健身器材，需确定安放位置，兼顾使用便利与低层住户的休息。',
    forms: ['meeting', 'online'],
    schedule: { startsAt: dayAt(now, 6, '09:30'), endsAt: dayAt(now, 6, '11:00') },
    place: '3号楼前小广场',
    host: '李秀英',
    scope: { kind: 'households' },
    noticeDays: 5,
  });

  const started = dayAt(now, -2, '19:00');
  await historic(services.store, now, {
    key: 'ads',
    plan: {
      title: '小区公共部位广告招租收益使用',
      categoryId: 'public-affairs-08',
      background: '电梯间广告位招租年收益约两万元，商议收益用途。',
      forms: ['meeting', 'online'],
      schedule: { startsAt: started, endsAt: started + 2 * 3_600_000 },
      place: '社区党群服务中心一楼活动室',
      host: '王建国',
      scope: { kind: 'residents' },
      noticeDays: 7,
      vote: {
        question: '广告收益用于增设小区健身器材和楼道照明',
        rule: 'residents_meeting',
        scope: { kind: 'residents' },
        opensAt: started + 2 * 3_600_000,
        closesAt: dayAt(now, 3, '20:00'),
        secret: false,
      },
    },
    steps: [
      ['createDraft', started - 12 * DAY_MS],
      ['publishNotice', started - 10 * DAY_MS],
      ['startConsulting', started],
    ],
    // A 居民会议's matter: the community's Party committee discussed it first (前置研究).
    results: {
      priorSteps: [
        {
          step: 'party_discussion',
          heldOn: toChinaDateTimeParts(started - 13 * DAY_MS).date,
          meeting: '社区党委会',
          conclusion: '同意将广告收益用途提交居民会议表决',
          evidence: [],
          by: 'm-wang-jianguo',
          at: started - 13 * DAY_MS,
        },
      ],
    },
  });

  const lightsMeeting = dayAt(now, -60, '19:00');
  await historic(services.store, now, {
    key: 'lights',
    plan: {
      title: '楼道照明亮化改造',
      categoryId: 'services-01',
      background: '1号楼、3号楼楼道灯具老化，夜间照明不足，商议改造为声控节能灯。',
      forms: ['meeting'],
      schedule: { startsAt: lightsMeeting, endsAt: lightsMeeting + 2 * 3_600_000 },
      place: '社区党群服务中心二楼会议室',
      host: '李秀英',
      scope: { kind: 'owners', buildings: ['1号楼', '3号楼'] },
      noticeDays: 7,
    },
    steps: [
      ['createDraft', lightsMeeting - 10 * DAY_MS],
      ['publishNotice', lightsMeeting - 8 * DAY_MS],
      ['startConsulting', lightsMeeting],
      ['closeConsultation', lightsMeeting + 2 * 3_600_000],
      ['publishResult', lightsMeeting + DAY_MS],
      ['takeEffect', lightsMeeting + 8 * DAY_MS],
      ['startImplementation', lightsMeeting + 9 * DAY_MS],
      ['complete', lightsMeeting + 30 * DAY_MS],
    ],
    // What the committee wrote along the way, so the board and the detail page show a finished matter.
    results: {
      outcome: {
        text: '1号楼、3号楼楼道灯具全部更换为声控节能灯，费用由公共收益列支。',
        responsible: '物业服务中心',
        dueAt: lightsMeeting + 40 * DAY_MS,
        by: 'm-li-xiuying',
        at: lightsMeeting + 2 * 3_600_000,
      },
      objectionWindowEndsAt: lightsMeeting + 8 * DAY_MS,
      progressPercent: 100,
      completion: { report: '两栋楼共更换声控灯48盏，已全部投入使用。', photos: [], by: 'm-li-xiuying', at: lightsMeeting + 30 * DAY_MS },
      evaluationEndsAt: lightsMeeting + 44 * DAY_MS,
    },
  });
}

export async function seedVillageConsultation(services: Services, now: number) {
  await announce(services, 'demo-zheng-guoqiang', now - DAY_MS, 'village-road', {
    title: '村东组道路硬化一事一议筹资方案',
    categoryId: 'public-affairs-01',
    background: '村东组土路雨天泥泞，拟硬化800米，商议筹资筹劳方案。',
    forms: ['meeting'],
    schedule: { startsAt: dayAt(now, 12, '14:00'), endsAt: dayAt(now, 12, '17:00') },
    place: '村委会议室',
    host: '郑国强',
    scope: { kind: 'households' },
    noticeDays: 10,
  });
}

/**
 * Consultations further along than this use cases reach are written directly, with the
 * timeline and audit trail they would have had. Committee member 李秀英 acts throughout.
 */
async function historic(
  store: Store,
  now: number,
  c: { key: string; plan: PlanRecord; steps: [TransitionName | 'createDraft', number][]; results?: Partial<ConsultationDoc> },
) {
  const by = { memberId: 'm-li-xiuying', role: 'committee' as const };
  const timeline: TimelineEntry[] = c.steps.map(([action, at]) => ({
    at,
    action,
    status: action === 'createDraft' ? 'draft' : TRANSITIONS[action].to,
    by: action === 'takeEffect' || action === 'startConsulting' ? { system: true } : by,
  }));
  const last = timeline[timeline.length - 1];
  const { name, kind } = (await store.get<CommunityDoc>('communities', HAPPY))!;
  const doc: ConsultationDoc = {
    _id: `c-seed-${c.key}`,
    communityId: HAPPY,
    community: { name, kind },
    status: last.status,
    version: timeline.length,
    plan: c.plan,
    createdBy: by.memberId,
    createdAt: timeline[0].at,
    updatedAt: Math.min(last.at, now),
    noticePublishedAt: timeline.find((e) => e.action === 'publishNotice')?.at,
    timeline,
    // Nobody has answered, spoken, objected or rated yet: what the seeded people do later is counted as it happens.
    counts: zeroCounts(),
    ...c.results,
  };
  await store.insert('consultations', doc);
  for (const [i, e] of timeline.entries()) {
    await appendAudit(store, {
      communityId: HAPPY,
      at: e.at,
      actor: e.by,
      action: `consultation.${c.steps[i][0]}`,
      entity: 'consultation',
      entityId: doc._id,
      before: i === 0 ? null : { status: timeline[i - 1].status, version: i },
      after: { status: e.status, version: i + 1 },
    });
  }
}
