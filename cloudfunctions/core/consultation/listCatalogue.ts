import { catalogueVersionLabel } from '@shared';
import type { UseCase } from '../functionKit';
import { findMember } from '../access/requireMember';
import { catalogueOf } from '../catalogue/communityCatalogue';

/**
 * 协商事项目录: the matters a consultation or suggestion may be about, as the caller's community's
 * street has refined them. Public data: any signed-in caller reads it, one in no community the static one.
 */
export const listCatalogue: UseCase<'consultation', 'catalogue.list'> = async (ctx) => {
  const found = await findMember(ctx);
  const { categories, ref } = await catalogueOf(ctx, found?.community ?? {});
  return { categories, versionLabel: catalogueVersionLabel(ref) };
};
