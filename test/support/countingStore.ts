import type { Store } from '../../cloudfunctions/core/store/port';
import type { CollectionName } from '../../cloudfunctions/core/store/schema';

/** CloudBase's server-side page size, as the CloudBase adapter pages reads and batches inserts. */
const PAGE = 1000;

/** How many `get` calls the CloudBase adapter makes for a find that returns `n` rows under `limit`. */
function findRequests(n: number, limit = Number.POSITIVE_INFINITY): number {
  let requests = 0;
  let got = 0;
  while (got < limit) {
    const size = Math.min(PAGE, limit - got);
    requests++;
    const page = Math.min(size, n - got);
    got += page;
    if (page < size) break;
  }
  return requests;
}

export interface CountingStore extends Store {
  /** Documents handed out per collection since the last reset. */
  docsRead: Map<CollectionName, number>;
  /** Database requests per collection, as the CloudBase adapter would make them (reads paged by 1,000, inserts batched by 1,000). */
  requests: Map<CollectionName, number>;
  /** Of `requests`, those that write (insert, update, remove): CloudBase's quotas count reads and writes apart. */
  writeRequests: Map<CollectionName, number>;
  /** Documents inserted, updated or removed per collection. */
  docsWritten: Map<CollectionName, number>;
  reset(): void;
}

/** A store that counts the documents each collection hands out, to show what a call reads. */
export function countingStore(inner: Store): CountingStore {
  const docsRead = new Map<CollectionName, number>();
  const requests = new Map<CollectionName, number>();
  const writeRequests = new Map<CollectionName, number>();
  const docsWritten = new Map<CollectionName, number>();
  const add = (c: CollectionName, n: number) => docsRead.set(c, (docsRead.get(c) ?? 0) + n);
  const ask = (c: CollectionName, n = 1) => requests.set(c, (requests.get(c) ?? 0) + n);
  const wrote = (c: CollectionName, n: number) => docsWritten.set(c, (docsWritten.get(c) ?? 0) + n);
  const write = (c: CollectionName, n = 1) => {
    ask(c, n);
    writeRequests.set(c, (writeRequests.get(c) ?? 0) + n);
  };
  return {
    ...inner,
    docsRead,
    requests,
    writeRequests,
    docsWritten,
    reset: () => {
      docsRead.clear();
      requests.clear();
      writeRequests.clear();
      docsWritten.clear();
    },
    async get(c, id) {
      ask(c);
      const doc = await inner.get(c, id);
      add(c, doc ? 1 : 0);
      return doc as never;
    },
    async find(c, filter, options) {
      const docs = await inner.find(c, filter, options);
      ask(c, findRequests(docs.length, options?.limit));
      add(c, docs.length);
      return docs as never;
    },
    async count(c, filter) {
      ask(c);
      return inner.count(c, filter);
    },
    async insert(c, doc) {
      write(c);
      await inner.insert(c, doc);
      wrote(c, 1);
    },
    async insertMany(c, docs) {
      write(c, Math.ceil(docs.length / PAGE));
      await inner.insertMany(c, docs);
      wrote(c, docs.length);
    },
    async update(c, where, update) {
      write(c);
      const n = await inner.update(c, where, update);
      wrote(c, n);
      return n;
    },
    async remove(c, where) {
      write(c);
      const n = await inner.remove(c, where);
      wrote(c, n);
      return n;
    },
  };
}
