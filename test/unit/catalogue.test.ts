import { CATALOGUE, CATALOGUE_ITEM_ID, findCatalogueItem } from '@shared';

const items = CATALOGUE.flatMap((c) => c.items.map((i) => ({ ...i, category: c.name })));

describe('协商事项目录 (seed 002)', () => {
  it('has the eight categories of the template, in order', () => {
    expect(CATALOGUE.map((c) => c.name)).toEqual([
      '制度建设类',
      '公共事务类',
      '为民服务类',
      '公益事业类',
      '民主监督类',
      '村（居）务管理类',
      '党务服务管理',
      '其他类',
    ]);
  });

  it('holds every item of the template once: rows 1–56 less the blank 32, 39, 48, the repeated 49 and the absent 52, plus 3 unnumbered', () => {
    expect(items).toHaveLength(54);
    expect(new Set(items.map((i) => i.name)).size).toBe(items.length);
  });

  it('gives every item a unique id within its category’s prefix', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const c of CATALOGUE) for (const i of c.items) expect(i.id.startsWith(`${c.id}-`)).toBe(true);
  });

  it('keeps the source numbering where the source has it', () => {
    const numbered = items.filter((i) => i.seq !== undefined).map((i) => i.seq as number);
    expect(numbered).toEqual([...numbered].sort((a, b) => a - b));
    expect(numbered).not.toContain(32);
    expect(numbered).not.toContain(49);
  });

  it('files the merged-cell rows under the right category', () => {
    expect(findCatalogueItem('supervision-01')).toMatchObject({ item: { name: '村（居）务公开' }, category: { name: '民主监督类' } });
    expect(items.find((i) => i.name === '村经济社会发展规划和年度计划')?.category).toBe('村（居）务管理类');
    expect(items.find((i) => i.name === '物业公司选聘')?.category).toBe('公共事务类');
  });

  it('answers whether an id is in it, and every id has the shape a plan accepts', () => {
    expect(findCatalogueItem('services-01')).toBeDefined();
    expect(findCatalogueItem('services')).toBeUndefined();
    for (const i of items) expect(i.id).toMatch(CATALOGUE_ITEM_ID);
    expect('服务-01').not.toMatch(CATALOGUE_ITEM_ID);
  });
});
