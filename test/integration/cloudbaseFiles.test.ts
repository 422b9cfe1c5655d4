import { createHash } from 'node:crypto';
import { cloudbaseFileStore, TEMP_URLS_PER_CALL, type CloudBaseStorage } from '../../cloudfunctions/core/files/cloudbaseFiles';
import { makePdf } from '../support/documents';

/**
 * A stand-in for the CloudBase app's storage that keeps CloudBase's rules: getTempFileURL refuses
 * a call with more than 50 files (as the SDK reports it: a code and message, no file list), and a
 * file that is not there comes back without a link.
 */
function fakeStorage(files: Map<string, Buffer>) {
  const calls: number[] = [];
  const storage = {
    async getTempFileURL({ fileList }: { fileList: ({ fileID: string } | string)[] }) {
      calls.push(fileList.length);
      if (fileList.length > TEMP_URLS_PER_CALL) return { code: 'INVALID_PARAM', message: 'fileList 最多50个' };
      return {
        fileList: fileList.map((f) => {
          const fileID = typeof f === 'string' ? f : f.fileID;
          return files.has(fileID)
            ? { code: 'SUCCESS', fileID, tempFileURL: `https://tmp.example/${encodeURIComponent(fileID)}?sign=x` }
            : { code: 'STORAGE_FILE_NONEXIST', fileID, tempFileURL: '' };
        }),
      };
    },
    async downloadFile({ fileID }: { fileID: string }) {
      const bytes = files.get(fileID);
      if (!bytes) throw new Error('STORAGE_FILE_NONEXIST');
      return { fileContent: bytes, message: '文件下载完成' };
    },
    async uploadFile() {
      throw new Error('not used here');
    },
  };
  return { storage: storage as unknown as CloudBaseStorage, calls };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `cloud://env-1.bucket/opinions/2026-11/p${i}.jpg`);

describe('CloudBase storage', () => {
  it('gets links for 120 files in calls of at most 50, every file its own link', async () => {
    const wanted = ids(120);
    const { storage, calls } = fakeStorage(new Map(wanted.map((id) => [id, Buffer.from('x')])));
    const urls = await cloudbaseFileStore(storage).urls(wanted);
    expect(Object.keys(urls).sort()).toEqual([...wanted].sort());
    for (const id of wanted) expect(urls[id]).toBe(`https://tmp.example/${encodeURIComponent(id)}?sign=x`);
    expect(calls.sort((a, b) => b - a)).toEqual([50, 50, 20]);
  });

  it('asks once for a file named twice, leaves out one it cannot link, and asks nothing for none', async () => {
    const [a, b] = ids(2);
    const { storage, calls } = fakeStorage(new Map([[a, Buffer.from('x')]]));
    const files = cloudbaseFileStore(storage);
    expect(await files.urls([a, a, b])).toEqual({ [a]: expect.stringContaining('https://') });
    expect(calls).toEqual([2]);
    expect(await files.urls([])).toEqual({});
    expect(calls).toEqual([2]);
  });

  it('fails loudly when CloudBase refuses a call, rather than showing a page without its files', async () => {
    const { storage } = fakeStorage(new Map());
    const refusing = { ...storage, getTempFileURL: async () => ({ code: 'PERMISSION_DENIED', message: 'no' }) } as unknown as CloudBaseStorage;
    await expect(cloudbaseFileStore(refusing).urls(ids(3))).rejects.toThrow(/PERMISSION_DENIED/);
  });

  it('reads and inspects a file by its bytes, and finds nothing for a missing or foreign id', async () => {
    const pdf = makePdf();
    const id = 'cloud://env-1.bucket/attachments/2026-11/k3.pdf';
    const files = cloudbaseFileStore(fakeStorage(new Map([[id, pdf]])).storage);
    expect(await files.read(id)).toEqual(pdf);
    expect(await files.inspect(id)).toEqual({ size: pdf.length, contentType: 'application/pdf', sha256: createHash('sha256').update(pdf).digest('hex') });
    expect(await files.inspect('cloud://env-1.bucket/attachments/2026-11/missing.pdf')).toBeNull();
    expect(await files.read('local:0123.pdf')).toBeNull();
  });
});
