import type { ActionName, ApiResponse, FunctionName, PayloadOf, ResultOf } from '@shared/api';
import type { ErrorCode } from '@shared/errors';
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
 * The one way the client talks to the backend: a typed call of a cloud function's action.
 * The transport is per platform (transport.weapp.ts: wx.cloud; transport.ts: HTTP to the local host).
 */
/**
 * Why a form's send failed, in words, and whether the person fixes it by changing what they typed
 * (each form lists those codes): then the form goes back to editing, everything kept.
 */
export function formFailure(e: unknown, fallback: string, fixable: ReadonlySet<string>): { error: ApiError; backToEdit: boolean } {
  const error = e instanceof ApiError ? e : new ApiError('INTERNAL', fallback);
  return { error, backToEdit: fixable.has(error.code) };
}

export async function call<F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, payload: PayloadOf<F, A>): Promise<ResultOf<F, A>> {
  let res: ApiResponse<ResultOf<F, A>>;
  try {
    res = (await transport(fn, { action, payload })) as ApiResponse<ResultOf<F, A>>;
  } catch {
    throw new ApiError('NETWORK', '网络连接失败，请检查网络后重试');
  }
  if (!res || typeof res !== 'object' || !('ok' in res)) throw new ApiError('INTERNAL', '服务返回的数据有误');
  if (!res.ok) throw new ApiError(res.code, res.message, res.details);
  return res.data;
}

/** A client request id: a retried write with the same id never creates a second record. */
export function newRequestId(): string {
  const random = Math.random().toString(36).slice(2, 12);
  return `r${Date.now().toString(36)}${random}`.slice(0, 40);
}
