import Taro from '@tarojs/taro';
import { documentTypeOf, type DocumentType } from '@shared/files/documents';
import { toChinaDateTimeParts } from '@shared/time';
import { ApiError } from '../api';
import type { ChosenDocument, DocumentFolder } from './pickDocuments';

export type { ChosenDocument, DocumentFolder } from './pickDocuments';

const isCancel = (e: unknown) => /cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? ''));

/**
 * Mini program: a phone has no file browser, so documents come from WeChat chats (the committee
 * sends them to themselves or to 文件传输助手). Only files (not images) can be filtered by
 * extension, so when images are accepted too the chooser shows everything and the caller refuses
 * what does not fit, by name and size. Resolves [] when the person cancels.
 */
export async function chooseDocuments(max: number, types?: readonly DocumentType[]): Promise<ChosenDocument[]> {
  const onlyFiles = types !== undefined && types.every((t) => t !== 'jpg' && t !== 'png' && t !== 'webp');
  try {
    const res = await Taro.chooseMessageFile(onlyFiles ? { count: max, type: 'file', extension: [...types!] } : { count: max, type: 'all' });
    return res.tempFiles.map((f) => ({ name: f.name, size: f.size, path: f.path }));
  } catch (e) {
    if (isCancel(e)) return [];
    throw new ApiError('INTERNAL', '打开聊天文件失败，请重试');
  }
}

/**
 * Uploads straight to cloud storage and returns the fileID for the payload. Folders by month keep
 * the storage console browsable; the random name means two files never overwrite each other; the
 * extension is the one the name claims. The cloud function checks the real bytes when it is used.
 */
export async function uploadDocument(doc: ChosenDocument, folder: DocumentFolder): Promise<string> {
  const ext = documentTypeOf(doc.name);
  if (!ext) throw new ApiError('FILE_REJECTED', `“${doc.name}”的格式不支持`);
  const month = toChinaDateTimeParts(Date.now()).date.slice(0, 7);
  const random = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  try {
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath: `${folder}/${month}/${random}.${ext}`, filePath: doc.path });
    return fileID;
  } catch {
    throw new ApiError('NETWORK', `“${doc.name}”上传失败，请检查网络后重试`);
  }
}
