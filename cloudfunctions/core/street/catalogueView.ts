import { catalogueVersionLabel, refineCatalogue, type StreetCatalogueView } from '@shared';
import type { CatalogueChange, StreetCatalogueDoc } from '../docs';
import { mayActForStreet, type StaffOfStreet } from '../access/street';

/** How many changes the page lists: the export and the stored history keep them all. */
const HISTORY_SHOWN = 50;

const CHANGE_LABELS: Record<CatalogueChange['kind'], string> = { add: '新增事项', retire: '停用事项', note: '本街道说明' };

/** The street's catalogue as its staff read it; the controls follow the same policy the changes enforce. */
export function toStreetCatalogueView(doc: StreetCatalogueDoc, { staff, street }: StaffOfStreet): StreetCatalogueView {
  return {
    streetName: street.name,
    version: doc.version,
    versionLabel: catalogueVersionLabel({ version: doc.version, streetName: street.name }),
    mayAct: mayActForStreet(staff).ok,
    categories: refineCatalogue(doc),
    history: doc.history
      .slice(-HISTORY_SHOWN)
      .reverse()
      .map((h) => ({
        version: h.version,
        at: h.at,
        byName: h.staffName,
        kindLabel: CHANGE_LABELS[h.kind],
        itemName: h.itemName,
        ...(h.note ? { note: h.note } : {}),
      })),
  };
}
