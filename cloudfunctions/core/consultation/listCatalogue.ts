import { catalogueVersionLabel } from '@shared';
import type { UseCase } from '../functionKit';
import { findMember } from '../access/requireMember';
import { findStaff } from '../access/street';
import { catalogueOf } from '../catalogue/communityCatalogue';

/**
 * 协商事项目录: the matters a consultation or suggestion may be about, as the caller's community's
 * street has refined them; a street's staff (who plan its cross-community matters) read their
 * street's. Public data: any signed-in caller reads it, one in no community and on no staff the static one.
 */
export const listCatalogue: UseCase<'consultation', 'catalogue.list'> = async (ctx) => {
  const found = await findMember(ctx);
  const staffOf = found ? null : await findStaff(ctx);
  const { categories, ref } = await catalogueOf(ctx, found?.community ?? (staffOf ? { streetId: staffOf.street._id } : {}));
  return { categories, versionLabel: catalogueVersionLabel(ref) };
};
