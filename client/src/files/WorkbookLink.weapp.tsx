import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ExportedWorkbook } from './WorkbookLink';

export type { ExportedWorkbook } from './WorkbookLink';

/**
 * The downloaded file under its own name, so WeChat's viewer shows that name (and a forwarded file
 * keeps it) instead of the temporary one. The name is only a nicety: when the copy fails, the
 * download itself opens.
 */
function named(tempFilePath: string, fileName: string): Promise<string> {
  const destPath = `${Taro.env.USER_DATA_PATH}/${fileName}`;
  return new Promise((resolve) => {
    // copyFile takes callbacks only; it returns nothing to await.
    Taro.getFileSystemManager().copyFile({
      srcPath: tempFilePath,
      destPath,
      success: () => resolve(destPath),
      fail: () => resolve(tempFilePath),
    });
  });
}

/** Mini program: the workbook opens in WeChat's document viewer, from where it can be forwarded or printed. */
export function WorkbookLink({ file, name }: { file: ExportedWorkbook; name: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const open = async () => {
    setError('');
    setBusy(true);
    try {
      // By the temporary URL the export handed out to a role that may export: storage is private to its uploaders.
      const { tempFilePath, statusCode } = await Taro.downloadFile({ url: file.url });
      if (statusCode !== 200) throw new Error(String(statusCode));
      await Taro.openDocument({ filePath: await named(tempFilePath, file.fileName), fileType: 'xlsx', showMenu: true });
    } catch {
      setError(`打开${name}失败，请重试`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View>
      <Button className="btn btn-primary" disabled={busy} onClick={open}>
        {busy ? '正在打开…' : `打开${name}（Excel）`}
      </Button>
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}
