import Taro from '@tarojs/taro';
import { toChinaDateTimeParts } from '@shared/time';
import { ApiError } from '../api';
import type { Chosen } from './uploadPhoto';

export type { Chosen, ChosenPhoto } from './uploadPhoto';

const isCancel = (e: unknown) => /cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? ''));

/**
 * Mini program: album or camera, compressed by WeChat (a phone photo is then well under 5 MB).
 * WeChat offers only images here, so nothing is refused.
 */
export async function choosePhotos(max: number): Promise<Chosen> {
  try {
    const res = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    return { photos: res.tempFiles.map((f) => ({ path: f.tempFilePath, size: f.size })), refused: [] };
  } catch (e) {
    if (isCancel(e)) return { photos: [], refused: [] };
    throw new ApiError('INTERNAL', '打开相册失败，请重试');
  }
}

/**
 * Uploads straight to cloud storage and returns the fileID for the payload. Folders by month keep
 * the storage console browsable; the random name means two photos never overwrite each other.
 * The cloud function checks the real bytes when the opinion is sent.
 */
export async function uploadPhoto(path: string): Promise<string> {
  const ext = (/\.(jpe?g|png|webp)$/i.exec(path)?.[1] ?? 'jpg').toLowerCase().replace('jpeg', 'jpg');
  const month = toChinaDateTimeParts(Date.now()).date.slice(0, 7);
  const name = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  try {
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath: `opinions/${month}/${name}.${ext}`, filePath: path });
    return fileID;
  } catch {
    throw new ApiError('NETWORK', '照片上传失败，请检查网络后重试');
  }
}
