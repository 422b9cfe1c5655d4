import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runFunction } from '../../cloudfunctions/core/functionKit';
import { openEmbedded } from '../../cloudfunctions/local/embedded';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { createCommunity } from '../../cloudfunctions/core/member/createCommunity';
import { seedDemo } from '../../cloudfunctions/local/seed';
import { makeRosterWorkbook } from '../fixtures/make-roster';
import { benchResults } from './results';
import { benchVoting } from './voting';
import { benchNotices } from './notices';
import { benchSuggestions } from './suggestions';
import type { MemberDoc } from '../../cloudfunctions/core/docs';
import { completePlan, NOW, PNG, WANG, ZHANG } from '../support/harness';

/**
 * `npm run bench`: how fast the functions answer on the embedded store, measured through the
 * same entry the local host uses. The community holds BACKLOG extra published consultations so
 * the list has real work. Reported as medians, p95 and calls per second, plus ratios.
 */
const BACKLOG = 300;
const ROUNDS = 300;

type Call = (openid: string, action: string, payload: unknown) => Promise<unknown>;

async function measure(name: string, rounds: number, once: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(20, rounds - 1); i++) await once(-1 - i); // warm up
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await once(i);
    times.push(performance.now() - t);
  }
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  const result = {
    name,
    median: times[Math.floor(times.length / 2)],
    p95: times[Math.floor(times.length * 0.95)],
    perSecond: (rounds * 1000) / total,
  };
  console.log(
    `${name.padEnd(34)} median ${result.median.toFixed(2).padStart(7)} ms   p95 ${result.p95.toFixed(2).padStart(7)} ms   ${result.perSecond.toFixed(0).padStart(6)} 次/秒`,
  );
  return result;
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-bench-'));
  const services = await openEmbedded(dir);
  const { store } = services;
  await seedDemo(services, NOW);
  const callFn =
    (fn: keyof typeof FUNCTIONS): Call =>
    async (openid, action, payload) => {
      const res = await runFunction(FUNCTIONS[fn], { action, payload }, { ...services, openid, now: NOW });
      if (!res.ok) throw new Error(`${action}: ${res.code} ${res.message}`);
      return res.data;
    };
  const call = callFn('consultation');
  const member = callFn('member');
  const publishOne = async (key: string) => {
    const draft = (await call(WANG, 'consultation.createDraft', { requestId: `bench-${key}`, plan: completePlan(30) })) as {
      id: string;
      version: number;
    };
    await call(WANG, 'consultation.publishNotice', { id: draft.id, version: draft.version });
    return draft.id;
  };
  for (let i = 0; i < BACKLOG; i++) await publishOne(`backlog-${i}`);
  const someId = await publishOne('target');

  console.log(`嵌入式存储（nedb），本社区 ${BACKLOG + 5} 个议题，每项 ${ROUNDS} 次：`);
  const list = await measure('consultation.list (居民首页)', ROUNDS, () => call(ZHANG, 'consultation.list', {}));
  const get = await measure('consultation.get (详情页)', ROUNDS, () => call(ZHANG, 'consultation.get', { id: someId }));
  const me = await measure('me.get (我的)', ROUNDS, () =>
    runFunction(FUNCTIONS.account, { action: 'me.get', payload: {} }, { ...services, openid: ZHANG, now: NOW }),
  );
  const write = await measure('createDraft + publishNotice', ROUNDS / 3, (i) => publishOne(`run-${i}`));
  const members = await measure('member.list (成员管理)', ROUNDS, () => member(WANG, 'member.list', {}));

  // A roster of 240 households imported into a community of its own, as a committee would.
  const { committeeCode } = await createCommunity(store, { name: '导入测试社区', kind: 'community' }, NOW);
  await member('bench-committee', 'member.join', {
    code: committeeCode,
    name: '韩梅',
    address: { building: '1号楼', unit: '1单元', room: '101' },
    tenure: 'owner',
  });
  const fileId = await services.files.putDocument(await makeRosterWorkbook(), '花名册.xlsx');
  const preview = await measure('importRoster 预览（240 户）', 10, () => member('bench-committee', 'member.importRoster', { fileId, dryRun: true }));
  const first = await measure('importRoster 首次写入（240 户）', 1, () => member('bench-committee', 'member.importRoster', { fileId, dryRun: false }));
  // Opinions: submitting, and reading the list at two sizes (reading must not grow with the count).
  const opinions = callFn('participation');
  const parking = ((await call(ZHANG, 'consultation.list', {})) as { upcoming: { id: string; title: string }[] }).upcoming.find((c) =>
    c.title.includes('停车位'),
  )!.id;
  // A member sends at most 50 opinions on one consultation (the most a community may allow), so the
  // submissions go round the community's members; the 2,000 that then fill the list are written
  // opinions the committee enters from paper, which no limit holds.
  await member(WANG, 'community.updateSettings', { limits: { opinionsPerConsultation: 50, suggestionsPerDay: 5 } });
  const speakers = (await store.find<MemberDoc>('members', { communityId: 'demo-xingfuli', status: 'active' })).sort((a, b) => (a._id < b._id ? -1 : 1));
  const photo = await services.files.put(PNG);
  const enter = (i: number) =>
    opinions(WANG, 'opinion.recordOnBehalf', {
      consultationId: parking,
      requestId: `bench-entry-${String(i).padStart(6, '0')}`,
      memberId: speakers[i % speakers.length]._id,
      channel: 'written',
      stance: 'support',
      text: '书面意见：建议东侧空地划线停车。',
      evidence: [photo],
    });
  const say = (i: number) =>
    opinions(speakers[i % speakers.length].openid, 'opinion.submit', {
      consultationId: parking,
      requestId: `bench-op-${String(i).padStart(6, '0')}`,
      stance: 'support',
      text: '建议东侧空地划线停车。',
      photos: [],
      channel: 'online',
    });
  const submitted = await measure('opinion.submit', ROUNDS, (i) => say(i + 1_000_000));
  const listSmall = await measure(`opinion.list（${ROUNDS + 20} 条意见）`, ROUNDS, () => opinions(WANG, 'opinion.list', { consultationId: parking }));
  for (let i = 0; i < 2000; i++) await enter(i);
  const listLarge = await measure(`opinion.list（${ROUNDS + 2020} 条意见）`, ROUNDS, () => opinions(WANG, 'opinion.list', { consultationId: parking }));
  console.log(
    `比值 ratios: opinion.list 大/小 ${(listLarge.median / listSmall.median).toFixed(2)}×（只读一页；计数用 count 查询）, submit/get ${(submitted.median / get.median).toFixed(1)}×`,
  );
  console.log(
    `比值 ratios: list/get ${(list.median / get.median).toFixed(1)}×, ` +
      `(create+publish)/get ${(write.median / get.median).toFixed(1)}×, get/me ${(get.median / me.median).toFixed(1)}×, ` +
      `member.list/consultation.list ${(members.median / list.median).toFixed(1)}×, import write/preview ${(first.median / preview.median).toFixed(1)}×`,
  );
  await store.close();
  await rm(dir, { recursive: true, force: true });
  console.log('');
  await benchVoting();
  console.log('');
  await benchResults();
  console.log('');
  await benchNotices();
  console.log('');
  await benchSuggestions();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
