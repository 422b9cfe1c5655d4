import { View } from '@tarojs/components';

/** The exported archive: the printable dossier (HTML) and the workbook (.xlsx), at the URLs the export gave. */
export interface ExportedFiles {
  htmlUrl: string;
  xlsxUrl: string;
  xlsxFileId: string;
  xlsxFileName: string;
}

// Plain links styled as buttons: an <a> is what a browser opens in a new tab or saves.
const asButton = { display: 'block', textDecoration: 'none' } as const;

/**
 * H5: plain links, so the browser opens the dossier in a new tab (to read or print; its title is the
 * file's name) and saves the workbook under its name, 一事一档-<议题>.xlsx. (DocumentLinks.weapp.tsx
 * is the mini program's version; Taro picks it for weapp.)
 */
export function DocumentLinks({ files }: { files: ExportedFiles }) {
  return (
    <View>
      <a className="btn btn-primary" style={asButton} href={files.htmlUrl} target="_blank" rel="noopener noreferrer" data-doc="html">
        打开打印版档案
      </a>
      <a className="btn btn-plain" style={asButton} href={files.xlsxUrl} download={files.xlsxFileName} data-doc="xlsx">
        下载档案表格（Excel）
      </a>
    </View>
  );
}
