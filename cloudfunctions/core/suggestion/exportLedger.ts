import { Workbook } from 'exceljs';
import { formatChinaTime, SUGGESTION_CHANNEL_LABELS, SUGGESTION_STATE_LABELS, toChinaDateTimeParts, TRIAGE_LABELS } from '@shared';
import type { SuggestionDoc } from '../docs';
import { OVERSEERS, recordExport } from '../files/fileRecords';
import type { UseCase } from '../functionKit';
import { requireMember } from '../access/requireMember';
import { ledgerFilter } from './ledgerFilter';
import { toSuggestionViews } from './views';

/** More than any community's ledger holds in years; the export says so if it is ever reached. */
const MAX_ROWS = 5000;

const COLUMNS = ['提出日期', '来源', '提出人', '标题', '涉及楼栋或地点', '协商事项', '附议人数', '状态', '答复', '答复日期', '关联议题', '已达法定提议人数'];

/**
 * 台账导出: the filtered ledger as an .xlsx workbook, one row per suggestion. Names follow the
 * exporter's role, as on screen: in full for the committee, masked for the supervisory committee.
 */
export const exportLedger: UseCase<'suggestion', 'suggestion.export'> = async (ctx, filters) => {
  const who = await requireMember(ctx, ['committee', 'supervisor']);
  const docs = await ctx.store.find<SuggestionDoc>('suggestions', ledgerFilter(who.community._id, filters, ctx.now), {
    sort: [{ field: 'createdAt', dir: 'asc' }],
    limit: MAX_ROWS,
  });
  const views = await toSuggestionViews(ctx, docs, who);
  const book = new Workbook();
  book.creator = '社区协商';
  const sheet = book.addWorksheet('群众意见台账');
  sheet.addRow(COLUMNS).font = { bold: true };
  for (const v of views) {
    sheet.addRow([
      formatChinaTime(v.createdAt),
      SUGGESTION_CHANNEL_LABELS[v.channel],
      v.authorName,
      v.title,
      v.place,
      v.categoryName,
      v.cosigns,
      `${SUGGESTION_STATE_LABELS[v.state]}${v.overdue ? '（已超期）' : ''}`,
      v.answer ? `${TRIAGE_LABELS[v.answer.decision]}${v.answer.text ? `：${v.answer.text}` : ''}` : '',
      v.answer ? formatChinaTime(v.answer.at) : '',
      v.answer?.consultation?.title ?? v.answer?.mergedInto?.title ?? '',
      v.legalThreshold ? `是（${v.legalThreshold.count}/${v.legalThreshold.needed}）` : '',
    ]);
  }
  sheet.columns.forEach((col) => {
    col.width = 18;
    col.alignment = { wrapText: true, vertical: 'top' };
  });
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  const fileId = await ctx.files.saveDocument(bytes, 'xlsx');
  // The committee's copy names people in full: its link opens for the committee alone.
  const readers = who.member.role === 'committee' ? (['committee'] as const) : OVERSEERS;
  await recordExport(ctx, { fileId, ext: 'xlsx', size: bytes.length }, { memberId: who.member._id, communityId: who.community._id }, [...readers]);
  // The ledger keeps changing: the name says which day's it is (in China time).
  const fileName = `群众意见台账-${toChinaDateTimeParts(ctx.now).date}.xlsx`;
  return { fileId, url: (await ctx.files.urls([fileId], { [fileId]: fileName }))[fileId] ?? '', fileName, rows: views.length };
};
