import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ConsultationDoc } from '../../cloudfunctions/core/docs';
import { runFunction } from '../../cloudfunctions/core/functionKit';
import { findThemes } from '../../cloudfunctions/core/themes/findThemes';
import { FUNCTIONS } from '../../cloudfunctions/functions';
import { openEmbedded } from '../../cloudfunctions/local/embedded';
import { seedDemo } from '../../cloudfunctions/local/seed';
import { NOW, WANG } from '../support/harness';
import { campaignIds, matchThemes, parkingSaid, writeParkingOpinions } from '../support/parkingThemes';

/**
 * `npm run bench:themes`: 意见归纳 on the 300 parking opinions written for it — how long the
 * engine takes (segmenter loading included, as a function's first call pays it), how many of the
 * five intended themes it finds, whether the 40 copies form one group — and the whole
 * `opinion.themes` call on the embedded store at 300 and at 1,200 opinions.
 */
async function engine() {
  const started = performance.now();
  const found = await findThemes(parkingSaid());
  const first = performance.now() - started;
  const again = performance.now();
  await findThemes(parkingSaid());
  const warm = performance.now() - again;
  const matches = matchThemes(found);
  const campaign = campaignIds();
  console.log(`引擎 300 条意见：首次 ${first.toFixed(0)} ms（含分词器加载），再次 ${warm.toFixed(0)} ms`);
  for (const m of matches) {
    console.log(`  ${m.theme.padEnd(10)} ${m.matched ? '✓' : '✗'}  精确率 ${m.precision.toFixed(2)}  召回率 ${m.recall.toFixed(2)}  ${m.keywords.join('、')}`);
  }
  console.log(`  主题 ${found.themes.length} 个，命中 ${matches.filter((m) => m.matched).length}/5；其他 ${found.rest.length} 条`);
  console.log(
    `  40 条转发意见成一组：${JSON.stringify(found.groups[0]) === JSON.stringify(campaign) ? '是' : '否'}（最大组 ${found.groups[0]?.length ?? 0} 条）`,
  );
}

async function call(copies: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-themes-'));
  const services = await openEmbedded(dir);
  try {
    await seedDemo(services, NOW);
    const [c] = await services.store.find<ConsultationDoc>('consultations', { 'plan.title': '小区公共停车位设定及管理办法' });
    const ids = await writeParkingOpinions(services.store, c, NOW, copies);
    const started = performance.now();
    const res = await runFunction(
      FUNCTIONS.participation,
      { action: 'opinion.themes', payload: { consultationId: c._id } },
      { ...services, openid: WANG, now: NOW },
    );
    const took = performance.now() - started;
    if (!res.ok) throw new Error(`${res.code} ${res.message}`);
    const view = res.data as { themes: { label: string; count: number }[]; groups: unknown[] };
    console.log(`opinion.themes ${String(ids.length).padStart(5)} 条：${took.toFixed(0)} ms，主题 ${view.themes.length} 个，相同意见 ${view.groups.length} 组`);
  } finally {
    await services.store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function main() {
  await engine();
  await call(1);
  await call(4);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
