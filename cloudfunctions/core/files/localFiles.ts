import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DomainError, OPINION_LIMITS, PHOTO_TYPES, documentTypeOf, sniffFileType, storedFileProblem } from '@shared';
import { storedFileOf, type FileStore } from '../ports/files';
import { STORED_TYPES } from './fileRecords';

const PHOTO_EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
const ID = /^local:([0-9a-f]{32})\.(jpg|png|webp|pdf|docx|doc|xlsx|xls|html)$/;

/**
 * The embedded default's storage: files in a folder under `.data/`, served by the local host at
 * /files/<name>. An upload is checked before a byte is written, so a bad file leaves nothing.
 */
export class LocalFileStore implements FileStore {
  constructor(private readonly dir: string) {}

  /** Stores an uploaded photo and returns its id; refuses what is too large or not an image. */
  async put(bytes: Buffer): Promise<string> {
    if (bytes.length === 0) throw new DomainError('FILE_REJECTED', '文件是空的，请重新选择');
    if (bytes.length > OPINION_LIMITS.photoMaxBytes) throw new DomainError('FILE_REJECTED', '照片不能超过5MB，请压缩后再上传');
    const type = sniffFileType(bytes);
    if (!type || !(PHOTO_TYPES as readonly string[]).includes(type)) throw new DomainError('FILE_REJECTED', '只能上传 JPG、PNG 或 WebP 格式的照片');
    return this.write(bytes, PHOTO_EXTENSIONS[type]);
  }

  /**
   * Stores a document someone uploaded (an attachment, a roster workbook) under the name it was
   * picked with, by the same rule the use cases check it by; stored with the extension its name
   * and bytes agree on. (saveDocument is for documents the system makes.)
   */
  async putDocument(bytes: Buffer, name: string): Promise<string> {
    const problem = storedFileProblem(name, storedFileOf(bytes));
    if (problem) throw new DomainError('FILE_REJECTED', problem);
    return this.write(bytes, documentTypeOf(name)!);
  }

  async saveDocument(bytes: Buffer, ext: 'xlsx' | 'html'): Promise<string> {
    return this.write(bytes, ext);
  }

  private async write(bytes: Buffer, ext: string): Promise<string> {
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

  /** The type a stored file was checked to be when it was written. */
  contentTypeOf(fileId: string): string {
    return STORED_TYPES[ID.exec(fileId)![2] as keyof typeof STORED_TYPES];
  }

  async read(fileId: string): Promise<Buffer | null> {
    const file = this.pathOf(fileId);
    return file ? readFile(file).catch(() => null) : null;
  }

  /** The whole file is read: a zip's directory, which says Word from Excel, is at its end. */
  async inspect(fileId: string) {
    const bytes = await this.read(fileId);
    return bytes ? storedFileOf(bytes) : null;
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
