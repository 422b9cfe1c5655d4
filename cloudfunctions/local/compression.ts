import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Compressed responses for the local host's H5 files. A phone on the demo's Wi-Fi (a poster's QR
 * code opens the local host) pays for every byte: the app's scripts shrink to about a quarter.
 */
export type Encoding = 'br' | 'gzip';

/**
 * The encoding to send for a request's Accept-Encoding: brotli (smaller) where the browser takes
 * it, else gzip, else none. `q=0` refuses an encoding; `*` stands for any not named.
 */
export function pickEncoding(acceptEncoding: string | null | undefined): Encoding | null {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return null;
}

/** Text compresses; images, fonts and documents are compressed already (or gain too little). */
export function compressible(contentType: string): boolean {
  return /^text\/|^application\/(json|javascript|xml)|^image\/svg\+xml/.test(contentType);
}

/** Below this a response gains less than its headers cost to say it is compressed. */
export const MIN_COMPRESSIBLE_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

function compress(bytes: Buffer, encoding: Encoding): Promise<Buffer> {
  // Each file is compressed once per version (below), so the smallest output is worth its time:
  // brotli's best quality takes about 0.4 s for the largest script, and never again.
  return encoding === 'br'
    ? brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
    : gzipped(bytes, { level: constants.Z_BEST_COMPRESSION });
}

/**
 * Each file's compressed bytes, made on its first request and kept while the file is unchanged
 * (same modification time and size): a rebuild replaces them. What is kept is bounded by the
 * files the H5 build has (about 1.2 MB, a quarter of that compressed).
 */
export class CompressedFiles {
  private readonly kept = new Map<string, { version: string; bytes: Promise<Buffer> }>();

  get(file: string, info: { mtimeMs: number; size: number }, encoding: Encoding): Promise<Buffer> {
    const key = `${encoding}:${file}`;
    const version = `${info.mtimeMs}:${info.size}`;
    const hit = this.kept.get(key);
    if (hit?.version === version) return hit.bytes;
    const bytes = readFile(file).then((raw) => compress(raw, encoding));
    this.kept.set(key, { version, bytes });
    // A failed read (the file removed meanwhile) is not kept: the next request tries again.
    bytes.catch(() => {
      if (this.kept.get(key)?.bytes === bytes) this.kept.delete(key);
    });
    return bytes;
  }
}
