import { z } from 'zod';
import type { ErrorCode } from '../errors';
import { accountApi, type AccountApiResults } from './actions/account';
import { memberApi, type MemberApiResults } from './actions/member';
import { participationApi, type ParticipationApiResults } from './actions/participation';
import { resultApi, type ResultApiResults } from './actions/result';
import { votingApi, type VotingApiResults } from './actions/voting';
import { meetingApi, type MeetingApiResults } from './actions/meeting';
import { screenApi, type ScreenApiResults } from './actions/screen';
import { suggestionApi, type SuggestionApiResults } from './actions/suggestion';
import { consultationApi, type ConsultationApiResults } from './actions/consultation';
import { streetApi, type StreetApiResults } from './actions/street';

export * from './views';

/**
 * The calling convention: each deployed function dispatches on `action`; every payload is
 * parsed by the schema named here before any use case runs. The client uses the same table
 * for its types, so a renamed field breaks the build on both sides.
 * Each function's schemas and result views are in actions/<function>.ts; this table gathers them.
 */
export const API = {
  account: accountApi,
  member: memberApi,
  participation: participationApi,
  result: resultApi,
  voting: votingApi,
  meeting: meetingApi,
  /** The hall's projector: no login, a code that opens one meeting's counts. */
  screen: screenApi,
  suggestion: suggestionApi,
  consultation: consultationApi,
  /** The 街道／乡镇 tier: its staff, cross-community matters, commissioned matters, oversight. */
  street: streetApi,
} as const;

interface ApiResults {
  account: AccountApiResults;
  member: MemberApiResults;
  participation: ParticipationApiResults;
  result: ResultApiResults;
  voting: VotingApiResults;
  meeting: MeetingApiResults;
  screen: ScreenApiResults;
  suggestion: SuggestionApiResults;
  consultation: ConsultationApiResults;
  street: StreetApiResults;
}

export type FunctionName = keyof typeof API;
export type ActionName<F extends FunctionName> = keyof (typeof API)[F] & string;
type SchemaOf<F extends FunctionName, A extends ActionName<F>> = (typeof API)[F][A] extends z.ZodType ? (typeof API)[F][A] : never;
export type PayloadOf<F extends FunctionName, A extends ActionName<F>> = z.input<SchemaOf<F, A>>;
export type ParsedPayloadOf<F extends FunctionName, A extends ActionName<F>> = z.output<SchemaOf<F, A>>;
export type ResultOf<F extends FunctionName, A extends ActionName<F>> = A extends keyof ApiResults[F] ? ApiResults[F][A] : never;

/** What every function returns: data, or a code from the closed set with a message to show. */
export type ApiResponse<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; details?: string[] };

/** The event a function receives: `{action, payload}`, exactly what CloudBase passes through. */
export const EventSchema = z.object({
  action: z.string().min(1).max(64),
  payload: z.unknown().optional(),
});
