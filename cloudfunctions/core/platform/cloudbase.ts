import tcb from '@cloudbase/node-sdk';
import type { FunctionName } from '@shared';
import { runFunction, type FunctionDef } from '../functionKit';
import { cloudbaseStore } from '../store/cloudbase';

/**
 * The production entry for a function: CloudBase's store, and the caller's openid from the
 * invocation context that WeChat fills in. The payload cannot name a caller.
 */
export function cloudbaseMain<F extends FunctionName>(def: FunctionDef<F>) {
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  const store = cloudbaseStore(app);
  return async (event: unknown, context: Parameters<typeof tcb.getCloudbaseContext>[0]) => {
    const openid = tcb.getCloudbaseContext(context).WX_OPENID || null;
    return runFunction(def, event, { store, openid, now: Date.now() });
  };
}
