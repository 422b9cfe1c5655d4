import { CATALOGUE, type CatalogueCategory, type CatalogueItem } from './data';

export { CATALOGUE };
export type { CatalogueCategory };

export interface CatalogueEntry {
  item: CatalogueItem;
  category: CatalogueCategory;
}

const byItemId = new Map<string, CatalogueEntry>();
for (const category of CATALOGUE) {
  for (const item of category.items) byItemId.set(item.id, { item, category });
}

/** The catalogue item with this id and its category, or undefined when the id is not in the catalogue. */
export function findCatalogueItem(itemId: string): CatalogueEntry | undefined {
  return byItemId.get(itemId);
}

export function isCatalogueItemId(itemId: string): boolean {
  return byItemId.has(itemId);
}
