import { DomainError, findIn, refineCatalogue } from '@shared';
import type { UseCaseContext } from '../context';
import type { CatalogueChange, StreetCatalogueDoc } from '../docs';
import type { StaffOfStreet } from '../access/street';
import { isStoreConflict } from '../store/port';

/** A street that has changed nothing yet: the static catalogue, version 0. */
const blank = (streetId: string): StreetCatalogueDoc => ({ _id: streetId, version: 0, nextNumber: 1, additions: [], retired: [], notes: [], history: [] });

/** The street's catalogue as stored, or a blank one before its first change. */
export async function loadStreetCatalogue(ctx: UseCaseContext, streetId: string): Promise<StreetCatalogueDoc> {
  return (await ctx.store.get<StreetCatalogueDoc>('streetCatalogues', streetId)) ?? blank(streetId);
}

/** What one change does: the catalogue's fields it sets, and what its history entry says. */
export interface Change {
  set: Partial<Pick<StreetCatalogueDoc, 'additions' | 'retired' | 'notes' | 'nextNumber'>>;
  entry: Pick<CatalogueChange, 'kind' | 'itemId' | 'itemName' | 'note'>;
}

const conflict = () => new DomainError('CONFLICT', '协商事项目录刚被其他同事修改过，请刷新后再改');

/**
 * One officer's change, guarded by the version they saw: of two officers editing at once the
 * second is told to refresh. A retry of a change already made (same request, same officer) finds
 * it in the history and changes nothing more.
 */
export async function changeCatalogue(
  ctx: UseCaseContext,
  { staff, street }: StaffOfStreet,
  seen: { version: number; requestId: string },
  decide: (doc: StreetCatalogueDoc) => Change,
): Promise<StreetCatalogueDoc> {
  const doc = await loadStreetCatalogue(ctx, street._id);
  if (doc.history.some((h) => h.requestId === seen.requestId && h.staffId === staff._id)) return doc;
  if (doc.version !== seen.version) throw conflict();
  const { set, entry } = decide(doc);
  const version = doc.version + 1;
  const history = [...doc.history, { ...entry, version, at: ctx.now, staffId: staff._id, staffName: staff.name, requestId: seen.requestId }];
  const next: StreetCatalogueDoc = { ...doc, ...set, version, history };
  if (doc.version === 0) {
    await ctx.store.insert('streetCatalogues', next).catch((e: unknown) => {
      throw isStoreConflict(e) ? conflict() : e;
    });
  } else if ((await ctx.store.update('streetCatalogues', { _id: doc._id, version: doc.version }, { set: { ...set, version, history } })) === 0) {
    throw conflict();
  }
  return next;
}

/** The item a retirement or note is about, retired or not; another id is NOT_FOUND. */
export function itemIn(doc: StreetCatalogueDoc, itemId: string) {
  const found = findIn(refineCatalogue(doc), itemId);
  if (!found) throw new DomainError('NOT_FOUND', '协商事项目录中没有这个事项');
  return found.item;
}
