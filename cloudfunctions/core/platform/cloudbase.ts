import tcb from '@cloudbase/node-sdk';
import type { FunctionName } from '@shared';
import { WeChatContentCheck, type WeChatOpenApi } from '../contentCheck/wechat';
import type { Services, SystemContext } from '../context';
import { cloudbaseFileStore } from '../files/cloudbaseFiles';
import { runFunction, type FunctionDef } from '../functionKit';
import { cloudbaseStore } from '../store/cloudbase';

/**
 * The production services: CloudBase's database and storage through @cloudbase/node-sdk, and
 * WeChat's openapi (content security) through wx-server-sdk, loaded only when first needed so a
 * function that never checks text does not need it installed.
 */
function productionServices(): Services {
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  let openapi: WeChatOpenApi | undefined;
  const wechat = () => {
    if (!openapi) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const cloud = require('wx-server-sdk');
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
      openapi = cloud.openapi as WeChatOpenApi;
    }
    return openapi;
  };
  return {
    store: cloudbaseStore(app),
    files: cloudbaseFileStore(app),
    contentCheck: { check: (input) => new WeChatContentCheck(wechat()).check(input) },
  };
}

/**
 * The production entry for a function: CloudBase's services, and the caller's openid from the
 * invocation context that WeChat fills in. The payload cannot name a caller.
 */
export function cloudbaseMain<F extends FunctionName>(def: FunctionDef<F>) {
  const services = productionServices();
  return async (event: unknown, context: Parameters<typeof tcb.getCloudbaseContext>[0]) => {
    const openid = tcb.getCloudbaseContext(context).WX_OPENID || null;
    return runFunction(def, event, { ...services, openid, now: Date.now() });
  };
}

/**
 * The production entry for a timer-triggered function: CloudBase's services and the time, and no
 * caller. A call that carries a user's openid did not come from the timer and is refused.
 */
export function cloudbaseTimer<R>(run: (ctx: SystemContext) => Promise<R>) {
  const services = productionServices();
  return async (_event: unknown, context: Parameters<typeof tcb.getCloudbaseContext>[0]) => {
    if (tcb.getCloudbaseContext(context).WX_OPENID) return { ok: false, code: 'FORBIDDEN', message: '定时任务不接受用户调用' };
    return { ok: true, data: await run({ ...services, now: Date.now() }) };
  };
}
