import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import tcb, { type CloudBase } from '@cloudbase/node-sdk';
import { Signer } from '@cloudbase/signature-nodejs';
import { ApiError, type Action } from './api';
import { databaseActions, type UniqueKey } from './database';
import { storageService } from './storage';

export { LINKS_PER_CALL } from './storage';

export interface StandInOptions {
  envId: string;
  secretId: string;
  secretKey: string;
  /** The collections that exist and their unique keys, as `npm run db:ensure` would create them. */
  collections: Record<string, UniqueKey[]>;
}

export interface CloudbaseStandIn {
  /** Where `tcb.init({ serviceUrl })` sends the SDK's API calls. */
  serviceUrl: string;
  /** A real SDK app pointed here, signing with the configured key unless told another. */
  app(secretKey?: string): CloudBase;
  /** Every API call that passed the signature check, in order of arrival. */
  received: { action: string; params: Record<string, unknown> }[];
  documents(collection: string): Record<string, unknown>[];
  file(fileId: string): Buffer | undefined;
  close(): Promise<void>;
}

/**
 * A local stand-in for CloudBase's HTTP API (`/admin`, where `@cloudbase/node-sdk` posts every
 * database and storage action) and for the COS bucket behind storage. It checks each call's
 * TC3-HMAC-SHA256 signature against the configured key, evaluates database actions with mingo
 * (MongoDB semantics) over documents kept in memory, and answers in the SDK's response format.
 *
 * Not modelled: transactions, aggregation, upsert and whole-document replacement, realtime
 * watch, indexes other than unique keys (no query is refused or slowed for lacking one),
 * request and document size limits, rate limits, permissions rules, link expiry, and any
 * CloudBase behaviour that differs from MongoDB's.
 */
export async function startCloudbaseStandIn(options: StandInOptions): Promise<CloudbaseStandIn> {
  let origin = '';
  const database = databaseActions(options.collections);
  const storage = storageService(options.envId, () => origin);
  const actions: Record<string, Action> = { ...database.actions, ...storage.actions };
  const received: CloudbaseStandIn['received'] = [];
  const signer = new Signer({ secretId: options.secretId, secretKey: options.secretKey }, 'tcb');

  const answerApi = (req: IncomingMessage, body: Buffer) => {
    const params = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    verifySignature(signer, options.secretId, req, params);
    const env = new URL(req.url ?? '/', 'http://stand-in').searchParams.get('env');
    if (env !== options.envId || params.envName !== options.envId) throw new ApiError('INVALID_ENV', `环境不存在: ${String(params.envName)}`);
    const action = actions[String(params.action)];
    if (!action) throw new ApiError('INVALID_ACTION', `stand-in does not model ${String(params.action)}`);
    received.push({ action: String(params.action), params });
    return action(params);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.url?.startsWith('/cos/')) return storage.serveObject(req, res, body);
      if (req.method !== 'POST' || !req.url?.startsWith('/admin')) return res.writeHead(404).end();
      reply(res, () => answerApi(req, body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    serviceUrl: `${origin}/admin`,
    app: (secretKey = options.secretKey) => tcb.init({ env: options.envId, secretId: options.secretId, secretKey, serviceUrl: `${origin}/admin` }),
    received,
    documents: database.documents,
    file: storage.file,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // The SDK keeps connections alive between calls; end them so the server can stop.
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/**
 * Tells the SDK it runs on Tencent Cloud, as a cloud function does; otherwise it probes
 * metadata.tencentyun.com before every call to find out. Returns the undo.
 */
export function runAsOnTencentCloud(): () => void {
  const previous = process.env.TENCENTCLOUD;
  process.env.TENCENTCLOUD = 'true';
  return () => {
    if (previous === undefined) delete process.env.TENCENTCLOUD;
    else process.env.TENCENTCLOUD = previous;
  };
}

/** CloudBase answers HTTP 200 either way: `{requestId, data}`, or `{requestId, code, message}`. */
function reply(res: ServerResponse, run: () => unknown) {
  const requestId = randomBytes(8).toString('hex');
  let answer: object;
  try {
    answer = { requestId, data: run() };
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    answer = { requestId, code: e.code, message: e.message };
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer));
}

const AUTHORIZATION = /^TC3-HMAC-SHA256 Credential=([^/]+)\/[^,]+, SignedParams=([^,]*), SignedHeaders=([^,]+), Signature=[0-9a-f]+$/;

/**
 * Recomputes the signature over what arrived — the signed headers, the URL, the body's params —
 * with the configured secret key, so a call signed with another key, or altered after signing,
 * is refused as CloudBase would refuse it. The SDK signs the lower-case method name.
 */
function verifySignature(signer: Signer, secretId: string, req: IncomingMessage, params: Record<string, unknown>) {
  const authorization = String(req.headers.authorization ?? '');
  const parts = AUTHORIZATION.exec(authorization);
  if (!parts || parts[1] !== secretId) throw new ApiError('AUTHENTICATION_FAILED', '请求鉴权失败: 未知的 SecretId');
  const headers = Object.fromEntries(parts[3].split(';').map((h) => [h, req.headers[h]]));
  const expected = signer.tc3sign(
    String(req.method).toLowerCase(),
    `http://${req.headers.host}${req.url}`,
    headers,
    params,
    Number(req.headers['x-timestamp']),
    { withSignedParams: true, includeKeys: parts[2].split(';') },
  );
  if (expected.authorization !== authorization) throw new ApiError('AUTHENTICATION_FAILED', '请求鉴权失败: 签名不符');
}
