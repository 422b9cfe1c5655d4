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

/** What CloudBase's HTTP access passes a function: the request, its body a string (base64 for binary types). */
interface HttpEvent {
  httpMethod?: string;
  body?: string;
  isBase64Encoded?: boolean;
}

/**
 * The production entry for a function reached over CloudBase's HTTP access — the hall's projector,
 * a page of the H5 build on static hosting, another origin. The request's JSON body is the event;
 * the answer is an HTTP response such a page may read. No one is vouched for: the function must be
 * anonymous, and opens what it opens by a code in the payload.
 */
export function cloudbaseHttp<F extends FunctionName>(def: FunctionDef<F>) {
  if (!def.anonymous) throw new Error(`${def.name} is not anonymous: HTTP access carries no WeChat identity`);
  const services = productionServices();
  return async (event: HttpEvent) => {
    // The browser asks first whether another origin may post JSON here.
    if (event.httpMethod === 'OPTIONS') return httpResponse(204, '');
    const result = await runFunction(def, parseBody(event), { ...services, openid: null, now: Date.now() });
    return httpResponse(200, JSON.stringify(result));
  };
}

function parseBody(event: HttpEvent): unknown {
  try {
    const text = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
    return JSON.parse(text || '{}');
  } catch {
    // runFunction answers INVALID_INPUT for anything that is not an event.
    return null;
  }
}

/** Counts only, never a person's data, cross the origin: any page may read them with the code. */
function httpResponse(statusCode: number, body: string) {
  return {
    statusCode,
    isBase64Encoded: false,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'content-type',
      'x-content-type-options': 'nosniff',
    },
    body,
  };
}
