import type { ContentCheck, ContentVerdict } from '../ports/contentCheck';

/** The part of wx-server-sdk's openapi this adapter calls. */
export interface WeChatOpenApi {
  security: {
    msgSecCheck(req: { openid: string; scene: number; version: number; content: string }): Promise<{
      errCode?: number;
      errcode?: number;
      result?: { suggest?: string };
    }>;
  };
}

/** msgSecCheck scenes: 2 = 评论 (comments), which is what opinions and replies are. */
const SCENE_COMMENT = 2;

/**
 * WeChat content security (security.msgSecCheck v2) through the cloud function's openapi; the
 * function's config.json declares the permission. An answer it cannot read is a `review`, so
 * nothing unchecked is shown.
 */
export class WeChatContentCheck implements ContentCheck {
  constructor(private readonly openapi: WeChatOpenApi) {}

  async check({ text, openid }: { text: string; openid: string }): Promise<ContentVerdict> {
    const res = await this.openapi.security.msgSecCheck({ openid, scene: SCENE_COMMENT, version: 2, content: text });
    const suggest = res.result?.suggest;
    return suggest === 'pass' || suggest === 'risky' ? suggest : 'review';
  }
}
