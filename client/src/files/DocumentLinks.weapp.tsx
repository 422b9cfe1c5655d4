import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ExportedFiles } from './DocumentLinks';

export type { ExportedFiles } from './DocumentLinks';

/**
 * Mini program: the workbook opens in WeChat's document viewer (from there it can be forwarded or
 * printed); a phone cannot open the HTML dossier, so its link is copied to open on a computer.
 */
export function DocumentLinks({ files }: { files: ExportedFiles }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const openWorkbook = async () => {
    setError('');
    setBusy(true);
    try {
      // Through cloud storage by file id: a temporary URL would need the storage domain allow-listed.
      const { tempFilePath, statusCode } = await Taro.cloud.downloadFile({ fileID: files.xlsxFileId });
      if (statusCode !== 200) throw new Error(String(statusCode));
      await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true });
    } catch {
      setError('打开档案表格失败，请重试');
    } finally {
      setBusy(false);
    }
  };

  const copyDossier = async () => {
    await Taro.setClipboardData({ data: files.htmlUrl });
    Taro.showToast({ title: '链接已复制，请在电脑浏览器中打开打印', icon: 'none' });
  };

  return (
    <View>
      <Button className="btn btn-primary" disabled={busy} onClick={openWorkbook}>
        {busy ? '正在打开…' : '打开档案表格（Excel）'}
      </Button>
      <Button className="btn btn-plain" onClick={copyDossier}>
        复制打印版档案链接
      </Button>
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}
