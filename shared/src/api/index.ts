import { z } from 'zod';
import { zhCN } from 'zod/locales';
import type { ErrorCode } from '../errors';
import { PlanDraftSchema } from '../consultation/planSchema';
import type {
  CatalogueView,
  ConsultationDetailView,
  ConsultationListView,
  DraftSavedView,
  MeView,
} from './views';

export * from './views';

/**
 * The calling convention: each deployed function dispatches on `action`; every payload is
 * parsed by the schema named here before any use case runs. The client uses the same table
 * for its types, so a renamed field breaks the build on both sides.
 */
// Messages the schemas do not set themselves still reach the user in Chinese.
z.config(zhCN());

const Empty = z.strictObject({});
const Id = z.string().min(1, '缺少编号').max(64, '编号格式有误');
/** A phone may retry a write; the same request id never creates a second record. */
const RequestId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式有误');
const Version = z.number().int().min(1);

export const API = {
  account: {
    'me.get': Empty,
  },
  consultation: {
    'catalogue.list': Empty,
    'consultation.list': Empty,
    'consultation.get': z.strictObject({ id: Id }),
    'consultation.createDraft': z.strictObject({ requestId: RequestId, plan: PlanDraftSchema }),
    'consultation.updateDraft': z.strictObject({ id: Id, version: Version, plan: PlanDraftSchema }),
    'consultation.publishNotice': z.strictObject({ id: Id, version: Version }),
    'consultation.withdraw': z.strictObject({ id: Id, reason: z.string().trim().max(500, '原因不能超过500个字') }),
  },
} as const;

export interface ApiResults {
  account: {
    'me.get': MeView;
  };
  consultation: {
    'catalogue.list': CatalogueView;
    'consultation.list': ConsultationListView;
    'consultation.get': ConsultationDetailView;
    'consultation.createDraft': DraftSavedView;
    'consultation.updateDraft': DraftSavedView;
    'consultation.publishNotice': ConsultationDetailView;
    'consultation.withdraw': ConsultationDetailView;
  };
}

export type FunctionName = keyof typeof API;
export type ActionName<F extends FunctionName> = keyof (typeof API)[F] & string;
type SchemaOf<F extends FunctionName, A extends ActionName<F>> = (typeof API)[F][A] extends z.ZodType
  ? (typeof API)[F][A]
  : never;
export type PayloadOf<F extends FunctionName, A extends ActionName<F>> = z.input<SchemaOf<F, A>>;
export type ParsedPayloadOf<F extends FunctionName, A extends ActionName<F>> = z.output<SchemaOf<F, A>>;
export type ResultOf<F extends FunctionName, A extends ActionName<F>> = A extends keyof ApiResults[F]
  ? ApiResults[F][A]
  : never;

/** What every function returns: data, or a code from the closed set with a message to show. */
export type ApiResponse<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; details?: string[] };

/** The event a function receives: `{action, payload}`, exactly what CloudBase passes through. */
export const EventSchema = z.object({
  action: z.string().min(1).max(64),
  payload: z.unknown().optional(),
});
