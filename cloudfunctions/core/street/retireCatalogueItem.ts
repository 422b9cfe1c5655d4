import { DomainError } from '@shared';
import type { UseCase } from '../functionKit';
import { requireOfficer } from '../access/street';
import { changeCatalogue, itemIn } from './catalogueChange';
import { toStreetCatalogueView } from './catalogueView';

/**
 * An officer retires a matter: the street's communities are no longer offered it for new
 * consultations; those already made keep it and its name, which they recorded when it was chosen.
 */
export const retireCatalogueItem: UseCase<'street', 'streetCatalogue.retire'> = async (ctx, { requestId, version, itemId }) => {
  const staffOf = await requireOfficer(ctx);
  const doc = await changeCatalogue(ctx, staffOf, { version, requestId }, (d) => {
    const item = itemIn(d, itemId);
    if (item.retiredAt !== undefined) throw new DomainError('WRONG_STATE', `“${item.name}”已经停用`);
    return { set: { retired: [...d.retired, { itemId, at: ctx.now }] }, entry: { kind: 'retire', itemId, itemName: item.name } };
  });
  return toStreetCatalogueView(doc, staffOf);
};
