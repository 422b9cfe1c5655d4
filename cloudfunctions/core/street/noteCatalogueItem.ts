import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { requireOfficer } from '../access/street';
import { changeCatalogue, itemIn } from './catalogueChange';
import { toStreetCatalogueView } from './catalogueView';

/** An officer sets the street's note on a matter (「本街道：需先征求物业意见」), or clears it with an empty one. */
export const noteCatalogueItem: UseCase<'street', 'streetCatalogue.note'> = async (ctx, { requestId, version, itemId, note }) => {
  const staffOf = await requireOfficer(ctx);
  const doc = await changeCatalogue(ctx, staffOf, { version, requestId }, (d) => {
    const item = itemIn(d, itemId);
    if ((item.note ?? '') === note) throw new DomainError('INVALID_INPUT', '本街道说明没有改动');
    const notes = [...d.notes.filter((n) => n.itemId !== itemId), ...(note ? [{ itemId, text: note }] : [])];
    return { set: { notes }, entry: { kind: 'note', itemId, itemName: item.name, note } };
  });
  return toStreetCatalogueView(doc, staffOf);
};
