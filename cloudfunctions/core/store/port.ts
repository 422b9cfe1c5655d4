/**
 * The store port: the small subset of document operations the use cases need. It is the seam
 * between the use cases and CloudBase, so it stays small; both adapters pass one contract suite
 * (test/contract/store.contract.ts).
 */
import type { CollectionName } from './schema';

export type Scalar = string | number | boolean | null;

/** A field condition: a value to match exactly, or one comparison operator. */
export type Condition = Scalar | { $in: Scalar[] } | { $ne: Scalar } | { $gt: number | string } | { $gte: number } | { $lt: number } | { $lte: number };

/** Conditions on fields (dotted paths reach into nested objects), all of which must hold. */
export type Filter = Record<string, Condition>;

export interface FindOptions {
  sort?: { field: string; dir: 'asc' | 'desc' }[];
  limit?: number;
  skip?: number;
}

/**
 * One update, applied atomically to each matching document.
 * `set` replaces the value at each path (objects are replaced whole, never merged);
 * `inc` adds to numbers; `push` appends values to arrays; `unset` removes fields.
 */
export interface Update {
  set?: Record<string, unknown>;
  unset?: string[];
  inc?: Record<string, number>;
  push?: Record<string, unknown[]>;
}

export interface Doc {
  _id: string;
}

export interface Store {
  get<T extends Doc>(collection: CollectionName, id: string): Promise<T | null>;
  find<T extends Doc>(collection: CollectionName, filter: Filter, options?: FindOptions): Promise<T[]>;
  count(collection: CollectionName, filter: Filter): Promise<number>;
  /** Inserts with the caller's `_id`; throws StoreConflictError when the id or a unique key is taken. */
  insert<T extends Doc>(collection: CollectionName, doc: T): Promise<void>;
  /**
   * Inserts many documents at once (an electorate snapshot, say). Not atomic across documents:
   * callers use ids that make a repeat harmless.
   */
  insertMany<T extends Doc>(collection: CollectionName, docs: T[]): Promise<void>;
  /**
   * Guarded update: applies to the documents matching `where` and returns how many changed.
   * `where` carrying the expected state (`{_id, status}`) is how two racing writers get one winner.
   */
  update(collection: CollectionName, where: Filter, update: Update): Promise<number>;
  remove(collection: CollectionName, where: Filter): Promise<number>;
  /**
   * Makes what updates and removals took out of a collection unreadable from the store's own
   * files, as a secret ballot's choice must be once the vote is sealed (voting/unlinkChoices.ts).
   * The documents themselves stay as they are.
   */
  compact(collection: CollectionName): Promise<void>;
  close(): Promise<void>;
}

/** An insert collided with an existing `_id` or unique key. */
export class StoreConflictError extends Error {
  constructor(collection: string, detail: string) {
    super(`duplicate key in ${collection}: ${detail}`);
    this.name = 'StoreConflictError';
  }
}

export function isStoreConflict(e: unknown): e is StoreConflictError {
  return e instanceof StoreConflictError;
}
