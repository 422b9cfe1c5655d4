import { Workbook } from 'exceljs';
import { catalogueVersionLabel, refineCatalogue, safeFileName, toChinaDateTimeParts, type RefinedItem } from '@shared';
import type { UseCase } from '../functionKit';
import { requireStaff } from '../access/street';
import { recordStreetExport } from '../files/fileRecords';
import { loadStreetCatalogue } from './catalogueChange';

const COLUMNS = ['类别', '序号', '编号', '协商事项', '本街道说明', '来源', '状态'];

const day = (ms: number) => toChinaDateTimeParts(ms).date;

/** Where an item comes from and whether it is in use, in words with their dates. */
function statusOf(item: RefinedItem): [string, string] {
  const source = item.addedAt === undefined ? '省级目录' : `本街道新增（${day(item.addedAt)}）`;
  return [source, item.retiredAt === undefined ? '在用' : `已停用（${day(item.retiredAt)}）`];
}

/**
 * 目录备案: the street's refined catalogue as an .xlsx for 州民政局 — every item, the ones it added
 * and retired with their dates, its notes, under the street's name and version. Either role may
 * export it: it is what 民政 readers file.
 */
export const exportCatalogue: UseCase<'street', 'streetCatalogue.export'> = async (ctx) => {
  const { staff, street } = await requireStaff(ctx);
  const doc = await loadStreetCatalogue(ctx, street._id);
  const versionLabel = catalogueVersionLabel({ version: doc.version, streetName: street.name });
  const book = new Workbook();
  book.creator = '社区协商';
  const sheet = book.addWorksheet('协商事项目录');
  sheet.addRow([`${street.name} 城乡社区协商事项目录`]).font = { bold: true };
  sheet.addRow([`目录版本：${versionLabel}`, '', `导出日期：${day(ctx.now)}`]);
  sheet.addRow(COLUMNS).font = { bold: true };
  let rows = 0;
  for (const category of refineCatalogue(doc)) {
    for (const item of category.items) {
      sheet.addRow([category.name, item.seq ?? '', item.id, item.name, item.note ?? '', ...statusOf(item)]);
      rows++;
    }
  }
  sheet.columns.forEach((col, i) => {
    col.width = i === 3 ? 48 : 18;
    col.alignment = { wrapText: true, vertical: 'top' };
  });
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  const fileId = await ctx.files.saveDocument(bytes, 'xlsx');
  // The street's file: its staff open it, no community's member does.
  await recordStreetExport(ctx, { fileId, size: bytes.length }, { staffId: staff._id, streetId: street._id });
  const fileName = safeFileName(`协商事项目录-${street.name}-${doc.version > 0 ? `第${doc.version}版` : '省级目录'}`) + '.xlsx';
  return { fileId, url: (await ctx.files.urls([fileId], { [fileId]: fileName }))[fileId] ?? '', fileName, rows };
};
