import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SuggestionDoc } from '../../cloudfunctions/core/docs';
import { runFunction } from '../../cloudfunctions/core/functionKit';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { openEmbedded } from '../../cloudfunctions/local/embedded';
import { seedDemo } from '../../cloudfunctions/local/seed';
import { DAY_MS } from '@shared';
import { NOW, WANG, ZHANG } from '../support/harness';

/**
 * The 群众意见台账 on the embedded store: raising and co-signing, the public list and the
 * committee's ledger page (with its counts) at 100 and at 2,000 suggestions, and the export.
 */
const SMALL = 100;
const LARGE = 2000;
const ROUNDS = 100;

async function median(rounds: number, once: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await once(i);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export async function benchSuggestions() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-bench-suggest-'));
  const services = await openEmbedded(dir);
  await seedDemo(services, NOW);
  const call = async (openid: string, action: string, payload: unknown, now = NOW) => {
    const res = await runFunction(FUNCTIONS.suggestion, { action, payload }, { ...services, openid, now });
    if (!res.ok) throw new Error(`${action}: ${res.code} ${res.message}`);
    return res.data as { id: string };
  };
  let n = 0;
  // A member raises at most 5 suggestions a day: the ledger fills over the days, one a day.
  const raise = () =>
    call(
      ZHANG,
      'suggestion.raise',
      {
        requestId: `bench-sg-${String(n++).padStart(6, '0')}`,
        title: '3号楼前增设休息座椅',
        description: '老人散步后没有地方休息，建议增设座椅。',
        place: `${1 + (n % 3)}号楼`,
        photos: [],
        hideName: false,
      },
      NOW + n * DAY_MS,
    );
  const timed = async () => ({
    list: await median(ROUNDS, () => call(ZHANG, 'suggestion.list', { sort: 'cosigned' })),
    ledger: await median(ROUNDS, () => call(WANG, 'suggestion.ledger', {})),
  });
  const raised = await median(SMALL, raise);
  const small = await timed();
  while (n < LARGE) await raise();
  const large = await timed();
  const [target] = await services.store.find<SuggestionDoc>('suggestions', {}, { limit: 1 });
  const signers = ['demo-chen-jing', 'demo-liu-fang', 'demo-yang-lei', 'demo-huang-li'];
  const cosign = await median(ROUNDS, (i) => call(signers[i % signers.length], 'suggestion.cosign', { id: target._id, on: i % 8 < 4 }));
  const t = performance.now();
  await call(WANG, 'suggestion.export', {});
  const exported = performance.now() - t;
  console.log('群众意见台账（嵌入式存储）：');
  console.log(`  suggestion.raise median ${raised.toFixed(2)} ms，cosign median ${cosign.toFixed(2)} ms`);
  console.log(
    `  suggestion.list（附议最多） ${SMALL} / ${LARGE} 条：${small.list.toFixed(2)} / ${large.list.toFixed(2)} ms（${(large.list / small.list).toFixed(1)}×）`,
  );
  console.log(
    `  suggestion.ledger（含计数） ${SMALL} / ${LARGE} 条：${small.ledger.toFixed(2)} / ${large.ledger.toFixed(2)} ms（${(large.ledger / small.ledger).toFixed(1)}×）`,
  );
  console.log(`  导出 ${LARGE} 条 .xlsx：${exported.toFixed(0)} ms`);
  await services.store.close();
  await rm(dir, { recursive: true, force: true });
}
