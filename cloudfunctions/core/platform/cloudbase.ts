import tcb from '@cloudbase/node-sdk';
import type { FunctionName } from '@shared';
import { WeChatContentCheck, type WeChatOpenApi } from '../contentCheck/wechat';
import type { Services, SystemContext } from '../context';
import { cloudbaseFileStore } from '../files/cloudbaseFiles';
import { runFunction, type FunctionDef } from '../functionKit';
import { cloudbaseStore } from '../store/cloudbase';
import { WeChatMessenger, type SubscribeMessageApi } from '../notify/wechatMessenger';
import { templatesFrom, TEMPLATES_ENV } from '../notify/templates';
import { WxaShareCodes, type WxaCodeApi } from '../shareCodes/wxaShareCodes';

/**
 * The production services: CloudBase's database and storage through @cloudbase/node-sdk, and
 * WeChat's openapi (content security, subscription messages, mini-program codes) through
 * wx-server-sdk, loaded only when first needed so a function that never calls it does not need it.
 */
function productionServices(): Services {
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  let openapi: (WeChatOpenApi & SubscribeMessageApi & WxaCodeApi) | undefined;
  const wechat = () => {
    if (!openapi) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const cloud = require('wx-server-sdk');
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
      openapi = cloud.openapi as WeChatOpenApi & SubscribeMessageApi & WxaCodeApi;
    }
    return openapi;
  };
  return {
    store: cloudbaseStore(app),
    files: cloudbaseFileStore(app),
    contentCheck: { check: (input) => new WeChatContentCheck(wechat()).check(input) },
    messenger: { send: (message) => new WeChatMessenger(wechat(), miniprogramState()).send(message) },
    shareCodes: new WxaShareCodes(app, wechat),
    // Read once at start: a malformed value stops the function here, with TemplateConfigError's message in its log.
    templates: templatesFrom(process.env[TEMPLATES_ENV]),
  };
}

/** Which build a message opens: `formal` unless WX_MINIPROGRAM_STATE names developer or trial. */
function miniprogramState(): 'developer' | 'trial' | 'formal' {
  const state = process.env.WX_MINIPROGRAM_STATE;
  return state === 'developer' || state === 'trial' ? state : 'formal';
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
