import { randomBytes } from 'node:crypto';
import { EJSON } from 'bson';
import { Query, update as applyUpdate } from 'mingo';
import { ApiError, type Action } from './api';

type Doc = Record<string, unknown> & { _id: unknown };

/** A unique key as `npm run db:ensure` creates it: one or more dotted paths. */
export interface UniqueKey {
  fields: string[];
}

/**
 * CloudBase's server SDK reads at most 1,000 documents a call and 100 when no limit is given
 * ("limit 在云函数端默认及最大上限为 1000"; the SDK sends 100 itself when the caller sets none).
 */
const PAGE_LIMIT = 1000;
const DEFAULT_LIMIT = 100;

/**
 * What the SDK sends as `query`, `order`, `projection` and `data`: canonical Extended JSON strings
 * (`{"at":{"$gt":{"$numberInt":"20"}}}`), its own commands already rendered as MongoDB operators
 * (`_.in` → `$in`, `_.neq` → `$ne`, `_.inc` → `$inc`, `_.push([..])` → `$push: {$each: [..]}`,
 * `_.remove()` → `$unset: {path: ""}`, `_.set(obj)` → `$set: {path: obj}`). Relaxed parsing turns
 * `$numberInt` and friends back into plain numbers, which is what MongoDB compares.
 */
function decode(text: unknown): Record<string, unknown> {
  if (typeof text !== 'string' || text === '') return {};
  return EJSON.parse(text, { relaxed: true }) as Record<string, unknown>;
}

/** Documents go back the way CloudBase sends them: each one an Extended JSON string. */
const encode = (doc: object) => EJSON.stringify(doc, { relaxed: false });

/** The value a unique key holds in a document, comparable as a string. */
function keyValue(doc: object, fields: string[]): string {
  const at = (path: string) => {
    let here: unknown = doc;
    for (const part of path.split('.')) here = here !== null && typeof here === 'object' ? (here as Record<string, unknown>)[part] : undefined;
    // A unique index stores a missing field as null, so two documents without it collide.
    return here === undefined ? null : here;
  };
  return JSON.stringify(fields.map(at));
}

/** MongoDB's words for a duplicate key, which is what CloudBase passes on in its message. */
function duplicate(collection: string, key: string, value: unknown): ApiError {
  return new ApiError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${collection} index: ${key} dup key: ${JSON.stringify(value)}`);
}

/**
 * One collection in memory. Each request is handled synchronously between reading its body and
 * writing its answer, so a guarded update is atomic against other requests, as a single
 * MongoDB write is.
 */
class Collection {
  readonly docs: Doc[] = [];
  constructor(
    readonly name: string,
    private readonly unique: UniqueKey[],
  ) {}

  matching(filter: Record<string, unknown>): Doc[] {
    return new Query(filter, { idKey: '_id' }).find<Doc>(this.docs).all();
  }

  /**
   * Checks `_id` and each unique key: `stored` are taken as they are, then each of `incoming` in
   * order is refused if its key is already held, else admitted. Ordered, as MongoDB's insertMany
   * is: the documents before a refused one have been admitted.
   */
  admit(stored: Doc[], incoming: Doc[], onAdmit: (doc: Doc) => void = () => {}) {
    const keys = [{ fields: ['_id'] }, ...this.unique];
    const held = keys.map(({ fields }) => new Set(stored.map((d) => keyValue(d, fields))));
    for (const doc of incoming) {
      const values = keys.map(({ fields }) => keyValue(doc, fields));
      const taken = values.findIndex((v, i) => held[i].has(v));
      if (taken !== -1) throw duplicate(this.name, keys[taken].fields.join('_'), values[taken]);
      values.forEach((v, i) => held[i].add(v));
      onAdmit(doc);
    }
  }
}

/** A 32-hex id, the shape CloudBase gives a document added without one. */
const newId = () => randomBytes(16).toString('hex');

export function databaseActions(declared: Record<string, UniqueKey[]>) {
  const collections = new Map(Object.entries(declared).map(([name, keys]) => [name, new Collection(name, keys)]));

  const collection = (params: Record<string, unknown>): Collection => {
    const found = collections.get(String(params.collectionName));
    if (!found) throw new ApiError('DATABASE_COLLECTION_NOT_EXIST', `集合不存在: ${String(params.collectionName)}`);
    return found;
  };

  const getDocument: Action = (params) => {
    const coll = collection(params);
    const projection = decode(params.projection);
    let cursor = new Query(decode(params.query), { idKey: '_id' }).find<Doc>(coll.docs, Object.keys(projection).length ? projection : undefined);
    const order = decode(params.order);
    if (Object.keys(order).length) cursor = cursor.sort(order);
    if (typeof params.offset === 'number') cursor = cursor.skip(params.offset);
    const limit = typeof params.limit === 'number' ? Math.min(params.limit, PAGE_LIMIT) : DEFAULT_LIMIT;
    const list = cursor.limit(limit).all().map(encode);
    return { list, limit, offset: params.offset ?? 0 };
  };

  const calculateDocument: Action = (params) => ({ total: collection(params).matching(decode(params.query)).length });

  const insertDocument: Action = (params) => {
    const coll = collection(params);
    const incoming = ((params.data as string[]) ?? []).map((text) => ({ _id: newId(), ...decode(text) }) as Doc);
    const insertedIds: unknown[] = [];
    coll.admit(coll.docs, incoming, (doc) => {
      coll.docs.push(doc);
      insertedIds.push(doc._id);
    });
    return { insertedIds };
  };

  /**
   * `merge: true` (every `where(...).update(...)`) applies MongoDB update operators; `multi`
   * chooses every match or the first. All matches are changed, checked against the unique keys
   * and only then stored, so a refused update leaves every document as it was. `updated` counts
   * documents whose content changed (MongoDB's nModified).
   */
  const modifyDocument: Action = (params) => {
    const coll = collection(params);
    // The adapter only ever sends operator updates; a replacement or an upsert is not modelled.
    if (params.upsert === true || params.merge !== true) throw new ApiError('DATABASE_INVALID_OPERRATOR', 'stand-in: only merge updates');
    const data = decode(params.data);
    const targets = coll.matching(decode(params.query)).slice(0, params.multi === false ? 1 : undefined);
    const changed = new Map<Doc, Doc>();
    for (const doc of targets) {
      const next = structuredClone(doc);
      if (applyUpdate(next, data).length) changed.set(doc, next);
    }
    const after = coll.docs.map((d) => changed.get(d) ?? d);
    coll.admit([], after);
    coll.docs.splice(0, coll.docs.length, ...after);
    return { updated: changed.size, upsert_id: null };
  };

  const removeDocument: Action = (params) => {
    const coll = collection(params);
    const doomed = new Set(coll.matching(decode(params.query)).slice(0, params.multi === false ? 1 : undefined));
    const kept = coll.docs.filter((d) => !doomed.has(d));
    coll.docs.splice(0, coll.docs.length, ...kept);
    return { deleted: doomed.size };
  };

  return {
    actions: {
      'database.getDocument': getDocument,
      'database.calculateDocument': calculateDocument,
      'database.insertDocument': insertDocument,
      'database.modifyDocument': modifyDocument,
      'database.removeDocument': removeDocument,
    } satisfies Record<string, Action>,
    /** What a collection holds now, for a test to read behind the adapter's back. */
    documents: (name: string) => structuredClone(collections.get(name)?.docs ?? []),
  };
}
