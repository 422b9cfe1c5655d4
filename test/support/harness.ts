import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ActionName, ApiResponse, FunctionName, PayloadOf, ResultOf } from '@shared';
import { toChinaDateTimeParts } from '@shared';
import { runFunction } from '../../cloudfunctions/core/functionKit';
import type { ContentCheck } from '../../cloudfunctions/core/ports/contentCheck';
import type { Messenger } from '../../cloudfunctions/core/ports/messenger';
import type { LocalFileStore } from '../../cloudfunctions/core/files/localFiles';
import { openEmbedded } from '../../cloudfunctions/local/embedded';
import type { CollectionName } from '../../cloudfunctions/core/store/schema';
import { countingStore } from './countingStore';
import { cloudbaseStandInStore } from './cloudbaseStandIn/store';
import type { Store } from '../../cloudfunctions/core/store/port';
import type { Services } from '../../cloudfunctions/core/context';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { seedDemo } from '../../cloudfunctions/local/seed';
import { runScheduler, type SchedulerReport } from '../../cloudfunctions/core/scheduler/runScheduler';

/** A fixed "now" for seeded worlds: Saturday 2026-11-21 10:00 China time. */
export const NOW = Date.UTC(2026, 10, 21, 2, 0);

/** Demo personas by role, as seeded. */
export const WANG = 'demo-wang-jianguo'; // 幸福里社区 committee
export const LI = 'demo-li-xiuying'; // 幸福里社区 committee
export const ZHAO = 'demo-zhao-deming'; // 幸福里社区 supervisor
export const ZHANG = 'demo-zhang-wei'; // 幸福里社区 resident
export const YANG = 'demo-yang-lei'; // 幸福里社区 representative
export const ZHENG = 'demo-zheng-guoqiang'; // 青山村 committee
export const QIAN = 'demo-qian-guilan'; // 青山村 resident
export const HE_JING = 'demo-he-jing'; // 和平街道 officer (幸福里社区 and 春风社区)
export const LUO_PING = 'demo-luo-ping'; // 和平街道's 民政／督查 reader
export const SONG_TAO = 'demo-song-tao'; // 东湖镇 officer (青山村): 和平街道's records are not theirs
export const VISITOR = 'demo-visitor';
export const NEWCOMER = 'demo-newcomer';
export const LIN = 'demo-lin-xiao'; // 幸福里社区, request pending, on the roster, registered owner
export const WU = 'demo-wu-min'; // co-owner who votes for 2号楼1单元201
export const XU = 'demo-xu-jun'; // the other co-owner
/** A seeded person's register entry: the elector id of a people-based vote (the register, not the app, is the electorate). */
export const registerEntry = (name: string, communityId = 'demo-xingfuli') => `${communityId}-roster-${name}`;
export const HAPPY_CODE = 'XFL2026';

export interface World {
  store: Store;
  /** What the functions run on, for calling a step directly at a chosen moment. */
  services: Services;
  /** Documents read per collection since the last reset, through the functions and the test alike. */
  docsRead: Map<CollectionName, number>;
  resetReads(): void;
  files: LocalFileStore;
  dir: string;
  /**
   * Calls a function as the platform would, with this openid (or none) at this moment. The payload is
   * typed by the API table, as the client's `call` is: a misspelt field is a type error, not a test that
   * passes for the wrong reason.
   */
  call<F extends FunctionName, A extends ActionName<F>>(
    openid: string | null,
    fn: F,
    action: A,
    payload: PayloadOf<F, A>,
    now?: number,
  ): Promise<ApiResponse<ResultOf<F, A>>>;
  /**
   * The same call with an untyped payload, for the tests that send bad input on purpose (fuzz, the
   * authorisation matrix, bounds): only those should use it.
   */
  callRaw<F extends FunctionName, A extends ActionName<F>>(
    openid: string | null,
    fn: F,
    action: A,
    payload: unknown,
    now?: number,
  ): Promise<ApiResponse<ResultOf<F, A>>>;
  /** Same, for calls expected to succeed: returns the data or fails the test with the error. */
  ok<F extends FunctionName, A extends ActionName<F>>(openid: string, fn: F, action: A, payload: PayloadOf<F, A>, now?: number): Promise<ResultOf<F, A>>;
  /** One run of the scheduler at this moment, as the timer trigger runs it; failures fail the test. */
  tick(now: number): Promise<SchedulerReport>;
  /** Raw event, for malformed requests. */
  raw(openid: string | null, fn: FunctionName, event: unknown): Promise<ApiResponse<unknown>>;
  close(): Promise<void>;
}

