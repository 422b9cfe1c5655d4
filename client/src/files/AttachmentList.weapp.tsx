import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { AttachmentView } from '@shared/api/views';

const IMAGES: readonly string[] = ['jpg', 'png', 'webp'];

/**
 * A copy named as the committee named it, so WeChat's viewer (and forwarding from it) shows
 * 公约草案.pdf rather than a temporary name; the temporary file itself when copying fails.
 */
function named(tempFilePath: string, name: string): Promise<string> {
  const dest = `${Taro.env.USER_DATA_PATH}/${name}`;
  return new Promise((resolve) => {
    Taro.getFileSystemManager().copyFile({
      srcPath: tempFilePath,
      destPath: dest,
      success: () => resolve(dest),
      fail: () => resolve(tempFilePath),
    });
  });
}

/**
 * 附件, mini program: a tap downloads the document by the temporary URL the use case handed out
 * after checking the reader (storage itself is private to its uploaders, so a file id is no
 * link), and opens it in WeChat's viewer; an image opens in the image viewer.
 */
export function AttachmentList({ attachments }: { attachments: AttachmentView[] }) {
  const [opening, setOpening] = useState('');
  const [error, setError] = useState('');
  if (attachments.length === 0) return null;

  const open = async (a: AttachmentView) => {
    if (opening) return;
    setError('');
    if (IMAGES.includes(a.type)) {
      Taro.previewImage({ urls: [a.url], current: a.url }).catch(() => setError(`打开“${a.name}”失败，请重试`));
      return;
    }
    setOpening(a.id);
    try {
      const { tempFilePath, statusCode } = await Taro.downloadFile({ url: a.url });
      if (statusCode !== 200) throw new Error(String(statusCode));
      const filePath = await named(tempFilePath, a.name);
      await Taro.openDocument({ filePath, fileType: a.type as 'pdf' | 'doc' | 'docx' | 'xls' | 'xlsx', showMenu: true });
    } catch {
      setError(`打开“${a.name}”失败，请重试`);
    } finally {
      setOpening('');
    }
  };

  return (
    <View className="attachments">
      <View className="field-label">附件（{attachments.length}）</View>
      {attachments.map((a) => (
        <View key={a.id} className="attachment" onClick={() => open(a)}>
          <View className="attachment-name">📎 {a.name}</View>
          <View className="meta">{opening === a.id ? '正在打开…' : `${a.typeLabel} · ${a.sizeLabel}`}</View>
        </View>
      ))}
      {error ? <View className="error-text">{error}</View> : null}
    </View>
  );
}
