import type { CellValue, Row } from 'exceljs';

/** A formula shows its cached result (merged cells already show their master's value in exceljs). */
export function shownValue(value: CellValue): CellValue {
  return value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value) ? (value.result ?? null) : value;
}

const OUT_OF_RANGE_DATE = '超出范围的日期';

/** The trimmed text a person sees in the cell. */
export function cellText(value: CellValue): string {
  const shown = shownValue(value);
  if (shown === null || shown === undefined) return '';
  if (typeof shown === 'number') return numberText(shown);
  if (typeof shown === 'string') return shown.trim();
  if (typeof shown === 'boolean') return shown ? 'TRUE' : 'FALSE';
  // A date cell past what a Date holds (Excel shows ####) is still something typed: the row's checks refuse it.
  if (shown instanceof Date) return Number.isNaN(shown.getTime()) ? OUT_OF_RANGE_DATE : shown.toISOString().slice(0, 10);
  if ('richText' in shown)
    return shown.richText
      .map((run) => run.text)
      .join('')
      .trim();
  if ('error' in shown) return shown.error;
  // A hyperlink's text may itself be rich text.
  if ('hyperlink' in shown) return cellText(shown.text as CellValue);
  return '';
}

export function cellTexts(row: Row): string[] {
  const texts: string[] = [];
  row.eachCell((cell) => texts.push(cellText(cell.value)));
  return texts;
}

/**
 * Excel shows at most 15 significant digits, so a stored 30.599999999999998 reads as 30.6, as the
 * committee saw it; plain String() would leak that float noise into the area check.
 */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const text = n.toPrecision(15);
  return text.includes('e') ? text : text.replace(/\.?0+$/, '');
}