/**
 * A fresh embedded store and photo folder on disk, seeded with the demo communities at NOW. A
 * test may put its own content check in place of the embedded one, to see `review` and `risky`,
 * and its own messenger, to see WeChat's errors.
 */
export async function openWorld(options: { seed?: boolean; contentCheck?: ContentCheck; messenger?: Messenger } = {}): Promise<World> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-test-'));
  const embedded = await openEmbedded(dir);
  // XIESHANG_STORE=cloudbase-standin runs the same tests through the CloudBase adapter and the real SDK.
  const counting = countingStore(process.env.XIESHANG_STORE === 'cloudbase-standin' ? await cloudbaseStandInStore() : embedded.store);
  const services = {
    ...embedded,
    store: counting,
    contentCheck: options.contentCheck ?? embedded.contentCheck,
    messenger: options.messenger ?? embedded.messenger,
  };
  const { store } = services;
  if (options.seed !== false) await seedDemo(services, NOW);
  const raw = (openid: string | null, fn: FunctionName, event: unknown, now = NOW) =>
    runFunction(FUNCTIONS[fn], event, { ...services, openid, now, logError: () => {} });
  const world: World = {
    store,
    services,
    docsRead: counting.docsRead,
    resetReads: counting.reset,
    files: embedded.files,
    dir,
    call: (openid, fn, action, payload, now) => raw(openid, fn, { action, payload }, now) as Promise<ApiResponse<never>>,
    callRaw: (openid, fn, action, payload, now) => raw(openid, fn, { action, payload }, now) as Promise<ApiResponse<never>>,
    async ok(openid, fn, action, payload, now) {
      const res = await raw(openid, fn, { action, payload }, now);
      if (!res.ok) throw new Error(`${fn}/${action} failed: ${res.code} ${res.message} ${res.details ?? ''}`);
      return res.data as never;
    },
    raw: (openid, fn, event) => raw(openid, fn, event),
    tick: (now) =>
      runScheduler({ ...services, now }, (e) => {
        throw e;
      }),
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return world;
}

/** A complete plan whose meeting is `daysAhead` days after NOW. */
export function completePlan(daysAhead = 14) {
  const startsAt = NOW + daysAhead * 86_400_000;
  return {
    title: '小区东门增设非机动车充电桩',
    categoryId: 'public-welfare-06',
    background: '电动自行车楼道充电存在火灾隐患，拟在东门增设集中充电桩。',
    forms: ['meeting' as const, 'online' as const],
    schedule: { startsAt, endsAt: startsAt + 2 * 3_600_000 },
    place: '社区党群服务中心二楼会议室',
    host: '王建国',
    scope: { kind: 'residents' as const },
    noticeDays: 7,
  };
}

/** Everything in the store, to prove a refused request changed nothing. */
export async function snapshot(store: Store) {
  const sort = [{ field: '_id', dir: 'asc' as const }];
  return {
    consultations: await store.find('consultations', {}, { sort }),
    audit: await store.find('audit', {}, { sort }),
    members: await store.find('members', {}, { sort }),
  };
}

/** A real, tiny PNG (1×1 pixel): what a phone's photo is, as far as the checks go. */
/**
 * Records the Party organisation's prior discussion (前置研究) a statutory body's vote needs before it
 * opens — a 社区's one step, or a 村's three 四议 steps in order — through the real use case, on the day `at`.
 */
export async function recordPriorDiscussion(w: World, id: string, at = NOW, openid = WANG): Promise<void> {
  for (;;) {
    const { consultation, prior } = await w.ok(openid, 'consultation', 'consultation.get', { id }, at);
    if (!prior?.next) return;
    const evidence = [await w.files.put(PNG)];
    const heldOn = toChinaDateTimeParts(at).date;
    await w.ok(
      openid,
      'consultation',
      'consultation.recordPriorStep',
      { id, version: consultation.version, step: prior.next.step, heldOn, meeting: '党组织会议', conclusion: '同意提交会议表决', evidence },
      at,
    );
  }
}

export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
