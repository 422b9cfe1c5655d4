import { createHash } from 'node:crypto';
import { sniffFileType } from '@shared';

/**
 * The storage port. Photos and documents are uploaded by the client straight to storage (CloudBase
 * cloud storage in production, the local host's folder in the embedded default); use cases only
 * refer to them by id, check them before accepting them, and hand out URLs to show them.
 */
export interface StoredFile {
  size: number;
  /** The type read from the file's own bytes (`sniffFileType`), not from its name. */
  contentType: string | null;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
}

export interface FileStore {
  /** What the file really is, or null when there is no such file. */
  inspect(fileId: string): Promise<StoredFile | null>;
  /** The file's bytes (a roster workbook to import), or null when there is no such file. */
  read(fileId: string): Promise<Buffer | null>;
  /**
   * URLs to show or download the files now (temporary ones in production). `names` gives the name
   * a file downloads under (a dossier under its consultation's title, an attachment under its own
   * name); without one a file keeps its storage name.
   */
  urls(fileIds: string[], names?: Record<string, string>): Promise<Record<string, string>>;
  /** Stores a document the system made (an archive's workbook or dossier); `ext` is xlsx or html. */
  saveDocument(bytes: Buffer, ext: 'xlsx' | 'html'): Promise<string>;
}

/** What a file's bytes say it is, as `inspect` reports it. */
export function storedFileOf(bytes: Buffer): StoredFile {
  return { size: bytes.length, contentType: sniffFileType(bytes), sha256: createHash('sha256').update(bytes).digest('hex') };
}
