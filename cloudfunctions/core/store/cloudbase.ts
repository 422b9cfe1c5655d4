import type { CloudBase } from '@cloudbase/node-sdk';
import type { Condition, Doc, Filter, FindOptions, Store, Update } from './port';
import { StoreConflictError } from './port';
import type { CollectionName } from './schema';

/** CloudBase's server-side query limit; longer reads page through in steps of this size. */
const PAGE = 1000;

interface DbResult {
  code?: string;
  message?: string;
  data?: unknown;
  total?: number;
  updated?: number;
  deleted?: number;
}

/* The SDK's query builder types are loose; this is the part of them the adapter uses. */
interface Query {
  where(q: object): Query;
  orderBy(field: string, dir: 'asc' | 'desc'): Query;
  skip(n: number): Query;
  limit(n: number): Query;
  get(): Promise<DbResult>;
  count(): Promise<DbResult>;
  update(data: object): Promise<DbResult>;
  remove(): Promise<DbResult>;
}
interface Collection extends Query {
  doc(id: string): { get(): Promise<DbResult> };
  add(data: object): Promise<DbResult>;
}
interface Command {
  in(v: unknown[]): unknown;
  neq(v: unknown): unknown;
  gt(v: unknown): unknown;
  gte(v: unknown): unknown;
  lt(v: unknown): unknown;
  lte(v: unknown): unknown;
  inc(n: number): unknown;
  push(values: unknown[]): unknown;
  set(value: unknown): unknown;
  remove(): unknown;
}

/** The SDK reports most failures as `{code, message}` rather than throwing; make them throw. */
function check(collection: string, res: DbResult): DbResult {
  if (res && res.code) throw classify(collection, new Error(`${res.code}: ${res.message ?? ''}`));
  return res;
}

/** Duplicate keys surface as MongoDB's E11000 inside CloudBase's error text. */
function classify(collection: string, e: unknown): unknown {
  const text = String((e as Error)?.message ?? e);
  return /E11000|duplicate key|DUPLICATE/i.test(text) ? new StoreConflictError(collection, text) : e;
}

/** The production store: CloudBase's document database through `@cloudbase/node-sdk`. */
export function cloudbaseStore(app: CloudBase): Store {
  const db = app.database();
  const _ = db.command as unknown as Command;
  const coll = (name: CollectionName) => db.collection(name) as unknown as Collection;

  const toCondition = (c: Condition): unknown => {
    if (c === null || typeof c !== 'object') return c;
    if ('$in' in c) return _.in(c.$in);
    if ('$ne' in c) return _.neq(c.$ne);
    if ('$gt' in c) return _.gt(c.$gt);
    if ('$gte' in c) return _.gte(c.$gte);
    if ('$lt' in c) return _.lt(c.$lt);
    return _.lte(c.$lte);
  };
  const toWhere = (filter: Filter) => Object.fromEntries(Object.entries(filter).map(([k, c]) => [k, toCondition(c)]));

  const toUpdate = (u: Update) => {
    const data: Record<string, unknown> = {};
    // CloudBase merges a plain object into the stored one; the port promises replacement.
    for (const [k, v] of Object.entries(u.set ?? {})) data[k] = v !== null && typeof v === 'object' ? _.set(v) : v;
    for (const [k, n] of Object.entries(u.inc ?? {})) data[k] = _.inc(n);
    for (const [k, values] of Object.entries(u.push ?? {})) data[k] = _.push(values);
    for (const k of u.unset ?? []) data[k] = _.remove();
    return data;
  };

  const run = async (collection: CollectionName, op: () => Promise<DbResult>) => {
    try {
      return check(collection, await op());
    } catch (e) {
      throw classify(collection, e);
    }
  };

  return {
    async get<T extends Doc>(collection: CollectionName, id: string) {
      const res = await run(collection, () => coll(collection).where({ _id: id }).limit(1).get());
      const rows = (res.data as T[] | undefined) ?? [];
      return (rows[0] as T | undefined) ?? null;
    },

    async find<T extends Doc>(collection: CollectionName, filter: Filter, options: FindOptions = {}) {
      const wanted = options.limit ?? Number.POSITIVE_INFINITY;
      const rows: T[] = [];
      let skip = options.skip ?? 0;
      while (rows.length < wanted) {
        let q = coll(collection).where(toWhere(filter));
        for (const s of options.sort ?? []) q = q.orderBy(s.field, s.dir);
        const size = Math.min(PAGE, wanted - rows.length);
        const res = await run(collection, () => q.skip(skip).limit(size).get());
        const page = (res.data as T[] | undefined) ?? [];
        rows.push(...page);
        if (page.length < size) break;
        skip += page.length;
      }
      return rows;
    },

    async count(collection: CollectionName, filter: Filter) {
      const res = await run(collection, () => coll(collection).where(toWhere(filter)).count());
      return res.total ?? 0;
    },

    async insert<T extends Doc>(collection: CollectionName, doc: T) {
      await run(collection, () => coll(collection).add(doc));
    },

    async insertMany<T extends Doc>(collection: CollectionName, docs: T[]) {
      // The SDK takes an array in one call; keep each call a modest size.
      for (let i = 0; i < docs.length; i += PAGE) {
        const chunk = docs.slice(i, i + PAGE);
        await run(collection, () => coll(collection).add(chunk));
      }
    },

    async update(collection: CollectionName, where: Filter, update: Update) {
      const res = await run(collection, () => coll(collection).where(toWhere(where)).update(toUpdate(update)));
      return res.updated ?? 0;
    },

    async remove(collection: CollectionName, where: Filter) {
      const res = await run(collection, () => coll(collection).where(toWhere(where)).remove());
      return res.deleted ?? 0;
    },

    async compact() {
      // Nothing to do: CloudBase keeps no earlier version of a document that its API can read, so
      // an update or a removal is final for every reader of the database. Its own backups (the
      // point-in-time 回档 whose range `tcb db nosql restore-time` shows) are out of this code's reach.
    },

    async close() {
      // The SDK keeps no connection that needs closing.
    },
  };
}
