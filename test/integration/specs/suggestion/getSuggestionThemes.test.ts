import { DAY_MS, fromChinaDateTimeParts, toChinaDateTimeParts } from '@shared';
import type { SuggestionDoc } from '../../../../cloudfunctions/core/docs';
import { NOW, openWorld, WANG, ZHANG, ZHAO, type World } from '../../../support/harness';
import { afterRead, CHEN, HAPPY, HUANG, LIU } from '../arrange';

/**
 * suggestion.themes (台账归纳): what the ledger's suggestions of a period keep raising — by theme,
 * with people, 附议 and what still waits — for the committee and the supervisory committee.
 */
let w: World;
const day = (at: number) => toChinaDateTimeParts(at).date;
const CHARGING = [
  '电动车充电桩太少，晚上排队充电',
  '楼下电动车充电桩经常坏，充电要等很久',
  '希望增设电动车充电桩，不要再飞线充电',
  '电动车充电桩收费太贵，建议降价',
];
const RUBBISH = [
  '垃圾分类桶太少，厨余垃圾桶常常满溢',
  '垃圾分类投放点太臭，建议每天清洗垃圾桶',
  '垃圾分类指导员只在早上，晚上垃圾乱扔',
  '建议垃圾分类投放点加装洗手池和灯',
];
const ids: Record<'charging' | 'rubbish', string[]> = { charging: [], rubbish: [] };
let old: string;

beforeAll(async () => {
  w = await openWorld();
  const people = [ZHANG, CHEN, LIU, HUANG];
  for (const [theme, texts] of [
    ['charging', CHARGING],
    ['rubbish', RUBBISH],
  ] as const) {
    for (const [i, text] of texts.entries()) {
      const at = NOW - (theme === 'charging' ? 1 : 2) * DAY_MS;
      const raised = await w.ok(
        people[i],
        'suggestion',
        'suggestion.raise',
        { requestId: `req-theme-${theme}-${i}`, title: text.slice(0, 12), description: text, place: '3号楼', photos: [], hideName: false },
        at,
      );
      ids[theme].push(raised.id);
    }
  }
  old = (
    await w.ok(
      ZHANG,
      'suggestion',
      'suggestion.raise',
      { requestId: 'req-theme-old', title: '电动车充电', description: '电动车充电桩不够用', place: '3号楼', photos: [], hideName: false },
      NOW - 60 * DAY_MS,
    )
  ).id;
  await w.ok(CHEN, 'suggestion', 'suggestion.cosign', { id: ids.charging[0], on: true });
});
afterAll(() => w.close());

const period = { from: day(NOW - 7 * DAY_MS), to: day(NOW) };
/** The community's suggestions raised since `since`, the demo's own included. */
const raisedSince = async (since: number) =>
  (await w.store.find<SuggestionDoc>('suggestions', { communityId: HAPPY })).filter((s) => s.createdAt >= since && s.moderation !== 'hidden').length;
const weekStart = fromChinaDateTimeParts(period.from, '00:00');

it('groups the period’s suggestions by what they raise, with people, 附议 and what still waits', async () => {
  const view = await w.ok(WANG, 'suggestion', 'suggestion.themes', period);
  expect(view.total).toBe(await raisedSince(weekStart));
  const byTheme = view.themes.map((t) => [...t.suggestionIds].sort());
  expect(byTheme).toEqual(expect.arrayContaining([[...ids.charging].sort(), [...ids.rubbish].sort()]));
  const charging = view.themes.find((t) => t.suggestionIds.includes(ids.charging[0]))!;
  expect(charging).toMatchObject({ count: 4, people: 4, cosigns: 1, open: 4 });
  expect(charging.keywords.join()).toContain('充电');
});

it('leaves out what was raised before the period', async () => {
  const view = await w.ok(WANG, 'suggestion', 'suggestion.themes', period);
  expect(view.themes.flatMap((t) => t.suggestionIds)).not.toContain(old);
  const wider = await w.ok(WANG, 'suggestion', 'suggestion.themes', { from: day(NOW - 90 * DAY_MS), to: day(NOW) });
  expect(wider.total).toBe(await raisedSince(fromChinaDateTimeParts(day(NOW - 90 * DAY_MS), '00:00')));
  expect(wider.total).toBeGreaterThan(view.total);
});

it('is read by the supervisory committee, and refused to a resident', async () => {
  expect((await w.ok(ZHAO, 'suggestion', 'suggestion.themes', period)).total).toBe(await raisedSince(weekStart));
  expect(await w.call(ZHANG, 'suggestion', 'suggestion.themes', period)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
});

it('refuses a period that ends before it starts, or is longer than a year', async () => {
  expect(await w.call(WANG, 'suggestion', 'suggestion.themes', { from: period.to, to: period.from })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  expect(await w.call(WANG, 'suggestion', 'suggestion.themes', { from: '2024-01-01', to: '2026-01-01' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
});

it('writes nothing: no record, no audit event, no news', async () => {
  expect(await afterRead(w, () => w.ok(WANG, 'suggestion', 'suggestion.themes', period))).toEqual({ changed: false, audit: [], news: [] });
});
