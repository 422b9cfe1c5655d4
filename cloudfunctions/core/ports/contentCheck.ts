/**
 * The content-check port: text shown to others is checked first. `review` holds it for the
 * committee; `risky` refuses it. In production this is WeChat's msgSecCheck v2.
 */
export type ContentVerdict = 'pass' | 'review' | 'risky';

export interface ContentCheck {
  check(input: { text: string; openid: string }): Promise<ContentVerdict>;
}
