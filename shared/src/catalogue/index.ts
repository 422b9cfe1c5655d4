import { CATALOGUE, type CatalogueCategory, type CatalogueItem } from './data';

export { CATALOGUE };
export * from './local';

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

/**
 * The shape of a catalogue item's id, static (`services-01`) or a street's own (`demo-heping-x1`):
 * whether it is in the caller's catalogue is the use case's to say, as only it knows the street.
 */
export const CATALOGUE_ITEM_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
