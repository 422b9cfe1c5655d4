import tcb from '@cloudbase/node-sdk';
import { cloudbaseStore } from '../../cloudfunctions/core/store/cloudbase';
import { storeContract } from '../contract/store.contract';

/**
 * The same contract against a real CloudBase environment. It runs only when credentials are in
 * the environment (TCB_ENV_ID, TCB_SECRET_ID, TCB_SECRET_KEY) and the collections exist
 * (`npm run db:ensure`); otherwise it is skipped and says so.
 */
const { TCB_ENV_ID, TCB_SECRET_ID, TCB_SECRET_KEY } = process.env;
const configured = Boolean(TCB_ENV_ID && TCB_SECRET_ID && TCB_SECRET_KEY);

if (configured) {
  storeContract('CloudBase', async () => cloudbaseStore(tcb.init({ env: TCB_ENV_ID, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY })));
} else {
  describe('store contract: CloudBase', () => {
    it.skip('needs TCB_ENV_ID, TCB_SECRET_ID and TCB_SECRET_KEY to run against a real environment', () => {});
  });
}
