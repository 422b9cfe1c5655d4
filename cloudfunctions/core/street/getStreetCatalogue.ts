import type { UseCase } from '../functionKit';
import { requireStaff } from '../access/street';
import { loadStreetCatalogue } from './catalogueChange';
import { toStreetCatalogueView } from './catalogueView';

/** 协商事项目录 on the street's page: either role reads it. */
export const getStreetCatalogue: UseCase<'street', 'streetCatalogue.get'> = async (ctx) => {
  const staffOf = await requireStaff(ctx);
  return toStreetCatalogueView(await loadStreetCatalogue(ctx, staffOf.street._id), staffOf);
};
