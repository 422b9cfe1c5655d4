import { ApiError } from '../api';

/**
 * Why a two-step form's submit failed, in words, and whether the person fixes it by changing what
 * they typed (each form lists those codes): then the form goes back to editing, everything kept.
 */
export function formFailure(e: unknown, fallback: string, fixable: ReadonlySet<string>): { error: ApiError; backToEdit: boolean } {
  const error = e instanceof ApiError ? e : new ApiError('INTERNAL', fallback);
  return { error, backToEdit: fixable.has(error.code) };
}
