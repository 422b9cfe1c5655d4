import { randomUUID } from 'node:crypto';
import type { CloudBase } from '@cloudbase/node-sdk';
import { sniffImageType, type FileStore } from '../ports/files';

/**
 * CloudBase cloud storage. The mini program uploads with wx.cloud.uploadFile and sends the fileID;
 * here a file is downloaded once to check what it really is, and shown through temporary URLs.
 */
export function cloudbaseFileStore(app: CloudBase): FileStore {
  return {
    async inspect(fileId) {
      if (!fileId.startsWith('cloud://')) return null;
      try {
        const { fileContent } = await app.downloadFile({ fileID: fileId });
        const bytes = fileContent as Buffer;
        return { size: bytes.length, contentType: sniffImageType(bytes.subarray(0, 16)) };
      } catch {
        return null;
      }
    },
    async saveDocument(bytes, ext) {
      const cloudPath = `archives/${randomUUID()}.${ext}`;
      const { fileID } = await app.uploadFile({ cloudPath, fileContent: bytes });
      return fileID;
    },
    async urls(fileIds) {
      if (fileIds.length === 0) return {};
      const { fileList } = await app.getTempFileURL({ fileList: fileIds.map((fileID) => ({ fileID, maxAge: 3600 })) });
      return Object.fromEntries(fileList.filter((f) => f.tempFileURL).map((f) => [f.fileID, f.tempFileURL]));
    },
  };
}
