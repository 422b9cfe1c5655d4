/** The consultation function's actions: each one's payload schema, and the view it returns. */
import { z } from 'zod';
import { PlanDraftSchema } from '../../consultation/planSchema';
import { PRIOR_LIMITS, PRIOR_STEPS } from '../../consultation/priorDiscussion';
import { CATALOGUE_ITEM_ID } from '../../catalogue';
import { COMMISSION_LIMITS } from '../../street/commission';
import type { CommissionListView, CommissionView } from '../views/commission';
import type {
  BoardView,
  CatalogueView,
  ConsultationDetailView,
  ConsultationListView,
  DraftSavedView,
  FollowView,
  PosterView,
  PublicConsultationView,
  SignInSheetView,
} from '../views/consultation';
import { DayString, Empty, Id, Page, Photos, RequestId, Version } from './common';

export const consultationApi = {
  'catalogue.list': Empty,
  'consultation.list': Empty,
  'consultation.get': z.strictObject({ id: Id }),
  'consultation.createDraft': z.strictObject({ requestId: RequestId, plan: PlanDraftSchema }),
  'consultation.updateDraft': z.strictObject({ id: Id, version: Version, plan: PlanDraftSchema }),
  'consultation.publishNotice': z.strictObject({ id: Id, version: Version }),
  'consultation.withdraw': z.strictObject({ id: Id, reason: z.string().trim().max(500, '原因不能超过500个字') }),
  'consultation.startConsulting': z.strictObject({ id: Id }),
  /** 关注此议题: hear of every step, as participants do. */
  'consultation.follow': z.strictObject({ id: Id, follow: z.boolean() }),
  /** 前置研究: one step of the Party organisation's prior discussion, with photos of its minutes. */
  'consultation.recordPriorStep': z.strictObject({
    id: Id,
    version: Version,
    step: z.enum(PRIOR_STEPS, '研究步骤有误'),
    heldOn: DayString,
    meeting: z.string().trim().min(2, '请填写会议名称').max(PRIOR_LIMITS.meetingMax, `会议名称不能超过${PRIOR_LIMITS.meetingMax}个字`),
    conclusion: z.string().trim().min(2, '请填写研究结论').max(PRIOR_LIMITS.conclusionMax, `研究结论不能超过${PRIOR_LIMITS.conclusionMax}个字`),
    evidence: Photos(PRIOR_LIMITS.photosMax).min(1, '请上传会议记录的照片'),
  }),
  /** 公告 for the notice board, with a code that opens the consultation. */
  'notice.poster': z.strictObject({ id: Id }),
  /** 签到表 for the meeting: the next page of the register, after the last entry (or unit) of the page before. */
  'consultation.signInSheet': z.strictObject({ id: Id, after: z.string().min(1).max(120).optional() }),
  /** 公示栏: notices, results on display, effective results, progress and completed matters. */
  'board.list': z.strictObject({ communityId: Id.optional(), page: Page }),
  /** Any consultation's public record, for anyone, member or not. */
  'board.item': z.strictObject({ id: Id }),
  /** 委托事项: the matters the 街道／乡镇 commissioned this community to consult on (committee). */
  'commission.list': Empty,
  /** Starts the consultation of a commissioned matter: a draft under the catalogue matter chosen. */
  'commission.draft': z.strictObject({ id: Id, categoryId: z.string().regex(CATALOGUE_ITEM_ID, '请从协商事项目录中选择事项') }),
  /** Reports the consultation's outcome up to the street, with an optional note. */
  'commission.report': z.strictObject({
    id: Id,
    note: z.string().trim().max(COMMISSION_LIMITS.noteMax, `补充说明不能超过${COMMISSION_LIMITS.noteMax}个字`).optional(),
  }),
} as const;

export interface ConsultationApiResults {
  'catalogue.list': CatalogueView;
  'consultation.list': ConsultationListView;
  'consultation.get': ConsultationDetailView;
  'consultation.createDraft': DraftSavedView;
  'consultation.updateDraft': DraftSavedView;
  'consultation.publishNotice': ConsultationDetailView;
  'consultation.withdraw': ConsultationDetailView;
  'consultation.startConsulting': ConsultationDetailView;
  'consultation.follow': FollowView;
  'consultation.recordPriorStep': ConsultationDetailView;
  'notice.poster': PosterView;
  'consultation.signInSheet': SignInSheetView;
  'board.list': BoardView;
  'board.item': PublicConsultationView;
  'commission.list': CommissionListView;
  'commission.draft': CommissionView;
  'commission.report': CommissionView;
}
