import type { Messenger, OutgoingMessage, SendResult } from '../ports/messenger';

/** The part of wx-server-sdk's openapi this adapter calls. */
export interface SubscribeMessageApi {
  subscribeMessage: {
    send(req: {
      touser: string;
      templateId: string;
      page: string;
      data: Record<string, { value: string }>;
      miniprogramState?: 'developer' | 'trial' | 'formal';
      lang?: 'zh_CN';
    }): Promise<{ errCode?: number; errcode?: number; errMsg?: string; errmsg?: string }>;
  };
}

/**
 * WeChat subscription messages through the cloud function's openapi (the function's config.json
 * declares `subscribeMessage.send`). wx-server-sdk throws on an error code; both forms are read.
 */
export class WeChatMessenger implements Messenger {
  constructor(
    private readonly openapi: SubscribeMessageApi,
    private readonly state: 'developer' | 'trial' | 'formal' = 'formal',
  ) {}

  async send(m: OutgoingMessage): Promise<SendResult> {
    try {
      const res = await this.openapi.subscribeMessage.send({
        touser: m.touser,
        templateId: m.templateId,
        page: m.page,
        data: m.data,
        miniprogramState: this.state,
        lang: 'zh_CN',
      });
      const code = res.errCode ?? res.errcode ?? 0;
      return code === 0 ? { ok: true } : { ok: false, code, message: res.errMsg ?? res.errmsg ?? '' };
    } catch (e) {
      const err = e as { errCode?: number; errcode?: number; errMsg?: string; message?: string };
      return { ok: false, code: err.errCode ?? err.errcode ?? -1, message: err.errMsg ?? err.message ?? String(e) };
    }
  }
}
