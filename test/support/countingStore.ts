import type { Store } from '../../cloudfunctions/core/store/port';
import type { CollectionName } from '../../cloudfunctions/core/store/schema';

/** A store that counts the documents each collection hands out, to show what a call reads. */
export function countingStore(inner: Store): Store & { docsRead: Map<CollectionName, number>; reset(): void } {
  const docsRead = new Map<CollectionName, number>();
  const add = (c: CollectionName, n: number) => docsRead.set(c, (docsRead.get(c) ?? 0) + n);
  return {
    ...inner,
    docsRead,
    reset: () => docsRead.clear(),
    async get(c, id) {
      const doc = await inner.get(c, id);
      add(c, doc ? 1 : 0);
      return doc as never;
    },
    async find(c, filter, options) {
      const docs = await inner.find(c, filter, options);
      add(c, docs.length);
      return docs as never;
    },
  };
}
