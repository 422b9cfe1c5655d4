import { DAY_MS, type ActionName, type PayloadOf, type ResultOf } from '@shared';
import type { Services } from '../../core/context';
import { runFunction } from '../../core/functionKit';
import { FUNCTIONS } from '../../functions';

/** Goes through the real suggestion function, as the person would, at a moment in the past. */
async function call<A extends ActionName<'suggestion'>>(services: Services, openid: string, at: number, action: A, payload: PayloadOf<'suggestion', A>) {
  const res = await runFunction(FUNCTIONS.suggestion, { action, payload }, { ...services, openid, now: at });
  if (!res.ok) throw new Error(`seeding ${action} failed: ${res.code} ${res.message}`);
  return res.data as ResultOf<'suggestion', A>;
}

const fields = (key: string, title: string, description: string, place: string, categoryId?: string) => ({
  requestId: `seed-suggestion-${key}`,
  title,
  description,
  place,
  photos: [],
  hideName: false,
  ...(categoryId ? { categoryId } : {}),
});

/**
 * 幸福里社区's 群众意见台账: one suggestion three residents back (so it has reached the legal share),
 * one past its answer period, and one collected from the 意见箱 and already handled.
 */
export async function seedHappySuggestions(services: Services, now: number) {
  const benches = await call(
    services,
    'demo-zhang-wei',
    now - 3 * DAY_MS,
    'suggestion.raise',
    fields('benches', '3号楼前增设休息座椅', '老人散步后没有地方休息，建议在3号楼前空地增设几张座椅，并种几棵遮阴的树。', '3号楼', 'public-welfare-05'),
  );
  for (const openid of ['demo-chen-jing', 'demo-huang-li']) {
    await call(services, openid, now - 2 * DAY_MS, 'suggestion.cosign', { id: benches.id, on: true });
  }
  await call(
    services,
    'demo-chen-jing',
    now - 20 * DAY_MS,
    'suggestion.raise',
    fields('lights', '1号楼楼道灯时亮时不亮', '1号楼2单元三楼到五楼的楼道灯经常不亮，晚上上下楼很不安全。', '1号楼'),
  );
  const box = await call(services, 'demo-li-xiuying', now - 10 * DAY_MS, 'suggestion.enter', {
    ...fields('bins', '垃圾分类点夏天异味大', '2号楼旁的垃圾分类点清运不及时，夏天异味很大。', '2号楼'),
    memberId: 'm-sun-hong',
    channel: 'box',
  });
  await call(services, 'demo-li-xiuying', now - 8 * DAY_MS, 'suggestion.triage', {
    id: box.id,
    version: box.version,
    decision: 'handle',
    text: '已与物业约定每天清运两次，并加装除味设备。',
  });
}
