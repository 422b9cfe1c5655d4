import { cloudbaseStore } from '../../../cloudfunctions/core/store/cloudbase';
import type { Store } from '../../../cloudfunctions/core/store/port';
import { COLLECTIONS, type CollectionName } from '../../../cloudfunctions/core/store/schema';
import { runAsOnTencentCloud, startCloudbaseStandIn, type CloudbaseStandIn } from './index';

/** The unique keys `npm run db:ensure` declares, for every declared collection. */
function declaredUniqueKeys() {
  return Object.fromEntries((Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, COLLECTIONS[name].filter((spec) => spec.unique)]));
}

/** A stand-in with every declared collection, as a fresh CloudBase environment after `db:ensure`. */
export async function startEnvironmentStandIn(): Promise<{ standIn: CloudbaseStandIn; restoreEnv: () => void }> {
  const restoreEnv = runAsOnTencentCloud();
  const standIn = await startCloudbaseStandIn({ envId: 'standin-env', secretId: 'AKIDstandin', secretKey: 'standin-key', collections: declaredUniqueKeys() });
  return { standIn, restoreEnv };
}

/** The production store adapter over its own stand-in; closing the store stops the stand-in. */
export async function cloudbaseStandInStore(): Promise<Store> {
  const { standIn, restoreEnv } = await startEnvironmentStandIn();
  const store = cloudbaseStore(standIn.app());
  return {
    ...store,
    async close() {
      await store.close();
      await standIn.close();
      restoreEnv();
    },
  };
}
