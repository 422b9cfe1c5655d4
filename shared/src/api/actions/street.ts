/** The street function's actions: the 街道／乡镇 tier's staff and their work. */
import { z } from 'zod';
import type { StreetHomeView } from '../views/street';
import { Empty } from './common';

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
} as const;

export interface StreetApiResults {
  'street.join': StreetHomeView;
  'street.home': StreetHomeView;
}
