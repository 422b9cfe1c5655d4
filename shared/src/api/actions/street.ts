/** The street function's actions: the 街道／乡镇 tier's staff and their work. */
import { z } from 'zod';
import { COMMISSION_LIMITS as L, FEEDBACK_DECISIONS, feedbackNeedsReasons } from '../../street/commission';
import type { CommissionListView, CommissionView } from '../views/commission';
import type { StreetHomeView } from '../views/street';
import { DayString, Empty, Id, RequestId } from './common';

const StaffCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{12}$/, '工作邀请码应为12位字母或数字'));

export const streetApi = {
  /** A staff member joins their street with the one-time code the operator issued. */
  'street.join': z.strictObject({ code: StaffCode, name: z.string().trim().min(1, '请填写姓名').max(30, '姓名不能超过30个字') }),
  /** 街道工作台. */
  'street.home': Empty,
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
} as const;

export interface StreetApiResults {
  'street.join': StreetHomeView;
  'street.home': StreetHomeView;
  'street.commission': CommissionView;
  'street.commissions': CommissionListView;
  'street.commissionItem': CommissionView;
  'street.feedback': CommissionView;
}
