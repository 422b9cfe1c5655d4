import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DAY_MS } from '@shared';
import type { ConsultationDoc, OpinionDoc } from '../../cloudfunctions/core/docs';
import { runFunction } from '../../cloudfunctions/core/functionKit';
import { verifyArchive } from '../../cloudfunctions/core/result/verifyArchive';
import { runScheduler } from '../../cloudfunctions/core/scheduler/runScheduler';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { openEmbedded } from '../../cloudfunctions/local/embedded';
import { seedDemo } from '../../cloudfunctions/local/seed';
import { completePlan, NOW, WANG, ZHANG } from '../support/harness';

/**
 * After the talking, on the embedded store: a scheduler run with nothing due and with 200
 * consultations due at once, the public board, and sealing, verifying and exporting an archive
 * of a small record and of one with 2,000 opinions (their ratio is the figure that travels).
 */
const DUE = 200;
const LARGE = 2000;

const ms = (t: number) => `${t.toFixed(1)} ms`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await work();
  return [value, performance.now() - t];
}

export async function benchResults() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-bench-results-'));
  const services = await openEmbedded(dir);
  const { store } = services;
  await seedDemo(services, NOW);
  const call = async (openid: string, fn: keyof typeof FUNCTIONS, action: string, payload: unknown, now: number) => {
    const res = await runFunction(FUNCTIONS[fn], { action, payload }, { ...services, openid, now });
    if (!res.ok) throw new Error(`${action}: ${res.code} ${res.message}`);
    return res.data as { consultation: { version: number } };
  };
  const tick = (now: number) => runScheduler({ ...services, now });

  for (let i = 0; i < DUE; i++) {
    const draft = (await call(WANG, 'consultation', 'consultation.createDraft', { requestId: `bench-due-${i}`, plan: completePlan(14) }, NOW)) as unknown as {
      id: string;
      version: number;
    };
    await call(WANG, 'consultation', 'consultation.publishNotice', { id: draft.id, version: draft.version }, NOW);
  }
  console.log(`结果与反馈（嵌入式存储）：`);
  // The notices those publications caused went out with the timer's earlier runs: drain them first.
  while ((await store.count('notifications', { state: 'pending' })) > 0) await tick(NOW);
  const [, idle] = await timed(() => tick(NOW));
  const startsAt = NOW + 14 * DAY_MS;
  let started = 0;
  const [, busy] = await timed(async () => {
    // One run takes at most 100 per step; the timer's next runs take the rest.
    for (let r = await tick(startsAt); r.started.changed > 0; r = await tick(startsAt)) started += r.started.changed;
  });
  console.log(`调度器 scheduler: 无到期 ${ms(idle)}；${started} 个议题到期开始协商 ${ms(busy)}（每个 ${ms(busy / started)}）`);

  const boardTimes: number[] = [];
  for (let i = 0; i < 50; i++) boardTimes.push((await timed(() => call(ZHANG, 'consultation', 'board.list', {}, startsAt)))[1]);
  boardTimes.sort((a, b) => a - b);
  console.log(`board.list（公示栏）: median ${boardTimes[25].toFixed(2)} ms`);

  const small = await archiveOf(store, call, tick, 'c-seed-lights', 0);
  const parking = (await store.find<ConsultationDoc>('consultations', { 'plan.title': '小区公共停车位设定及管理办法' }))[0]._id;
  const large = await archiveOf(store, call, tick, parking, LARGE);
  console.log(`归档 archive（${small.records} 条记录 / ${large.records} 条记录）:`);
  console.log(`  seal   ${ms(small.seal)} / ${ms(large.seal)}  (${(large.seal / small.seal).toFixed(1)}×)`);
  console.log(`  verify ${ms(small.verify)} / ${ms(large.verify)}  (${(large.verify / small.verify).toFixed(1)}×)`);
  console.log(`  export ${ms(small.export)} / ${ms(large.export)}  (${(large.export / small.export).toFixed(1)}×)`);
  await store.close();
  await rm(dir, { recursive: true, force: true });
}

type Call = (openid: string, fn: keyof typeof FUNCTIONS, action: string, payload: unknown, now: number) => Promise<{ consultation: { version: number } }>;

/** Takes a consultation to completed (with `opinions` answered opinions), then seals, verifies and exports it. */
async function archiveOf(
  store: Awaited<ReturnType<typeof openEmbedded>>['store'],
  call: Call,
  tick: (now: number) => Promise<unknown>,
  id: string,
  opinions: number,
) {
  let c = (await store.get<ConsultationDoc>('consultations', id))!;
  let at = NOW + 20 * DAY_MS;
  if (c.status !== 'completed') {
    // Setup, not measured: answered opinions written straight to the store.
    const docs: OpinionDoc[] = Array.from({ length: opinions }, (_, i) => ({
      _id: `bench-op-${i}`,
      communityId: c.communityId,
      consultationId: id,
      authorId: 'm-zhang-wei',
      buildingKey: '1号楼',
      building: '1号楼',
      stance: 'support',
      text: `第${i}条意见：建议东侧空地划线停车，夜间禁止占用消防通道。`,
      photos: [],
      evidence: [],
      channel: 'online',
      moderation: 'visible',
      answered: true,
      reply: { decision: 'adopted', reason: '采纳', by: 'm-wang-jianguo', at: NOW },
      createdAt: NOW,
      version: 1,
    }));
    await store.insertMany('opinions', docs);
    await tick(at);
    c = (await store.get<ConsultationDoc>('consultations', id))!;
    const closed = await call(WANG, 'result', 'outcome.close', { id, version: c.version, text: '划设车位', responsible: '物业', dueAt: at + 60 * DAY_MS }, at);
    await call(WANG, 'result', 'result.publish', { id, version: closed.consultation.version }, at);
    at += 8 * DAY_MS;
    await tick(at);
    await call(WANG, 'result', 'implementation.start', { id }, at);
    await call(WANG, 'result', 'implementation.complete', { id, report: '已完成', photos: [] }, at);
  }
  const [, seal] = await timed(() => call(WANG, 'result', 'archive.seal', { id }, at));
  const [, verify] = await timed(() => verifyArchive(store, id));
  const [, exported] = await timed(() => call(WANG, 'result', 'archive.export', { id }, at));
  const records = (await store.count('opinions', { consultationId: id })) + (await store.count('audit', { entityId: id })) + 1;
  return { seal, verify, export: exported, records };
}
