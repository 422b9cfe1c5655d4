import { DomainError } from '@shared';
import { isStoreConflict, type Doc, type Filter, type Scalar, type Store } from './store/port';
import type { CollectionName } from './store/schema';

/** CloudBase takes one write at a time per call; a few in flight keep large batches within the time limit. */
const IN_FLIGHT = 10;

export async function inBatches<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += IN_FLIGHT) await Promise.all(items.slice(i, i + IN_FLIGHT).map(work));
}

/** Inserts a document whose id follows from its content; one already there is this very document (or it since changed) and stays. */
export function insertOnce(store: Store, collection: CollectionName, doc: { _id: string }): Promise<void> {
  return store.insert(collection, doc).catch((e) => {
    if (!isStoreConflict(e)) throw e;
  });
}

/**
 * Inserts documents whose ids follow from what they record, in one request; when a retry finds some
 * already there, the rest one by one, each once.
 */
export async function insertAllOnce(store: Store, collection: CollectionName, docs: { _id: string }[]): Promise<void> {
  try {
    await store.insertMany(collection, docs);
  } catch (e) {
    if (!isStoreConflict(e)) throw e;
    await inBatches(docs, (doc) => insertOnce(store, collection, doc));
  }
}

/**
 * Inserts a document whose id follows from the request that makes it; one already there is a retry's
 * first attempt, which `isSame` must own (the same author), else the call is refused with CONFLICT.
 * Returns the record stored, and whether this call inserted it.
 */
export async function insertOrReadBack<T extends Doc>(
  store: Store,
  collection: CollectionName,
  doc: T,
  isSame: (stored: T) => boolean,
): Promise<{ stored: T; inserted: boolean }> {
  try {
    await store.insert(collection, doc);
    return { stored: doc, inserted: true };
  } catch (e) {
    if (!isStoreConflict(e)) throw e;
  }
  const stored = await store.get<T>(collection, doc._id);
  if (!stored || !isSame(stored)) throw new DomainError('CONFLICT');
  return { stored, inserted: false };
}

/** Values one `$in` carries: a query stays a reasonable size whatever the list's length. */
const IN_LIST = 500;

/**
 * The documents whose `field` is one of `values` (and that match `filter`), in as many queries of
 * at most 500 values as it takes, never one request the size of a community. Empty list, no request.
 */
export async function findIn<T extends { _id: string }>(
  store: Store,
  collection: CollectionName,
  field: string,
  values: Scalar[],
  filter: Filter = {},
): Promise<T[]> {
  const unique = [...new Set(values)];
  const found: T[] = [];
  for (let i = 0; i < unique.length; i += IN_LIST) {
    found.push(...(await store.find<T>(collection, { ...filter, [field]: { $in: unique.slice(i, i + IN_LIST) } })));
  }
  return found;
}
