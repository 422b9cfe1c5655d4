import { randomUUID } from 'node:crypto';
import type { CloudBase } from '@cloudbase/node-sdk';
import { storedFileOf, type FileStore } from '../ports/files';

/**
 * CloudBase answers getTempFileURL for at most 50 files a call.
 * @internal The tests read it rather than repeat the figure.
 */
export const TEMP_URLS_PER_CALL = 50;

/**
 * How long a temporary URL works. A use case hands one out only to a caller it has checked, but
 * once out it is a bearer link: anyone holding it reads the file until it lapses. Ten minutes
 * covers a screen's images loading and a document opened from it, and little more.
 */
const TEMP_URL_SECONDS = 600;

/** What the adapter uses of the CloudBase app: storage alone, so a test can stand in for it. */
export type CloudBaseStorage = Pick<CloudBase, 'downloadFile' | 'uploadFile' | 'getTempFileURL'>;

/**
 * CloudBase cloud storage. The mini program uploads with wx.cloud.uploadFile and sends the fileID;
 * here a file is downloaded once to check what it really is, and shown through temporary URLs.
 * `names` has no effect here: the mini program opens attachments by file id and names them itself.
 */
export function cloudbaseFileStore(app: CloudBaseStorage): FileStore {
  const read = async (fileId: string): Promise<Buffer | null> => {
    if (!fileId.startsWith('cloud://')) return null;
    try {
      const { fileContent } = await app.downloadFile({ fileID: fileId });
      return Buffer.isBuffer(fileContent) ? fileContent : null;
    } catch {
      return null;
    }
  };
  return {
    read,
    async inspect(fileId) {
      const bytes = await read(fileId);
      return bytes ? storedFileOf(bytes) : null;
    },
    async saveDocument(bytes, ext) {
      const cloudPath = `archives/${randomUUID()}.${ext}`;
      const { fileID } = await app.uploadFile({ cloudPath, fileContent: bytes });
      return fileID;
    },
    /**
     * In calls of 50, all at once: a page waits for every link, the calls are independent reads,
     * and a page needs a handful at most (20 opinions with 9 photos and 9 evidence photos each is
     * 8 calls), so asking in sequence would only multiply the wait. A file CloudBase cannot give a
     * link for is left out; a failed call fails the page, as a single call did.
     */
    async urls(fileIds) {
      const ids = [...new Set(fileIds)];
      const batches: string[][] = [];
      for (let i = 0; i < ids.length; i += TEMP_URLS_PER_CALL) batches.push(ids.slice(i, i + TEMP_URLS_PER_CALL));
      const answers = await Promise.all(
        batches.map(async (batch) => {
          const res = await app.getTempFileURL({ fileList: batch.map((fileID) => ({ fileID, maxAge: TEMP_URL_SECONDS })) });
          // The SDK reports a refused call in the result (a code and message) rather than by throwing.
          if (!Array.isArray(res.fileList)) throw new Error(`getTempFileURL refused: ${JSON.stringify(res)}`);
          return res.fileList;
        }),
      );
      return Object.fromEntries(
        answers
          .flat()
          .filter((f) => f.tempFileURL)
          .map((f) => [f.fileID, f.tempFileURL]),
      );
    },
  };
}
