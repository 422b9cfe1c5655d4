/** An exported workbook (.xlsx): its URL for a browser, its file id for the mini program, the name it downloads as. */
export interface ExportedWorkbook {
  url: string;
  fileId: string;
  fileName: string;
}

// A plain link styled as a button: an <a download> is what a browser saves.
const asButton = { display: 'block', textDecoration: 'none' } as const;

/**
 * H5: the browser saves the workbook under its file name (群众意见台账-<date>.xlsx); `name` says on
 * the button which workbook it is (台账表格…). (WorkbookLink.weapp.tsx is the mini program's version.)
 */
export function WorkbookLink({ file, name }: { file: ExportedWorkbook; name: string }) {
  return (
    <a className="btn btn-primary" style={asButton} href={file.url} download={file.fileName} data-doc="xlsx">
      下载{name}（Excel）
    </a>
  );
}
