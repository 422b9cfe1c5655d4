import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ExportedFiles } from './DocumentLinks';
import { WorkbookLink } from './WorkbookLink';

export type { ExportedFiles } from './DocumentLinks';

/**
 * Mini program: the workbook opens in WeChat's document viewer under its name (from there it can be
 * forwarded or printed); a phone cannot open the HTML dossier, so its link is copied to open on a computer.
 */
export function DocumentLinks({ files }: { files: ExportedFiles }) {
  const copyDossier = async () => {
    await Taro.setClipboardData({ data: files.htmlUrl });
    Taro.showToast({ title: '链接已复制，请在电脑浏览器中打开打印', icon: 'none' });
  };

  return (
    <View>
      <WorkbookLink file={{ url: files.xlsxUrl, fileId: files.xlsxFileId, fileName: files.xlsxFileName }} name="档案表格" />
      <Button className="btn btn-plain" onClick={copyDossier}>
        复制打印版档案链接
      </Button>
    </View>
  );
}
