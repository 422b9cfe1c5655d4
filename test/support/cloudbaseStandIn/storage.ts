import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, type Action } from './api';

/** CloudBase answers getTempFileURL for at most 50 files a call. */
export const LINKS_PER_CALL = 50;

const token = () => randomBytes(12).toString('hex');

/**
 * CloudBase storage as the SDK reaches it: `storage.getUploadMetadata` hands out a COS URL with a
 * one-time authorization, the SDK PUTs the bytes there itself, and `storage.batchGetDownloadUrl`
 * hands out signed links that the SDK (or a phone) GETs. Both URLs point back at this server, so
 * the whole round trip runs through the SDK's own HTTP code.
 */
export function storageService(envId: string, origin: () => string) {
  const bucket = `${envId}-1250000000`;
  const prefix = `cloud://${envId}.${bucket}/`;
  const objects = new Map<string, Buffer>();
  const uploads = new Map<string, { authorization: string; token: string }>();
  const links = new Map<string, string>();

  const pathOf = (fileId: string) => (fileId.startsWith(prefix) ? fileId.slice(prefix.length) : null);

  const getUploadMetadata: Action = (params) => {
    const path = String(params.path ?? '');
    if (!path) throw new ApiError('INVALID_PARAM', 'path 不能为空');
    const grant = { authorization: `q-sign-algorithm=sha1&q-signature=${token()}`, token: token() };
    uploads.set(path, grant);
    return { url: `${origin()}/cos/${encodeURI(path)}`, ...grant, fileId: prefix + path, cosFileId: token() };
  };

  const batchGetDownloadUrl: Action = (params) => {
    const list = (params.file_list as { fileid: string }[] | undefined) ?? [];
    if (list.length > LINKS_PER_CALL) throw new ApiError('INVALID_PARAM', `fileList 最多${LINKS_PER_CALL}个`);
    const download_list = list.map(({ fileid }) => {
      const path = pathOf(fileid);
      if (path === null || !objects.has(path)) return { fileID: fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST' };
      const sign = token();
      links.set(sign, path);
      // The path is left raw, as CloudBase's links carry it; the SDK encodes it before a download.
      return { fileID: fileid, tempFileURL: `${origin()}/cos/${path}?sign=${sign}`, code: 'SUCCESS' };
    });
    return { download_list };
  };

  /** COS itself: a PUT with the authorization the metadata granted, or a GET with a link's sign. */
  const serveObject = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const path = decodeURIComponent(url.pathname.slice('/cos/'.length));
    if (req.method === 'PUT') {
      const grant = uploads.get(path);
      if (!grant || req.headers.authorization !== grant.authorization || req.headers['x-cos-security-token'] !== grant.token) {
        return cosError(res, 'SignatureDoesNotMatch', 'The request signature we calculated does not match');
      }
      uploads.delete(path);
      objects.set(path, body);
      return res.writeHead(200).end();
    }
    const sign = url.searchParams.get('sign') ?? '';
    if (req.method !== 'GET' || links.get(sign) !== path || !objects.has(path)) return cosError(res, 'AccessDenied', 'Access Denied');
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(objects.get(path));
  };

  return {
    actions: {
      'storage.getUploadMetadata': getUploadMetadata,
      'storage.batchGetDownloadUrl': batchGetDownloadUrl,
    } satisfies Record<string, Action>,
    serveObject,
    /** The bytes stored under a file id, for a test to read behind the adapter's back. */
    file: (fileId: string) => {
      const path = pathOf(fileId);
      return path === null ? undefined : objects.get(path);
    },
  };
}

/** COS refuses in XML, which the SDK parses for its code and message. */
function cosError(res: ServerResponse, code: string, message: string) {
  const xml = `<?xml version='1.0' encoding='utf-8' ?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>stand-in</RequestId><TraceId>stand-in</TraceId></Error>`;
  res.writeHead(403, { 'content-type': 'application/xml' }).end(xml);
}
