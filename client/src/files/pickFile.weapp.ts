import Taro from '@tarojs/taro';
import type { PickedFile } from './pickFile';

export type { PickedFile } from './pickFile';

/**
 * Mini program: a phone has no file browser, so the workbook is picked from a WeChat chat (the
 * committee sends it to themselves or to 文件传输助手). Resolves null when the person cancels.
 */
export async function pickFile(): Promise<PickedFile | null> {
  let chosen: Taro.chooseMessageFile.SuccessCallbackResult;
  try {
    chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
  } catch (e) {
    if (/cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? ''))) return null;
    throw e;
  }
  const file = chosen.tempFiles[0];
  if (!file) return null;
  const base64 = await new Promise<string>((resolve, reject) => {
    // readFile takes callbacks only; it returns nothing to await.
    Taro.getFileSystemManager().readFile({
      filePath: file.path,
      encoding: 'base64',
      success: (res) => resolve(String(res.data)),
      fail: () => reject(new Error('读取文件失败')),
    });
  });
  return { name: file.name, base64, size: file.size };
}
