/** An exported workbook (.xlsx): its URL for a browser, its file id for the mini program. */
export interface ExportedWorkbook {
  url: string;
  fileId: string;
}

// A plain link styled as a button: an <a download> is what a browser saves.
const asButton = { display: 'block', textDecoration: 'none' } as const;

/**
 * H5: the browser saves the workbook; `name` says which (台账表格…). (WorkbookLink.weapp.tsx is the
 * mini program's version.)
 */
export function WorkbookLink({ file, name }: { file: ExportedWorkbook; name: string }) {
  return (
    <a className="btn btn-primary" style={asButton} href={file.url} download data-doc="xlsx">
      下载{name}（Excel）
    </a>
  );
}
