import { DomainError, refineCatalogue } from '@shared';
import type { UseCase } from '../functionKit';
import { requireOfficer } from '../access/street';
import { changeCatalogue } from './catalogueChange';
import { toStreetCatalogueView } from './catalogueView';

/** Far more than a street adds to a 56-item catalogue; every community's picker carries them all. */
const MAX_ADDITIONS = 200;

/**
 * An officer adds a matter to one of the catalogue's categories, with a local note if they like.
 * Its id takes the street's next number, so an id is never reused, not even a retired item's.
 */
export const addCatalogueItem: UseCase<'street', 'streetCatalogue.add'> = async (ctx, { requestId, version, categoryId, name, note }) => {
  const staffOf = await requireOfficer(ctx);
  const doc = await changeCatalogue(ctx, staffOf, { version, requestId }, (d) => {
    if (d.additions.length >= MAX_ADDITIONS) throw new DomainError('LIMIT_REACHED', `本街道新增的事项已达${MAX_ADDITIONS}项，请先整理目录`);
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
