import { CATALOGUE } from '@shared';
import type { UseCase } from '../functionKit';

/** 协商事项目录: the matters a consultation may be about. Public data; any signed-in caller may read it. */
export const listCatalogue: UseCase<'consultation', 'catalogue.list'> = async () => ({
  categories: CATALOGUE.map((c) => ({ ...c, items: [...c.items] })),
});
