import {
  API,
  DomainError,
  ERROR_MESSAGES,
  EventSchema,
  type ActionName,
  type ApiResponse,
  type FunctionName,
  type ParsedPayloadOf,
  type ResultOf,
} from '@shared';
import type { z } from 'zod';
import type { Services, UseCaseContext } from './context';
import { isStoreConflict } from './store/port';

export type UseCase<F extends FunctionName, A extends ActionName<F>> = (ctx: UseCaseContext, payload: ParsedPayloadOf<F, A>) => Promise<ResultOf<F, A>>;

/** A deployed function: its name and one use case for each action of its API table. */
export interface FunctionDef<F extends FunctionName> {
  name: F;
  actions: { [A in ActionName<F>]: UseCase<F, A> };
  /**
   * Answers callers the platform vouches for nobody about (the hall's projector over HTTP). Its use
   * cases never learn who calls: whatever they open, they open by a code in the payload.
   */
  anonymous?: true;
}

export function defineFunction<F extends FunctionName>(
  name: F,
  actions: { [A in ActionName<F>]: UseCase<F, A> },
  options: { anonymous?: true } = {},
): FunctionDef<F> {
  return { name, actions, ...options };
}

/** What the platform adapter supplies for one call. */
export interface CallDeps extends Services {
  /** The caller's openid as the platform vouches for it; null when it vouches for nobody. */
  openid: string | null;
  now: number;
  logError?: (e: unknown) => void;
}

/**
 * The function entry convention: parse `{action, payload}`, resolve identity, parse the payload
 * with the action's schema, run the use case, and answer `{ok, data}` or `{ok:false, code, message}`.
 */
export async function runFunction<F extends FunctionName>(def: FunctionDef<F>, event: unknown, deps: CallDeps): Promise<ApiResponse<unknown>> {
  try {
    const parsed = EventSchema.safeParse(event);
    if (!parsed.success) throw new DomainError('INVALID_INPUT', '请求格式有误');
    const action = parsed.data.action as ActionName<F>;
    const useCase = Object.prototype.hasOwnProperty.call(def.actions, action) ? def.actions[action] : undefined;
    const schema = (API[def.name] as Record<string, z.ZodType>)[action];
    // The action's name is a code, not words: a resident only meets this from an outdated page.
    if (!useCase || !schema) throw new DomainError('UNKNOWN_ACTION');
    if (!deps.openid && !def.anonymous) throw new DomainError('UNAUTHENTICATED');
    // Every action takes an object, `{}` when it needs nothing: a missing payload is malformed.
    if (parsed.data.payload === undefined) throw new DomainError('INVALID_INPUT', '缺少请求内容');
    const payload = schema.safeParse(parsed.data.payload);
    if (!payload.success) throw invalidInput(payload.error);
    const { store, files, contentCheck, messenger, shareCodes, templates } = deps;
    const services = { store, files, contentCheck, messenger, shareCodes, templates };
    // An anonymous function's use cases see no caller, even one the platform named.
    const ctx: UseCaseContext = { ...services, now: deps.now, caller: { openid: def.anonymous ? '' : deps.openid! } };
    const data = await useCase(ctx, payload.data as ParsedPayloadOf<F, typeof action>);
    return { ok: true, data };
  } catch (e) {
    if (e instanceof DomainError) {
      return e.details ? { ok: false, code: e.code, message: e.message, details: e.details } : { ok: false, code: e.code, message: e.message };
    }
    // A write that lost a race all the way out: the caller should look again and retry.
    if (isStoreConflict(e)) return { ok: false, code: 'CONFLICT', message: ERROR_MESSAGES.CONFLICT };
    (deps.logError ?? console.error)(e);
    return { ok: false, code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
  }
}

/** INVALID_INPUT whose message is the first problem and whose details list them all. */
function invalidInput(error: z.ZodError): DomainError {
  const details = error.issues.map((issue) => {
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  return new DomainError('INVALID_INPUT', error.issues[0]?.message ?? ERROR_MESSAGES.INVALID_INPUT, details);
}
