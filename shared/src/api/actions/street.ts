/** The street function's actions: the 街道／乡镇 tier's staff and their work. */
import { z } from 'zod';
import { PlanDraftSchema } from '../../consultation/planSchema';
import { JOINT_COUNT_RULES, JOINT_MAX_COMMUNITIES } from '../../street/joint';
import { periodSchema } from '../../oversight/oversight';
import { instant } from '../../schema/bounds';
import type { CatalogueExportView, JointView, StreetCatalogueView, StreetDashboardView, StreetHomeView, StreetReportView } from '../views/street';
import { DayString, Empty, Id, RequestId, Version } from './common';
import { COMMISSION_LIMITS as L, FEEDBACK_DECISIONS, feedbackNeedsReasons } from '../../street/commission';
import type { CommissionView, StreetCommissionListView } from '../views/commission';
import { CATALOGUE, CATALOGUE_ITEM_ID } from '../../catalogue';
import { version } from '../../schema/bounds';

const StaffCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{12}$/, '工作邀请码应为12位字母或数字'));

const CatalogueChange = { requestId: RequestId, version: version(0) };
const CategoryId = z.enum(
  CATALOGUE.map((c) => c.id),
  '请选择事项类别',
);
const ItemId = z.string().regex(CATALOGUE_ITEM_ID, '事项编号有误');
const ItemName = z.string().trim().min(2, '事项名称至少2个字').max(60, '事项名称不能超过60个字');
/** A local note; empty clears it. */
const Note = z.string().trim().max(100, '本街道说明不能超过100个字');

export const streetApi = {
  /** A staff member joins their street with the one-time code the operator issued. */
  'street.join': z.strictObject({ code: StaffCode, name: z.string().trim().min(1, '请填写姓名').max(30, '姓名不能超过30个字') }),
  /** 街道工作台. */
  'street.home': Empty,
  /** 跨社区协商: one consultation in each community named, published to each at once. */
  'street.createJoint': z.strictObject({
    requestId: RequestId,
    plan: PlanDraftSchema,
    communityIds: z
      .array(Id)
      .min(2, '跨社区协商至少选择两个社区')
      .max(JOINT_MAX_COMMUNITIES, `一次最多选择${JOINT_MAX_COMMUNITIES}个社区`)
      .refine((ids) => new Set(ids).size === ids.length, '社区有重复'),
    countRule: z.enum(JOINT_COUNT_RULES, '计票方式有误'),
  }),
  'street.joint': z.strictObject({ id: Id }),
  /** 街道督导: the street's communities' figures over a period (this quarter when none is named). */
  'street.dashboard': z.strictObject({ period: periodSchema.optional() }),
  /** The report to 民政 for a quarter or a year, as an .xlsx workbook. */
  'street.report': z.strictObject({ period: periodSchema }),
  /** 协商意见 across the communities: what was agreed, who carries it out, by when (督促 follows the date). */
  'street.jointOutcome': z.strictObject({
    id: Id,
    version: Version,
    text: z.string().trim().min(4, '协商意见至少4个字').max(2000, '协商意见不能超过2000个字'),
    responsible: z.string().trim().min(2, '请填写责任单位').max(60, '责任单位不能超过60个字'),
    dueAt: instant('落实期限'),
  }),
  'street.jointComplete': z.strictObject({
    id: Id,
    version: Version,
    report: z.string().trim().min(4, '落实情况至少4个字').max(2000, '落实情况不能超过2000个字'),
  }),
  /** 委托协商: an officer commissions one of the street's communities to consult on a matter. */
  'street.commission': z.strictObject({
    requestId: RequestId,
    communityId: Id,
    title: z.string().trim().min(L.titleMin, `事项名称至少${L.titleMin}个字`).max(L.titleMax, `事项名称不能超过${L.titleMax}个字`),
    matter: z.string().trim().min(10, '请写清要协商的内容（至少10个字）').max(L.matterMax, `协商内容不能超过${L.matterMax}个字`),
    department: z.string().trim().max(L.departmentMax, `委托科室不能超过${L.departmentMax}个字`).optional(),
    dueOn: DayString,
  }),
  /** 委托事项: the street's commissioned matters, newest first. */
  'street.commissions': Empty,
  /** One commissioned matter, with its report and feedback. */
  'street.commissionItem': z.strictObject({ id: Id }),
  /** 研究吸纳: an officer records what the street took up of the report, with reasons unless all of it. */
  'street.feedback': z
    .strictObject({
      id: Id,
      decision: z.enum(FEEDBACK_DECISIONS, '请选择采纳情况'),
      reasons: z.string().trim().max(L.reasonsMax, `理由不能超过${L.reasonsMax}个字`).optional(),
    })
    .refine((f) => !feedbackNeedsReasons(f.decision) || (f.reasons ?? '') !== '', { message: '部分采纳或不采纳须写明理由', path: ['reasons'] }),
  // 协商事项目录 (local refinement): every change names the version it saw (0 before the first).
  'streetCatalogue.get': Empty,
  'streetCatalogue.add': z.strictObject({ ...CatalogueChange, categoryId: CategoryId, name: ItemName, note: Note }),
  'streetCatalogue.retire': z.strictObject({ ...CatalogueChange, itemId: ItemId }),
  'streetCatalogue.note': z.strictObject({ ...CatalogueChange, itemId: ItemId, note: Note }),
  'streetCatalogue.export': Empty,
} as const;

export interface StreetApiResults {
  'street.join': StreetHomeView;
  'street.home': StreetHomeView;
  'street.createJoint': JointView;
  'street.joint': JointView;
  'street.dashboard': StreetDashboardView;
  'street.report': StreetReportView;
  'street.jointOutcome': JointView;
  'street.jointComplete': JointView;
  'street.commission': CommissionView;
  'street.commissions': StreetCommissionListView;
  'street.commissionItem': CommissionView;
  'street.feedback': CommissionView;
  'streetCatalogue.get': StreetCatalogueView;
  'streetCatalogue.add': StreetCatalogueView;
  'streetCatalogue.retire': StreetCatalogueView;
  'streetCatalogue.note': StreetCatalogueView;
  'streetCatalogue.export': CatalogueExportView;
}
