import { compressible, pickEncoding } from '../../cloudfunctions/local/compression';

describe('the encoding the local host answers in', () => {
  it('sends brotli to a browser that takes it, gzip to one that takes only gzip, and nothing else to one that takes neither', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('deflate')).toBeNull();
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding('')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
    expect(pickEncoding(null)).toBeNull();
  });

  it('honours the weights a browser gives: q=0 refuses, a higher q is preferred, * stands for the rest', () => {
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('br; q=0.5, gzip;q=0.9')).toBe('gzip');
    expect(pickEncoding('br;q=0.9, gzip;q=0.9')).toBe('br');
    expect(pickEncoding('gzip;q=0, br;q=0')).toBeNull();
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('*;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('BR')).toBe('br');
    expect(pickEncoding('gzip;q=x')).toBeNull();
  });

  it('compresses text (scripts, styles, pages, JSON, SVG) and leaves images and documents as they are', () => {
    for (const type of [
      'text/javascript; charset=utf-8',
      'text/css; charset=utf-8',
      'text/html; charset=utf-8',
      'application/json; charset=utf-8',
      'image/svg+xml',
    ]) {
      expect(compressible(type)).toBe(true);
    }
    for (const type of ['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'font/woff2', 'application/octet-stream']) {
      expect(compressible(type)).toBe(false);
    }
  });
});
