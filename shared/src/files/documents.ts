/**
 * What a document is: the one rule for files people attach (附件) and upload (the roster
 * workbook), used by the local host's upload, by the use cases' check of the stored bytes and,
 * for the name and size, by the client before it sends a byte. Pure: no I/O, no zod.
 */

/** What the first bytes (and, for a zip, its directory) say a file is. */
export type SniffedType =
  | 'image/jpeg'
  | 'image/png'
  | 'image/webp'
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  /** A legacy Office file (.doc, .xls): the OLE compound-file container, which both share. */
  | 'application/x-ole-storage';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const OLE = 'application/x-ole-storage';

/**
 * The accepted kinds, by the extension the name must carry, with the bytes each must have.
 * Word and Excel's legacy formats share one container, so for them the name decides which it is.
 * `label` is what a resident reads beside the name; `mime` is what the file is served as.
 */
export const DOCUMENT_TYPES = {
  pdf: { label: 'PDF', mime: 'application/pdf', bytes: 'application/pdf' },
  docx: { label: 'Word', mime: DOCX, bytes: DOCX },
  doc: { label: 'Word', mime: 'application/msword', bytes: OLE },
  xlsx: { label: 'Excel', mime: XLSX, bytes: XLSX },
  xls: { label: 'Excel', mime: 'application/vnd.ms-excel', bytes: OLE },
  jpg: { label: '图片', mime: 'image/jpeg', bytes: 'image/jpeg' },
  png: { label: '图片', mime: 'image/png', bytes: 'image/png' },
  webp: { label: '图片', mime: 'image/webp', bytes: 'image/webp' },
} as const satisfies Record<string, { label: string; mime: string; bytes: SniffedType }>;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_EXTENSIONS = Object.keys(DOCUMENT_TYPES) as DocumentType[];

export const ATTACHMENT_LIMITS = {
  /**
   * Per document. A scanned 公约 of a few dozen pages is 5–15 MB; WeChat's document viewer and an
   * old phone's data plan cope with 20 MB, and a cloud function checking nine of them one after
   * another holds one at a time well inside its memory.
   */
  maxBytes: 20 * 1024 * 1024,
  /** Per plan, outcome or progress post: enough for a draft, its annexes and a few scans. */
  perPost: 9,
  /** Characters of a display name. */
  nameMax: 100,
} as const;

/** A document as the record keeps it: the server fills size, type and hash from the stored bytes. */
export interface Attachment {
  fileId: string;
  /** The name it was picked under, shown to residents and used when it is downloaded. */
  name: string;
  size: number;
  type: DocumentType;
  /** SHA-256 of the bytes, so the sealed record says exactly which document residents read. */
  sha256: string;
}

/** The kind a name claims by its extension (.jpeg counts as .jpg), or null for one not accepted. */
export function documentTypeOf(name: string): DocumentType | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name.trim())?.[1]?.toLowerCase();
  const key = ext === 'jpeg' ? 'jpg' : ext;
  return key && key in DOCUMENT_TYPES ? (key as DocumentType) : null;
}

/** A size as people read it: 512 B, 8.5 KB, 120 KB, 1.2 MB, 20 MB. */
export function formatBytes(n: number): string {
  const short = (x: number) => (x < 10 ? x.toFixed(1).replace(/\.0$/, '') : Math.round(x).toString());
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${short(n / 1024)} KB`;
  return `${short(n / 1024 / 1024)} MB`;
}

const ACCEPTED_WORDS = 'PDF、Word、Excel 文件或图片（JPG、PNG、WebP）';

interface Limits {
  /** The size limit, when not an attachment's (a roster's is smaller). */
  maxBytes?: number;
  /** How a message names the file: by its own name in quotes, unless the caller says (所选文件). */
  label?: string;
}

/** What is wrong with a file before it is sent, by its name and size; null when it may go. */
export function pickedFileProblem(name: string, size: number, { maxBytes = ATTACHMENT_LIMITS.maxBytes, label = `“${name}”` }: Limits = {}): string | null {
  if (!documentTypeOf(name)) return `${label}的格式不支持：只能上传 ${ACCEPTED_WORDS}`;
  if (size === 0) return `${label}是空文件，请重新选择`;
  if (size > maxBytes) return `${label}超过${formatBytes(maxBytes)}，请压缩或拆分后再上传`;
  return null;
}

/**
 * What is wrong with a stored file given the name it was picked under; null when it is what its
 * name says. `file` is what the storage found (null: no such file).
 */
export function storedFileProblem(name: string, file: { size: number; contentType: string | null } | null, limits: Limits = {}): string | null {
  const label = limits.label ?? `“${name}”`;
  if (!file) return `${label}不存在或已失效，请重新上传`;
  const picked = pickedFileProblem(name, file.size, { ...limits, label });
  if (picked) return picked;
  const type = DOCUMENT_TYPES[documentTypeOf(name)!];
  if (file.contentType !== type.bytes) return `${label}的内容不是${type.label}文件，请确认文件后重新上传`;
  return null;
}

function ascii(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to && i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}
const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/**
 * What a file is, from its bytes: images by their signatures, PDF by `%PDF-`, legacy Office by
 * the OLE compound-file signature, and OOXML as a zip whose directory holds `[Content_Types].xml`
 * and `word/` (Word) or `xl/` (Excel) entries. A zip needs the whole file (its directory is at
 * the end); anything else needs the first 16 bytes. Null for what is none of these.
 */
export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  const starts = (...sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return OLE;
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    const names = zipEntryNames(bytes);
    if (!names?.includes('[Content_Types].xml')) return null;
    if (names.some((n) => n.startsWith('word/'))) return DOCX;
    if (names.some((n) => n.startsWith('xl/'))) return XLSX;
  }
  return null;
}

/**
 * The entry names in a zip's central directory, or null when there is no readable directory (a
 * truncated or damaged file). Zip64 is not read: no Office document under the size limit needs it.
 */
function zipEntryNames(b: Uint8Array): string[] | null {
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535, at the very end.
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  if (at + u32(b, end + 12) > end) return null;
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(b, at) !== 0x02014b50) return null;
    const nameLength = u16(b, at + 28);
    if (at + 46 + nameLength > end) return null;
    names.push(ascii(b, at + 46, at + 46 + nameLength));
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  return names;
}
