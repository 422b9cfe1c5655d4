import Taro from '@tarojs/taro';
import type { ErrorCode } from '@shared/errors';
import { ApiError } from '../api';

/** A photo the person picked, still on the device: its local path (for the thumbnail) and bytes. */
export interface ChosenPhoto {
  path: string;
  size: number;
}

const isCancel = (e: unknown) => /cancel|abort/i.test(String((e as { errMsg?: string })?.errMsg ?? ''));

/**
 * H5: the browser's picker (Taro gives blob: URLs). Resolves [] when the person cancels. A browser
 * lets people pick any number of files at once, so the caller trims to what still fits.
 * (uploadPhoto.weapp.ts is the mini program's version; Taro picks it for the weapp build.)
 */
export async function choosePhotos(max: number): Promise<ChosenPhoto[]> {
  try {
    const res = await Taro.chooseImage({ count: max, sizeType: ['compressed'] });
    return res.tempFiles.map((f) => ({ path: f.path, size: f.size }));
  } catch (e) {
    if (isCancel(e)) return [];
    throw new ApiError('INTERNAL', '打开相册失败，请重试');
  }
}

/**
 * Sends one photo's bytes to the local host, which stands in for cloud storage, and returns the
 * file id to put in the payload. The host checks the real bytes; its Chinese message is kept.
 */
export async function uploadPhoto(path: string): Promise<string> {
  let blob: Blob;
  try {
    blob = await (await fetch(path)).blob();
  } catch {
    throw new ApiError('FILE_REJECTED', '读取照片失败，请重新选择');
  }
  let body: { ok?: boolean; data?: { fileId?: string }; code?: string; message?: string };
  try {
    const res = await fetch('/files', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': blob.type || 'application/octet-stream' },
      body: blob,
    });
    body = await res.json();
  } catch {
    throw new ApiError('NETWORK', '照片上传失败，请检查网络后重试');
  }
  if (body?.ok && body.data?.fileId) return body.data.fileId;
  throw new ApiError((body?.code as ErrorCode | undefined) ?? 'INTERNAL', body?.message || '照片上传失败，请重试');
}
