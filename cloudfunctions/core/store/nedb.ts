import path from 'node:path';
import Datastore from '@seald-io/nedb';
import type { Doc, Filter, FindOptions, Store, Update } from './port';
import { StoreConflictError } from './port';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './schema';

/**
 * The embedded store: one nedb datafile per collection under `dir` (`.data/` by default).
 * nedb runs each datastore's operations one at a time, so a guarded update is atomic here
 * just as a single-document update is in CloudBase.
 */
export async function openNedbStore(dir: string): Promise<Store> {
  const stores = new Map<CollectionName, Datastore<Record<string, unknown>>>();
  for (const name of COLLECTION_NAMES) {
    const ds = new Datastore<Record<string, unknown>>({ filename: path.join(dir, `${name}.db`) });
    await ds.loadDatabaseAsync();
    for (const spec of COLLECTIONS[name]) {
      await ds.ensureIndexAsync({ fieldName: spec.fields.length === 1 ? spec.fields[0] : spec.fields, unique: spec.unique });
    }
    stores.set(name, ds);
  }
  const ds = (name: CollectionName) => stores.get(name)!;

  return {
    async get<T extends Doc>(collection: CollectionName, id: string) {
      return (await ds(collection).findOneAsync({ _id: id })) as T | null;
    },

    async find<T extends Doc>(collection: CollectionName, filter: Filter, options: FindOptions = {}) {
      let cursor = ds(collection).findAsync(filter);
      if (options.sort?.length) {
        cursor = cursor.sort(Object.fromEntries(options.sort.map((s) => [s.field, s.dir === 'asc' ? 1 : -1])));
      }
      if (options.skip) cursor = cursor.skip(options.skip);
      if (options.limit !== undefined) cursor = cursor.limit(options.limit);
      return (await cursor) as unknown as T[];
    },

    async count(collection: CollectionName, filter: Filter) {
      return ds(collection).countAsync(filter);
    },

    async insert<T extends Doc>(collection: CollectionName, doc: T) {
      try {
        await ds(collection).insertAsync(doc as unknown as Record<string, unknown>);
      } catch (e) {
        if ((e as { errorType?: string }).errorType === 'uniqueViolated') {
          throw new StoreConflictError(collection, String((e as { key?: unknown }).key ?? doc._id));
        }
        throw e;
      }
    },

    async insertMany<T extends Doc>(collection: CollectionName, docs: T[]) {
      if (docs.length === 0) return;
      try {
        await ds(collection).insertAsync(docs as unknown as Record<string, unknown>[]);
      } catch (e) {
        if ((e as { errorType?: string }).errorType === 'uniqueViolated') {
          throw new StoreConflictError(collection, String((e as { key?: unknown }).key ?? ''));
        }
        throw e;
      }
    },

    async update(collection: CollectionName, where: Filter, update: Update) {
      const { numAffected } = await ds(collection).updateAsync(where, toNedbUpdate(update), { multi: true });
      return numAffected;
    },

    async remove(collection: CollectionName, where: Filter) {
      return ds(collection).removeAsync(where, { multi: true });
    },

    async compact(collection: CollectionName) {
      // nedb appends each change as a new line and keeps the old ones until it rewrites the file.
      await ds(collection).compactDatafileAsync();
    },

    async close() {
      for (const d of stores.values()) await d.compactDatafileAsync();
    },
  };
}

function toNedbUpdate(update: Update): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (update.set && Object.keys(update.set).length) out.$set = update.set;
  if (update.inc && Object.keys(update.inc).length) out.$inc = update.inc;
  if (update.unset?.length) out.$unset = Object.fromEntries(update.unset.map((k) => [k, true]));
  if (update.push && Object.keys(update.push).length) {
    out.$push = Object.fromEntries(Object.entries(update.push).map(([k, values]) => [k, { $each: values }]));
  }
  return out;
}
