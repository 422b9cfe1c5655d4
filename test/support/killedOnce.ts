import type { Store } from '../../cloudfunctions/core/store/port';
import type { CollectionName } from '../../cloudfunctions/core/store/schema';

/**
 * The store as a function sees it when it is killed at its first `insert` or `update` of one
 * collection: that write throws (and does not happen), everything else goes through. `killed`
 * says whether it came to that.
 */
export function killedOnce(inner: Store, write: 'insert' | 'update', collection: CollectionName, why: string): Store & { readonly killed: boolean } {
  let killed = false;
  const dies = (c: CollectionName) => {
    if (c !== collection || killed) return;
    killed = true;
    throw new Error(why);
  };
  return {
    ...inner,
    get killed() {
      return killed;
    },
    insert: write === 'insert' ? async (c, doc) => (dies(c), inner.insert(c, doc)) : inner.insert.bind(inner),
    update: write === 'update' ? async (c, where, update) => (dies(c), inner.update(c, where, update)) : inner.update.bind(inner),
  };
}
