import { findThemes, type Found } from '../../cloudfunctions/core/themes/findThemes';
import { nearDuplicateGroups } from '../../cloudfunctions/core/themes/nearDuplicates';
import { campaignIds, matchThemes, parkingSaid } from '../support/parkingThemes';

/** 意见归纳 on 300 opinions about parking written for it: five themes and a campaign of 40 copies. */
let found: Found;
beforeAll(async () => {
  found = await findThemes(parkingSaid());
});

it('finds at least four of the five themes the opinions were written about', () => {
  const matches = matchThemes(found);
  expect(matches.filter((m) => m.matched).length).toBeGreaterThanOrEqual(4);
});

it('shows the campaign of 40 near-copies as one group, with nothing else in it', () => {
  expect(found.groups[0]).toEqual(campaignIds());
});

it('puts every opinion in exactly one theme or in 其他', () => {
  const all = [...found.themes.flatMap((t) => t.ids), ...found.rest].sort();
  expect(all).toEqual(parkingSaid().map((s) => s.id));
});

it('quotes opinions of the theme itself, and names it by words its opinions use', () => {
  const text = new Map(parkingSaid().map((s) => [s.id, s.text]));
  for (const t of found.themes) {
    expect(t.quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of t.quotes) expect(t.ids).toContain(q);
    for (const k of t.keywords) expect(t.ids.some((id) => text.get(id)!.includes(k))).toBe(true);
  }
});

it('gives the same themes whatever order the opinions come in', async () => {
  const shuffled = [...parkingSaid()].sort((a, b) => (a.text.length % 7) - (b.text.length % 7) || b.id.localeCompare(a.id));
  expect(await findThemes(shuffled)).toEqual(found);
});

it('has no theme for no opinions, and puts a handful in one', async () => {
  expect(await findThemes([])).toEqual({ themes: [], rest: [], groups: [] });
  const few = parkingSaid().slice(0, 5);
  const some = await findThemes(few);
  expect([...some.themes.flatMap((t) => t.ids), ...some.rest].sort()).toEqual(few.map((s) => s.id));
});

describe('near-duplicates', () => {
  it('groups a forwarded message whatever its greeting and punctuation, and not two different opinions', () => {
    const said = [
      { authorId: 'a', text: '坚决反对停车月租涨价，先把停车费账目公开！' },
      { authorId: 'b', text: '我是3栋业主：坚决反对停车月租涨价，先把停车费账目公开。' },
      { authorId: 'c', text: '建议在北门空地增设访客临时车位。' },
      { authorId: 'd', text: '坚决反对停车月租涨价先把停车费账目公开 +1' },
    ];
    expect(nearDuplicateGroups(said)).toEqual([[0, 1, 3]]);
  });

  it('groups one person saying it again in other words, but not two people who merely say the same', () => {
    const first = { authorId: 'a', text: '消防通道天天被私家车堵着，请物业管一管。' };
    const again = '私家车天天堵着消防通道，请物业管一管吧。';
    expect(nearDuplicateGroups([first, { authorId: 'a', text: again }])).toEqual([[0, 1]]);
    expect(nearDuplicateGroups([first, { authorId: 'b', text: again }])).toEqual([]);
  });
});
