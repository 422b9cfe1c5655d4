/**
 * The messenger port: sends one WeChat subscription message. Production calls
 * `subscribeMessage.send` through the openapi; the embedded default records what it would send.
 */
export interface OutgoingMessage {
  /** The outbox item's id: the idempotency key, so a recorder can prove nothing went twice. */
  key: string;
  touser: string;
  templateId: string;
  /** The mini-program page the message opens. */
  page: string;
  /** WeChat's shape: `{ thing1: { value: '…' }, time2: { value: '…' } }`. */
  data: Record<string, { value: string }>;
}

export type SendResult = { ok: true } | { ok: false; code: number; message: string };

export interface Messenger {
  send(message: OutgoingMessage): Promise<SendResult>;
}

/**
 * Errors that no retry can fix: the member has no subscription left (43101), the openid, template,
 * page or data is wrong. Anything else (-1 system busy, rate limits, network) is worth retrying.
 */
const PERMANENT = new Set([40003, 40037, 41030, 43101, 47003]);
export const NO_SUBSCRIPTION = 43101;

export function isPermanent(code: number): boolean {
  return PERMANENT.has(code);
}
