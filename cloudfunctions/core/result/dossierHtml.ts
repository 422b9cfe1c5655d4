import type { Dossier } from './dossier';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Every stored text came from a person; none of it may become markup. */
const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);

const STYLE = `body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#222}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:2px solid #c0392b;padding-bottom:4px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top;white-space:pre-wrap;word-break:break-all}
th{background:#f2f2f2}.empty{color:#888}section{break-inside:avoid-page}@media print{body{margin:0}}`;

/**
 * The dossier as one printable HTML page: a heading per part and its table, or a line saying it is
 * empty. Its <title> is the file's name, which a browser offers when the page is saved or printed to PDF.
 */
export function dossierHtml(dossier: Dossier): string {
  const sections = dossier.sections.map((s) => {
    const head = `<tr>${s.columns.map((c) => `<th>${escape(c)}</th>`).join('')}</tr>`;
    const body = s.rows.map((r) => `<tr>${r.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('\n');
    const table = s.rows.length ? `<table>${head}\n${body}</table>` : '<p class="empty">（无）</p>';
    return `<section data-part="${s.part}"><h2>${escape(s.title)}</h2>${table}</section>`;
  });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(dossier.name)}</title><style>${STYLE}</style></head>
<body><h1>${escape(dossier.title)}</h1><p>${escape(dossier.community)} · 一事一档</p>
${sections.join('\n')}
</body></html>`;
}
