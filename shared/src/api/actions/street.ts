/** The street function's actions: the 街道／乡镇 tier's staff and their work. */
import { z } from 'zod';
import { CATALOGUE, CATALOGUE_ITEM_ID } from '../../catalogue';
import { version } from '../../schema/bounds';
import type { CatalogueExportView, StreetCatalogueView, StreetHomeView } from '../views/street';
import { Empty, RequestId } from './common';

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
  'streetCatalogue.get': StreetCatalogueView;
  'streetCatalogue.add': StreetCatalogueView;
  'streetCatalogue.retire': StreetCatalogueView;
  'streetCatalogue.note': StreetCatalogueView;
  'streetCatalogue.export': CatalogueExportView;
}
