/**
 * The storage port. Photos are uploaded by the client straight to storage (CloudBase cloud storage
 * in production, the local host's folder in the embedded default); use cases only refer to them by
 * id, check them before accepting them, and hand out URLs to show them.
 */
export interface StoredFile {
  size: number;
  /** The type read from the file's own first bytes, not from its name. */
  contentType: string | null;
}

export interface FileStore {
  /** What the file really is, or null when there is no such file. */
  inspect(fileId: string): Promise<StoredFile | null>;
  /**
   * URLs to show or download the files now (temporary ones in production). `names` gives the name
   * a file downloads under (a dossier under its consultation's title, an attachment under its own
   * name); without one a file keeps its storage name.
   */
  urls(fileIds: string[], names?: Record<string, string>): Promise<Record<string, string>>;
  /** Stores a document the system made (an archive's workbook or dossier); `ext` is xlsx or html. */
  saveDocument(bytes: Buffer, ext: 'xlsx' | 'html'): Promise<string>;
}

/** The type of an image from its first bytes; null for anything that is not an accepted image. */
export function sniffImageType(head: Uint8Array): string | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}
