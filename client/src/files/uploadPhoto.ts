import type { ErrorCode } from '@shared/errors';
import { PHOTO_TYPES } from '@shared/participation/participation';
import { ApiError } from '../api';

/** A photo the person picked, still on the device: its local path (for the thumbnail) and bytes. */
export interface ChosenPhoto {
  path: string;
  size: number;
}

/** What the picker gave: the photos, and each file refused before upload with its name and why. */
export interface Chosen {
  photos: ChosenPhoto[];
  refused: { name: string; reason: string }[];
}

/** The storage takes JPEG, PNG and WebP (it checks the bytes); a file without a type goes by its name. */
const isPhoto = (f: File) => (PHOTO_TYPES as readonly string[]).includes(f.type) || (!f.type && /\.(jpe?g|png|webp)$/i.test(f.name));

/**
 * H5: the browser's file chooser, for images. A browser lets people pick any file and any number
 * at once, so a file that is no photo comes back refused by name (Taro's chooseImage dropped it
 * without a word), and the caller trims the photos to what still fits. Resolves empty on cancel.
 * (uploadPhoto.weapp.ts is the mini program's version; Taro picks it for the weapp build.)
 */
export function choosePhotos(max: number): Promise<Chosen> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.multiple = max > 1;
    // Some browsers open the chooser only for an input that is in the document.
    input.style.display = 'none';
    document.body.appendChild(input);
    const done = (chosen: Chosen) => {
      input.remove();
      resolve(chosen);
    };
    input.addEventListener('cancel', () => done({ photos: [], refused: [] }));
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      done({
        photos: files.filter(isPhoto).map((f) => ({ path: URL.createObjectURL(f), size: f.size })),
        refused: files.filter((f) => !isPhoto(f)).map((f) => ({ name: f.name, reason: f.type.startsWith('image/') ? '这种图片格式不能上传' : '不是照片' })),
      });
    });
    input.click();
  });
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
