import { DomainError, effectiveCatalogue, findCatalogueItem, findIn, type CatalogueRef, type RefinedCategory } from '@shared';
import type { UseCaseContext } from '../context';
import type { CommunityDoc, ConsultationDoc, MatterRecord, StreetCatalogueDoc, StreetDoc } from '../docs';

/**
 * The catalogue a community picks from: its street's refinement (static + additions − retirements,
 * with notes) at its current version, or the static catalogue when it has no street or the street
 * has changed nothing. Two reads whatever the community's size.
 */
export async function catalogueOf(
  ctx: UseCaseContext,
  community: Pick<CommunityDoc, 'streetId'>,
): Promise<{ categories: RefinedCategory[]; ref: CatalogueRef }> {
  if (!community.streetId) return { categories: effectiveCatalogue(null), ref: { version: 0 } };
  const [local, street] = await Promise.all([
    ctx.store.get<StreetCatalogueDoc>('streetCatalogues', community.streetId),
    ctx.store.get<StreetDoc>('streets', community.streetId),
  ]);
  return { categories: effectiveCatalogue(local), ref: { version: local?.version ?? 0, ...(street ? { streetName: street.name } : {}) } };
}

/** The matter chosen for a new plan or suggestion: refused unless the community's catalogue offers it now. */
export async function chooseMatter(ctx: UseCaseContext, community: Pick<CommunityDoc, 'streetId'>, itemId: string): Promise<MatterRecord> {
  const { categories, ref } = await catalogueOf(ctx, community);
  const found = findIn(categories, itemId);
  if (!found) throw new DomainError('INVALID_INPUT', '所选协商事项不在本社区的协商事项目录中（可能已停用），请重新选择');
  return { itemName: found.item.name, categoryName: found.category.name, catalogue: ref };
}

/** A consultation's matter as recorded when chosen, or, for a record older than that, from the static catalogue. */
export function matterOf(doc: Pick<ConsultationDoc, 'matter' | 'plan'>): MatterRecord | undefined {
  if (doc.matter) return doc.matter;
  const entry = findCatalogueItem(doc.plan.categoryId);
  return entry ? { itemName: entry.item.name, categoryName: entry.category.name, catalogue: { version: 0 } } : undefined;
}
