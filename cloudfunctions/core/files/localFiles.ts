import { randomUUID } from 'node:crypto';
import { mkdir, open, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DomainError, OPINION_LIMITS } from '@shared';
import { sniffImageType, type FileStore } from '../ports/files';

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
const ID = /^local:([0-9a-f]{32})\.(jpg|png|webp|xlsx|html)$/;

/**
 * The embedded default's storage: files in a folder under `.data/`, served by the local host at
 * /files/<name>. An upload is checked before a byte is written, so a bad file leaves nothing.
 */
export class LocalFileStore implements FileStore {
  constructor(private readonly dir: string) {}

  /** Stores an uploaded image and returns its id; refuses what is too large or not an image. */
  async put(bytes: Buffer): Promise<string> {
    if (bytes.length === 0) throw new DomainError('FILE_REJECTED', '文件是空的，请重新选择');
    if (bytes.length > OPINION_LIMITS.photoMaxBytes) throw new DomainError('FILE_REJECTED', '照片不能超过5MB，请压缩后再上传');
    const type = sniffImageType(bytes.subarray(0, 16));
    if (!type) throw new DomainError('FILE_REJECTED', '只能上传 JPG、PNG 或 WebP 格式的照片');
    const name = `${randomUUID().replace(/-/g, '')}.${EXTENSIONS[type]}`;
    await mkdir(this.dir, { recursive: true });
    await writeFile(path.join(this.dir, name), bytes, { flag: 'wx' });
    return `local:${name}`;
  }

  async saveDocument(bytes: Buffer, ext: 'xlsx' | 'html'): Promise<string> {
    const name = `${randomUUID().replace(/-/g, '')}.${ext}`;
    await mkdir(this.dir, { recursive: true });
    await writeFile(path.join(this.dir, name), bytes, { flag: 'wx' });
    return `local:${name}`;
  }

  /** The file on disk for an id, or null for an id that is not one of ours. */
  pathOf(fileId: string): string | null {
    const m = ID.exec(fileId);
    return m ? path.join(this.dir, `${m[1]}.${m[2]}`) : null;
  }

  async inspect(fileId: string) {
    const file = this.pathOf(fileId);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info) return null;
    const handle = await open(file, 'r');
    try {
      const head = Buffer.alloc(16);
      await handle.read(head, 0, 16, 0);
      return { size: info.size, contentType: sniffImageType(head) };
    } finally {
      await handle.close();
    }
  }

  /** The local host serves /files/<name>; `?name=` is the name it tells the browser to save under. */
  async urls(fileIds: string[], names: Record<string, string> = {}) {
    return Object.fromEntries(
      fileIds.map((id) => {
        const name = names[id];
        return [id, `/files/${id.slice('local:'.length)}${name ? `?name=${encodeURIComponent(name)}` : ''}`];
      }),
    );
  }
}
