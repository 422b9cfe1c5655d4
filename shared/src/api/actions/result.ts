/** The result function's actions: each one's payload schema, and the view it returns. */
import { z } from 'zod';
import { VotePlanSchema } from '../../consultation/planSchema';
import { AttachmentsSchema } from '../../files/fileSchema';
import { OPINION_LIMITS } from '../../participation/participation';
import { RESULT_LIMITS } from '../../result/result';
import { instant } from '../../schema/bounds';
import type { ConsultationDetailView } from '../views/consultation';
import type {
  ArchiveExportView,
  ArchiveView,
  EvaluationReportView,
  EvaluationSummaryView,
  ObjectionListView,
  ObjectionView,
  ProgressView,
} from '../views/result';
import { Id, Photos, Reason, RequestId, Version } from './common';

/** 协商意见: what was agreed, who carries it out, and by when. */
const OutcomeFields = {
  text: z.string().trim().min(1, '请填写协商意见').max(RESULT_LIMITS.outcomeMax, `协商意见不能超过${RESULT_LIMITS.outcomeMax}个字`),
  responsible: z.string().trim().min(1, '请填写落实责任人或单位').max(RESULT_LIMITS.responsibleMax),
  dueAt: instant('落实期限'),
  attachments: AttachmentsSchema.default([]),
};

export const resultApi = {
  'outcome.close': z.strictObject({ id: Id, version: Version, ...OutcomeFields }),
  'outcome.write': z.strictObject({ id: Id, version: Version, ...OutcomeFields }),
  'outcome.escalate': z.strictObject({ id: Id, version: Version, reason: Reason, vote: VotePlanSchema }),
  'result.publish': z.strictObject({ id: Id, version: Version }),
  'objection.file': z.strictObject({
    consultationId: Id,
    requestId: RequestId,
    reason: z.string().trim().min(1, '请写明异议的理由').max(RESULT_LIMITS.reasonMax, `理由不能超过${RESULT_LIMITS.reasonMax}个字`),
  }),
  'objection.answer': z.strictObject({
    objectionId: Id,
    decision: z.enum(['dismiss', 'uphold'], '请选择不予采纳或采纳'),
    reason: z.string().trim().max(RESULT_LIMITS.reasonMax),
  }),
  'objection.list': z.strictObject({ consultationId: Id }),
  'implementation.start': z.strictObject({ id: Id }),
  'progress.post': z.strictObject({
    consultationId: Id,
    requestId: RequestId,
    text: z.string().trim().min(1, '请填写进展情况').max(RESULT_LIMITS.progressMax),
    percent: z.number().int('进度须为整数').min(0).max(100, '进度不能超过100%'),
    photos: Photos(OPINION_LIMITS.photosMax),
    attachments: AttachmentsSchema.default([]),
  }),
  'implementation.complete': z.strictObject({
    id: Id,
    report: z.string().trim().max(RESULT_LIMITS.reportMax, `报告不能超过${RESULT_LIMITS.reportMax}个字`),
    photos: Photos(OPINION_LIMITS.photosMax),
  }),
  'evaluation.submit': z.strictObject({
    consultationId: Id,
    score: z.number().int().min(1, '请选择1到5分').max(5, '请选择1到5分'),
    comment: z.string().trim().max(RESULT_LIMITS.commentMax).optional(),
  }),
  'evaluation.report': z.strictObject({ consultationId: Id }),
  'archive.seal': z.strictObject({ id: Id }),
  'archive.export': z.strictObject({ id: Id }),
} as const;

export interface ResultApiResults {
  'outcome.close': ConsultationDetailView;
  'outcome.write': ConsultationDetailView;
  'outcome.escalate': ConsultationDetailView;
  'result.publish': ConsultationDetailView;
  'objection.file': ObjectionView;
  'objection.answer': ObjectionView;
  'objection.list': ObjectionListView;
  'implementation.start': ConsultationDetailView;
  'progress.post': ProgressView;
  'implementation.complete': ConsultationDetailView;
  'evaluation.submit': EvaluationSummaryView;
  'evaluation.report': EvaluationReportView;
  'archive.seal': ArchiveView;
  'archive.export': ArchiveExportView;
}
