import { Workbook } from 'exceljs';
import { FORM_LABELS, STATE_LABELS, findCatalogueItem, formatChinaTime, type OversightFiguresView, type State } from '@shared';
import type { ConsultationDoc } from '../docs';

/** One community's (or the street's) row of the summary sheet. */
export interface ReportRow {
  name: string;
  figures: OversightFiguresView;
}

const SUMMARY_COLUMNS = [
  '社区（村）',
  '协商议题数',
  '按状态',
  '按事项类别',
  '按协商形式',
  '参与人数',
  '名册成年人数',
  '参与率',
  '收到意见',
  '已答复',
  '答复率',
  '答复用时中位数（天）',
  '落实逾期',
  '群众建议超期未答复',
  '满意度评价人数',
  '满意度（5分制）',
];

const MATTER_COLUMNS = [
  '社区（村）',
  '议题',
  '协商事项',
  '事项类别',
  '协商形式',
  '公告发布',
  '协商时间',
  '当前状态',
  '表决结果',
  '协商意见',
  '落实期限',
  '落实情况',
];

const listed = (items: { label: string; count: number }[]) => items.map((i) => `${i.label} ${i.count}`).join('、');

function summaryRow({ name, figures: f }: ReportRow): (string | number)[] {
  return [
    name,
    f.consultations,
    listed(f.byState),
    listed(f.byCategory),
    listed(f.byForm),
    f.participants,
    f.registerAdults,
    f.participationText,
    f.opinions,
    f.answered,
    f.answeredText,
    f.medianAnswerDays ?? '—',
    f.overdueImplementations,
    f.overdueSuggestions,
    f.evaluations,
    f.satisfactionText,
  ];
}

const IMPLEMENTATION: Partial<Record<State, string>> = {
  publicized: '结果公示中',
  effective: '待实施',
  implementing: '落实中',
  completed: '已落实',
  archived: '已落实并归档',
};

/** Where the matter's implementation stands, in the words of the board: overdue said plainly. */
const implementationOf = (c: ConsultationDoc): string => (c.overdue && c.status === 'implementing' ? '逾期未落实' : (IMPLEMENTATION[c.status] ?? '—'));

function matterRow(c: ConsultationDoc, communityName: string): (string | number)[] {
  const item = findCatalogueItem(c.plan.categoryId);
  return [
    communityName,
    c.plan.title,
    item?.item.name ?? '',
    item?.category.name ?? '本地事项',
    (c.plan.forms ?? []).map((f) => FORM_LABELS[f]).join('、'),
    c.noticePublishedAt ? formatChinaTime(c.noticePublishedAt) : '',
    c.plan.schedule?.startsAt ? formatChinaTime(c.plan.schedule.startsAt) : '',
    STATE_LABELS[c.status],
    c.verdict ? (c.verdict.passed ? '通过' : '未通过') : '',
    c.outcome?.text ?? '',
    c.outcome ? formatChinaTime(c.outcome.dueAt) : '',
    implementationOf(c),
  ];
}

/**
 * The report to 民政 for a period: a summary sheet with each community's counts and the street's
 * total (the same figures the dashboard shows), and the list of matters with their category,
 * form, dates, outcome and implementation.
 */
export async function reportWorkbook(
  title: string,
  rows: ReportRow[],
  total: ReportRow,
  matters: { consultation: ConsultationDoc; communityName: string }[],
): Promise<Buffer> {
  const book = new Workbook();
  book.creator = '社区协商';
  const summary = book.addWorksheet('汇总');
  summary.addRow([title]).font = { bold: true, size: 14 };
  summary.addRow(SUMMARY_COLUMNS).font = { bold: true };
  for (const r of rows) summary.addRow(summaryRow(r));
  summary.addRow(summaryRow(total)).font = { bold: true };
  const list = book.addWorksheet('协商事项清单');
  list.addRow(MATTER_COLUMNS).font = { bold: true };
  for (const m of matters) list.addRow(matterRow(m.consultation, m.communityName));
  for (const sheet of [summary, list]) {
    sheet.columns.forEach((col) => {
      col.width = 16;
      col.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
