import { DomainError, refineCatalogue } from '@shared';
import type { UseCase } from '../functionKit';
import { requireOfficer } from '../access/street';
import { changeCatalogue } from './catalogueChange';
import { toStreetCatalogueView } from './catalogueView';

/**
 * An officer adds a matter to one of the catalogue's categories, with a local note if they like.
 * Its id takes the street's next number, so an id is never reused, not even a retired item's.
 */
export const addCatalogueItem: UseCase<'street', 'streetCatalogue.add'> = async (ctx, { requestId, version, categoryId, name, note }) => {
  const staffOf = await requireOfficer(ctx);
  const doc = await changeCatalogue(ctx, staffOf, { version, requestId }, (d) => {
    const category = refineCatalogue(d).find((c) => c.id === categoryId)!;
    if (category.items.some((i) => i.name === name && i.retiredAt === undefined)) throw new DomainError('INVALID_INPUT', `${category.name}中已有“${name}”`);
    const id = `${d._id}-x${d.nextNumber}`;
    return {
      set: {
        additions: [...d.additions, { id, categoryId, name, addedAt: ctx.now }],
        nextNumber: d.nextNumber + 1,
        ...(note ? { notes: [...d.notes, { itemId: id, text: note }] } : {}),
      },
      entry: { kind: 'add', itemId: id, itemName: name, ...(note ? { note } : {}) },
    };
  });
  return toStreetCatalogueView(doc, staffOf);
};
