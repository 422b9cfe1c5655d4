import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DAY_MS, VOTE_CLOSE_GRACE_MS, type Choice } from '@shared';
import type { BallotDoc, ConsultationDoc, ElectorDoc } from '../../cloudfunctions/core/docs';
import { startLocalHost } from '../../cloudfunctions/local/server';
import { completePlan, NOW, WANG, ZHANG } from '../support/harness';
import { addLoadMembers } from '../support/loadMembers';

/**
 * Voting on the local host, over HTTP: casting at 50 concurrent clients beside a trivial endpoint
 * on the same server in the same run (their ratio is the figure that travels between machines),
 * and reading a sealed result at 100 and at 20,000 ballots.
 */
const CLIENTS = 50;
const CASTS = 2000;
const ELECTORS = 20_000;

type Json = { ok: boolean; data?: unknown; code?: string; message?: string };

function quantile(sorted: number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}

/** Runs `total` requests with `clients` in flight; returns throughput and latency quantiles. */
async function load(total: number, clients: number, request: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        await request(i);
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { perSecond: total / seconds, p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

export async function benchVoting(log: (line: string) => void = console.log) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-vote-bench-'));
  let now = NOW;
  const host = await startLocalHost({ dataDir: dir, demo: true, clock: () => now });
  const call = async (persona: string, fn: string, action: string, payload: object): Promise<Json> => {
    const res = await fetch(`${host.url}/fn/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-persona': persona },
      body: JSON.stringify({ action, payload }),
    });
    return (await res.json()) as Json;
  };
  const must = async (persona: string, fn: string, action: string, payload: object) => {
    const r = await call(persona, fn, action, payload);
    if (!r.ok) throw new Error(`${action}: ${r.code} ${r.message}`);
    return r.data as Record<string, unknown>;
  };

  try {
    const voters = await addLoadMembers(host.store, ELECTORS);
    // Opening snapshots the electorate from the register: read once, written in pages of a thousand.
    const opening = performance.now();
    await must(WANG, 'voting', 'vote.open', { consultationId: 'c-seed-ads' });
    const openMs = performance.now() - opening;
    const electors = await host.store.count('electors', { voteId: 'c-seed-ads' });
    log(`vote.open（名册选民 ${electors} 人，分页写入）: ${openMs.toFixed(0)} ms`);
    log(`本地服务（HTTP），${CLIENTS} 个并发客户端，选民 ${electors} 人：`);
    const health = await load(CASTS, CLIENTS, () => fetch(`${host.url}/health`).then((r) => r.json()));
    const choices: Choice[] = ['agree', 'disagree', 'abstain'];
    const casts = await load(CASTS, CLIENTS, async (i) => {
      const r = await call(voters[i], 'voting', 'ballot.cast', { consultationId: 'c-seed-ads', choice: choices[i % 3] });
      if (!r.ok) throw new Error(`cast failed: ${r.code} ${r.message}`);
    });
    const row = (name: string, r: { perSecond: number; p50: number; p99: number }) =>
      log(`${name.padEnd(22)} ${r.perSecond.toFixed(0).padStart(6)} 次/秒   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms`);
    row('GET /health（对照）', health);
    row('ballot.cast', casts);
    log(`比值 ratio: 投票吞吐 / 空接口吞吐 = ${(casts.perSecond / health.perSecond).toFixed(3)}`);

    // Two sealed votes of 100 and 20,000 ballots; the ballots are written straight to the store.
    const sealedVote = async (ballotCount: number, key: string) => {
      now = NOW;
      const plan = completePlan(14);
      const vote = {
        question: '同意这项方案',
        rule: 'residents_meeting',
        scope: { kind: 'residents' },
        opensAt: plan.schedule.startsAt,
        closesAt: plan.schedule.startsAt + DAY_MS,
        secret: false,
      };
      const draft = await must(WANG, 'consultation', 'consultation.createDraft', { requestId: `bench-vote-${key}`, plan: { ...plan, vote } });
      const id = draft.id as string;
      await must(WANG, 'consultation', 'consultation.publishNotice', { id, version: 1 });
      now = plan.schedule.startsAt;
      await must(WANG, 'consultation', 'consultation.startConsulting', { id });
      // The Party organisation's prior discussion a 居民会议's vote needs, written as recorded (not what is measured).
      const prior = {
        step: 'party_discussion',
        heldOn: '2026-11-21',
        meeting: '社区党委会',
        conclusion: '同意提交居民会议表决',
        evidence: [],
        by: 'm-wang-jianguo',
        at: now,
      };
      await host.store.update('consultations', { _id: id }, { push: { priorSteps: [prior] } });
      await must(WANG, 'voting', 'vote.open', { consultationId: id });
      const electors = await host.store.find<ElectorDoc>('electors', { consultationId: id }, { limit: ballotCount });
      await host.store.insertMany<BallotDoc>(
        'ballots',
        electors.map((e, i) => ({
          _id: e._id,
          communityId: e.communityId,
          consultationId: id,
          voteId: e.voteId,
          electorId: e.electorId,
          choice: choices[i % 3],
          areaHundredths: 0,
          channel: 'online',
          castBy: e.voters[0],
          evidence: [],
          proxyEvidence: [],
          at: now,
          version: 1,
        })),
      );
      now = (await host.store.get<ConsultationDoc>('consultations', id))!.plan.vote!.closesAt + VOTE_CLOSE_GRACE_MS;
      const t = performance.now();
      await must(WANG, 'voting', 'vote.close', { consultationId: id });
      return { id, closeMs: performance.now() - t };
    };
    const small = await sealedVote(100, 'small');
    const large = await sealedVote(ELECTORS, 'large');
    const readResult = (id: string) => load(200, 1, () => must(ZHANG, 'voting', 'vote.get', { consultationId: id }));
    const readSmall = await readResult(small.id);
    const readLarge = await readResult(large.id);
    log(`读取已封存结果（100 张选票）      p50 ${readSmall.p50.toFixed(2)} ms`);
    log(`读取已封存结果（${ELECTORS} 张选票）  p50 ${readLarge.p50.toFixed(2)} ms`);
    log(`比值 ratio: 结果读取 20000/100 = ${(readLarge.p50 / readSmall.p50).toFixed(2)}×（封存的结果是一份文档，不随选票数增长）`);
    log(`封存（重新计票）：100 张 ${small.closeMs.toFixed(0)} ms，${ELECTORS} 张 ${large.closeMs.toFixed(0)} ms`);
  } finally {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  }
}
