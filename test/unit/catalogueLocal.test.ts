import { CATALOGUE, catalogueVersionLabel, effectiveCatalogue, findIn, refineCatalogue, type LocalCatalogue } from '@shared';

const local: LocalCatalogue = {
  additions: [{ id: 'demo-heping-x1', categoryId: 'services', name: '加装电梯协调', addedAt: 100 }],
  retired: [{ itemId: 'services-04', at: 200 }],
  notes: [
    { itemId: 'demo-heping-x1', text: '本街道：需先征求物业意见' },
    { itemId: 'services-01', text: '本街道：按季度公示' },
  ],
};

describe('a street’s refinement of the catalogue', () => {
  it('is the static catalogue unchanged when the street has refined nothing', () => {
    const refined = refineCatalogue(null);
    expect(refined.map((c) => [c.id, c.items.map((i) => i.id)])).toEqual(CATALOGUE.map((c) => [c.id, c.items.map((i) => i.id)]));
    expect(refined.flatMap((c) => c.items).some((i) => i.note || i.retiredAt || i.addedAt)).toBe(false);
  });

  it('adds the street’s items at the end of their category, with their notes, and marks retired ones', () => {
    const services = refineCatalogue(local).find((c) => c.id === 'services')!;
    expect(services.items.at(-1)).toEqual({ id: 'demo-heping-x1', name: '加装电梯协调', addedAt: 100, note: '本街道：需先征求物业意见' });
    expect(services.items.find((i) => i.id === 'services-04')).toMatchObject({ retiredAt: 200 });
    expect(services.items.find((i) => i.id === 'services-01')).toMatchObject({ seq: 17, note: '本街道：按季度公示' });
    // Other categories are untouched.
    expect(refineCatalogue(local).find((c) => c.id === 'other')!.items).toEqual(CATALOGUE.find((c) => c.id === 'other')!.items);
  });

  it('offers a community everything but the retired items', () => {
    const effective = effectiveCatalogue(local);
    expect(findIn(effective, 'services-04')).toBeUndefined();
    expect(findIn(effective, 'demo-heping-x1')).toMatchObject({ category: { name: '为民服务类' }, item: { name: '加装电梯协调' } });
    expect(findIn(refineCatalogue(local), 'services-04')?.item.name).toBe('大面积房屋质量、阳光权');
  });

  it('names the version a choice was made from', () => {
    expect(catalogueVersionLabel({ version: 3, streetName: '和平街道' })).toBe('和平街道 第3版');
    expect(catalogueVersionLabel({ version: 0 })).toBe('省级目录');
    expect(catalogueVersionLabel({ version: 0, streetName: '和平街道' })).toBe('省级目录');
  });
});
