import { DomainError, type ErrorCode, type GuardFailure } from '@shared';

/**
 * What a policy answers: the caller may do it, or may not and why. A use case throws the refusal
 * (`enforce`); a view sets its `can…` flag, and shows the reason where it shows one, from the same
 * answer, so a screen never offers what its action would refuse.
 */
export interface Allowed {
  ok: true;
}
export interface Refused {
  ok: false;
  code: ErrorCode;
  /** The error's message; absent, the code's usual one. */
  message?: string;
  /** What the screen says instead, where it words it otherwise (shorter, or with more to explain). */
  shown?: string;
  /** What is missing, where the error lists it. */
  details?: string[];
}
export type Decision = Allowed | Refused;

export const ALLOWED: Allowed = { ok: true };

export function refused(code: ErrorCode, message?: string, shown?: string): Refused {
  return { ok: false, code, ...(message !== undefined ? { message } : {}), ...(shown !== undefined ? { shown } : {}) };
}

/** A lifecycle guard's failure (shared/src/consultation/lifecycle.ts) as a refusal. */
export function refusedBy(failure: GuardFailure | null): Decision {
  return failure ? { ok: false, code: failure.code, message: failure.message, ...(failure.details ? { details: failure.details } : {}) } : ALLOWED;
}

/** Throws the refusal as the DomainError the caller sees. */
export function enforce(decision: Decision): void {
  if (!decision.ok) throw new DomainError(decision.code, decision.message, decision.details);
}

/** The reason a screen shows for a refusal: its own wording, else the error's message. */
export const shownReason = (decision: Refused): string | undefined => decision.shown ?? decision.message;
