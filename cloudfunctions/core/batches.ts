import { isStoreConflict, type Store } from './store/port';
import type { CollectionName } from './store/schema';

/** CloudBase takes one write at a time per call; a few in flight keep large batches within the time limit. */
const IN_FLIGHT = 10;

export async function inBatches<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += IN_FLIGHT) await Promise.all(items.slice(i, i + IN_FLIGHT).map(work));
}

/** Inserts a document whose id follows from its content; one already there is this very document. */
export function insertOnce(store: Store, collection: CollectionName, doc: { _id: string }): Promise<void> {
  return store.insert(collection, doc).catch((e) => {
    if (!isStoreConflict(e)) throw e;
  });
}
