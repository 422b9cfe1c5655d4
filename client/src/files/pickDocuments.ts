import type { ErrorCode } from '@shared/errors';
import { DOCUMENT_EXTENSIONS, type DocumentType } from '@shared/files/documents';
import { ApiError } from '../api';

/** A document the person picked, still on the device: its name, bytes and where to read it from. */
export interface ChosenDocument {
  name: string;
  size: number;
  /** A blob: URL on H5, a temporary file path in the mini program. */
  path: string;
}

/** The storage folder a document goes to: attachments are public notice material, rosters are not. */
export type DocumentFolder = 'attachments' | 'rosters';

const acceptOf = (types: readonly DocumentType[]) => types.flatMap((t) => (t === 'jpg' ? ['.jpg', '.jpeg'] : [`.${t}`])).join(',');

/**
 * H5: the browser's file chooser, offering only the accepted kinds (a person can still pick
 * another; the caller checks each by name and size). Resolves [] when the person cancels.
 * (pickDocuments.weapp.ts is the mini program's version; Taro picks it for the weapp build.)
 */
export function chooseDocuments(max: number, types: readonly DocumentType[] = DOCUMENT_EXTENSIONS): Promise<ChosenDocument[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = max > 1;
    input.accept = acceptOf(types);
    // Some browsers open the chooser only for an input that is in the document.
    input.style.display = 'none';
    document.body.appendChild(input);
    input.addEventListener('cancel', () => {
      input.remove();
      resolve([]);
    });
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      input.remove();
      resolve(files.map((f) => ({ name: f.name, size: f.size, path: URL.createObjectURL(f) })));
    });
    input.click();
  });
}

/**
 * Sends a document's bytes with its name to the local host, which stands in for cloud storage and
 * checks the bytes against the name, and returns the file id for the payload. The host's Chinese
 * message is kept. `folder` only matters in the mini program.
 */
export async function uploadDocument(doc: ChosenDocument, _folder: DocumentFolder): Promise<string> {
  let blob: Blob;
  try {
    blob = await (await fetch(doc.path)).blob();
  } catch {
    throw new ApiError('FILE_REJECTED', `读取“${doc.name}”失败，请重新选择`);
  }
  let body: { ok?: boolean; data?: { fileId?: string }; code?: string; message?: string };
  try {
    const res = await fetch(`/files?name=${encodeURIComponent(doc.name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream' },
      body: blob,
    });
    body = await res.json();
  } catch {
    throw new ApiError('NETWORK', `“${doc.name}”上传失败，请检查网络后重试`);
  }
  if (body?.ok && body.data?.fileId) {
    URL.revokeObjectURL(doc.path);
    return body.data.fileId;
  }
  throw new ApiError((body?.code as ErrorCode | undefined) ?? 'INTERNAL', body?.message || `“${doc.name}”上传失败，请重试`);
}
