import { Workbook } from 'exceljs';
import type { Dossier } from './dossier';

/** Excel caps sheet names at 31 characters and forbids a few symbols; ours are short Chinese titles. */
const sheetName = (title: string) => title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

/** The dossier as an .xlsx workbook: one sheet per part, a bold header row, wrapped long text. */
export async function dossierWorkbook(dossier: Dossier): Promise<Buffer> {
  const book = new Workbook();
  book.creator = '社区协商';
  book.title = dossier.name;
  for (const section of dossier.sections) {
    const sheet = book.addWorksheet(sheetName(section.title));
    sheet.addRow(section.columns).font = { bold: true };
    for (const row of section.rows) sheet.addRow(row);
    sheet.columns.forEach((col, i) => {
      const longest = Math.max(section.columns[i]?.length ?? 0, ...section.rows.map((r) => r[i]?.length ?? 0));
      col.width = Math.min(60, Math.max(8, longest * 2));
      col.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
