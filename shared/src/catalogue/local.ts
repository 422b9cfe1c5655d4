/**
 * A 街道／乡镇's refinement of the 协商事项目录 (「结合各自实际进行完善……上报州民政局统一备案」):
 * items it adds to the static categories, items it retires, and its local notes on any item.
 * The merge is pure so the street's page, the communities' picker and the 备案 export agree.
 */
import { CATALOGUE, type CatalogueItem } from './data';

/** An item a street added: its id is new and never reused, its category one of the static ones. */
interface LocalItem {
  id: string;
  categoryId: string;
  name: string;
  addedAt: number;
}

/** What a street changed: additions, retirements (item id → when) and notes (item id → text). */
export interface LocalCatalogue {
  additions: LocalItem[];
  retired: { itemId: string; at: number }[];
  notes: { itemId: string; text: string }[];
}

/** An item as the street's catalogue shows it: with its local note, and when it was added or retired. */
export interface RefinedItem extends CatalogueItem {
  note?: string;
  /** Set for an item the street added. */
  addedAt?: number;
  /** Set for an item the street retired: no longer offered for new consultations. */
  retiredAt?: number;
}

export interface RefinedCategory {
  id: string;
  name: string;
  items: RefinedItem[];
}

/** Every item, the static ones then the street's additions in each category, retired ones marked. */
export function refineCatalogue(local: LocalCatalogue | null): RefinedCategory[] {
  const retiredAt = new Map(local?.retired.map((r) => [r.itemId, r.at]));
  const notes = new Map(local?.notes.map((n) => [n.itemId, n.text]));
  const refine = (item: RefinedItem): RefinedItem => {
    const note = notes.get(item.id);
    const retired = retiredAt.get(item.id);
    return { ...item, ...(note ? { note } : {}), ...(retired !== undefined ? { retiredAt: retired } : {}) };
  };
  return CATALOGUE.map((c) => ({
    id: c.id,
    name: c.name,
    items: [
      ...c.items.map((i) => refine({ ...i })),
      ...(local?.additions ?? []).filter((a) => a.categoryId === c.id).map((a) => refine({ id: a.id, name: a.name, addedAt: a.addedAt })),
    ],
  }));
}

/** What a community under the street may pick from: the refined catalogue without its retired items. */
export function effectiveCatalogue(local: LocalCatalogue | null): RefinedCategory[] {
  return refineCatalogue(local).map((c) => ({ ...c, items: c.items.filter((i) => i.retiredAt === undefined) }));
}

/** The item with this id and its category in a (refined or effective) catalogue, or undefined. */
export function findIn(categories: RefinedCategory[], itemId: string): { item: RefinedItem; category: RefinedCategory } | undefined {
  for (const category of categories) {
    const item = category.items.find((i) => i.id === itemId);
    if (item) return { item, category };
  }
  return undefined;
}

/** Which catalogue a choice was made from: the static one (version 0) or a street's, at a version. */
export interface CatalogueRef {
  version: number;
  streetName?: string;
}

/** The catalogue version in words: 「和平街道 第3版」, or 「省级目录」 for the static one. */
export function catalogueVersionLabel(ref: CatalogueRef): string {
  return ref.streetName && ref.version > 0 ? `${ref.streetName} 第${ref.version}版` : '省级目录';
}
