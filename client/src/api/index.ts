import type { ActionName, ApiResponse, FunctionName, PayloadOf, ResultOf } from '@shared/api';
import { ERROR_MESSAGES, type ErrorCode } from '@shared/errors';
import { transport } from './transport';

/** A failed call, with the server's code and the Chinese message to show as it is. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  readonly details?: string[];

  constructor(code: ErrorCode | 'NETWORK', message: string, details?: string[]) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/** What to tell the person when something failed: the server's message, or `fallback` for anything else. */
export function errorText(e: unknown, fallback = '提交失败，请重试'): string {
  return e instanceof ApiError ? e.message : fallback;
}

/**
 * Each further problem the server listed, as words: its field path (`plan.title: `, a code the
 * form uses to place it) left off, and the headline not said twice.
 */
export function detailWords(e: ApiError): string[] {
  const words = (e.details ?? []).map((d) => d.replace(/^[\w.]+: /, ''));
  return [...new Set(words)].filter((w) => w !== e.message);
}

/** The failure in one line: the message, and any further problems in brackets after it. */
export function errorWithDetails(e: ApiError): string {
  const more = detailWords(e);
  return more.length ? `${e.message}（${more.join('；')}）` : e.message;
}

/**
 * Why a form's send failed, in words, and whether the person fixes it by changing what they typed
 * (each form lists those codes): then the form goes back to editing, everything kept.
 */
export function formFailure(e: unknown, fallback: string, fixable: ReadonlySet<string>): { error: ApiError; backToEdit: boolean } {
  const error = e instanceof ApiError ? e : new ApiError('INTERNAL', fallback);
  return { error, backToEdit: fixable.has(error.code) };
}

const TIMED_OUT = /time ?out|timed out|超时/i;

/** A call that never got its answer, said as what the person can do: the platform's own errMsg is never shown. */
function unreachable(e: unknown): ApiError {
  const said = String((e as { errMsg?: string; message?: string } | null)?.errMsg ?? (e as Error | null)?.message ?? '');
  return TIMED_OUT.test(said)
    ? new ApiError('NETWORK', '等了很久没有回应，可能是网络不好或系统繁忙，请稍后重试')
    : new ApiError('NETWORK', '网络连接失败，请检查网络后重试');
}

/**
 * The server's failure as the person reads it: its message, or, when it sent none (or a code this
 * page does not know), the plain words every code has.
 */
function failure(code: string, message: string | undefined, details?: string[]): ApiError {
  const known = Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code) ? (code as ErrorCode) : 'INTERNAL';
  return new ApiError(known, message?.trim() || ERROR_MESSAGES[known], details);
}

/**
 * The one way the client talks to the backend: a typed call of a cloud function's action.
 * The transport is per platform (transport.weapp.ts: wx.cloud; transport.ts: HTTP to the local host).
 */
export async function call<F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, payload: PayloadOf<F, A>): Promise<ResultOf<F, A>> {
  let res: ApiResponse<ResultOf<F, A>>;
  try {
    res = (await transport(fn, { action, payload })) as ApiResponse<ResultOf<F, A>>;
  } catch (e) {
    throw unreachable(e);
  }
  if (!res || typeof res !== 'object' || !('ok' in res)) throw new ApiError('INTERNAL', '系统出了点问题，请稍后再试');
  if (!res.ok) throw failure(res.code, res.message, res.details);
  return res.data;
}

/** A client request id: a retried write with the same id never creates a second record. */
export function newRequestId(): string {
  const random = Math.random().toString(36).slice(2, 12);
  return `r${Date.now().toString(36)}${random}`.slice(0, 40);
}
