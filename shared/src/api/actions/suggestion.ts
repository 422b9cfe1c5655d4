/** The suggestion function's actions: each one's payload schema, and the view it returns. */
import { z } from 'zod';
import { COLLECTED_CHANNELS, SUGGESTION_AGES, SUGGESTION_CHANNELS, SUGGESTION_LIMITS, SUGGESTION_STATES, TRIAGE_DECISIONS } from '../../suggestion/suggestion';
import type { SuggestionExportView, SuggestionLedgerView, SuggestionListView, SuggestionThemesView, SuggestionView } from '../views/suggestion';
import { DAY_MS } from '../../time';
import { DayString, Id, Page, Photos, RequestId, Version } from './common';

const SuggestionFields = {
  requestId: RequestId,
  title: z
    .string()
    .trim()
    .min(SUGGESTION_LIMITS.titleMin, `标题至少${SUGGESTION_LIMITS.titleMin}个字`)
    .max(SUGGESTION_LIMITS.titleMax, `标题不能超过${SUGGESTION_LIMITS.titleMax}个字`),
  description: z.string().trim().min(1, '请写明建议的内容').max(SUGGESTION_LIMITS.descriptionMax, `内容不能超过${SUGGESTION_LIMITS.descriptionMax}个字`),
  categoryId: z.string().min(1).max(64).optional(),
  place: z.string().trim().min(1, '请填写涉及的楼栋或地点').max(SUGGESTION_LIMITS.placeMax, `地点不能超过${SUGGESTION_LIMITS.placeMax}个字`),
  photos: Photos(SUGGESTION_LIMITS.photosMax),
  hideName: z.boolean(),
};
const SuggestionFilters = {
  state: z.enum(SUGGESTION_STATES, '状态有误').optional(),
  categoryId: z.string().min(1).max(64).optional(),
  building: z.string().trim().min(1).max(SUGGESTION_LIMITS.placeMax).optional(),
  channel: z.enum(SUGGESTION_CHANNELS, '来源有误').optional(),
  age: z.enum(SUGGESTION_AGES, '时间范围有误').optional(),
};

export const suggestionApi = {
  /** 我要建议: a member raises a matter. */
  'suggestion.raise': z.strictObject(SuggestionFields),
  /** A committee member enters one collected on paper, by phone, on a visit or on the spot. */
  'suggestion.enter': z.strictObject({
    ...SuggestionFields,
    memberId: Id,
    channel: z.enum(COLLECTED_CHANNELS, '请选择意见箱、入户走访、电话或现场'),
  }),
  'suggestion.list': z.strictObject({ sort: z.enum(['newest', 'cosigned'], '排序方式有误').optional(), page: Page }),
  'suggestion.get': z.strictObject({ id: Id }),
  /** 附议 (on) or withdrawing it (off). */
  'suggestion.cosign': z.strictObject({ id: Id, on: z.boolean() }),
  'suggestion.moderate': z.strictObject({ id: Id, approve: z.boolean() }),
  'suggestion.triage': z.strictObject({
    id: Id,
    version: Version,
    decision: z.enum(TRIAGE_DECISIONS, '请选择处理方式'),
    text: z.string().trim().max(SUGGESTION_LIMITS.answerMax, `说明不能超过${SUGGESTION_LIMITS.answerMax}个字`),
    /** merge: the suggestion it goes into. */
    mergeInto: Id.optional(),
    /** accept: the catalogue matter, when the suggestion has none. */
    categoryId: z.string().min(1).max(64).optional(),
  }),
  /** 台账: the committee's (and the supervisory committee's) filtered view. */
  'suggestion.ledger': z.strictObject({ ...SuggestionFilters, page: Page }),
  'suggestion.export': z.strictObject(SuggestionFilters),
  /** 台账归纳: what the ledger's suggestions of a period are about, so recurring matters show. */
  'suggestion.themes': z
    .strictObject({ from: DayString, to: DayString })
    .refine(({ from, to }) => from <= to, { message: '结束日期不能早于开始日期', path: ['to'] })
    .refine(({ from, to }) => Date.parse(to) - Date.parse(from) <= SUGGESTION_LIMITS.themeDaysMax * DAY_MS, {
      message: `归纳的时间段最长${SUGGESTION_LIMITS.themeDaysMax}天`,
      path: ['to'],
    }),
} as const;

export interface SuggestionApiResults {
  'suggestion.raise': SuggestionView;
  'suggestion.enter': SuggestionView;
  'suggestion.list': SuggestionListView;
  'suggestion.get': SuggestionView;
  'suggestion.cosign': SuggestionView;
  'suggestion.moderate': SuggestionView;
  'suggestion.triage': SuggestionView;
  'suggestion.ledger': SuggestionLedgerView;
  'suggestion.export': SuggestionExportView;
  'suggestion.themes': SuggestionThemesView;
}
