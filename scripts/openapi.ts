import { build } from 'esbuild';
import path from 'node:path';
import type { Services } from '../cloudfunctions/core/context';

/**
 * Which WeChat openapi (云调用) stands behind each service port in production. A function whose
 * code reaches one of these ports needs wx-server-sdk and the openapi in its config.json
 * `permissions.openapi`, or WeChat refuses the call. This is the one place that says so.
 */
export const OPENAPI_OF_PORT = {
  contentCheck: 'security.msgSecCheck',
  messenger: 'subscribeMessage.send',
  shareCodes: 'wxacode.getUnlimited',
} as const satisfies Partial<Record<keyof Services, string>>;

export type OpenapiPort = keyof typeof OPENAPI_OF_PORT;
const PORTS = Object.keys(OPENAPI_OF_PORT) as OpenapiPort[];

/**
 * The ports a piece of bundled code uses, read from its member accesses (`ctx.contentCheck`):
 * use cases reach a port through their context. Object keys (`contentCheck: {...}`, where the
 * platform adapter builds the services) and destructuring in the entry convention are not
 * accesses, so only code that calls a port counts. A use case that destructured a port out of
 * its context would escape this reading: reach ports as `ctx.<port>`.
 */
export function portsUsedBy(code: string): OpenapiPort[] {
  return PORTS.filter((port) => new RegExp(`[\\w$)\\]]\\??\\.${port}\\b`).test(code));
}

/** The openapi names behind those ports, sorted. */
export function openapiOf(ports: OpenapiPort[]): string[] {
  return ports.map((port) => OPENAPI_OF_PORT[port]).sort();
}

/**
 * The ports the code reachable from `entry` uses. The entry is bundled in memory with tree
 * shaking, so a module imported for one helper (voting imports checkPhotos from the module that
 * also holds the content check) does not count for the helpers it leaves unused.
 */
export async function portsReachedFrom(entry: string): Promise<OpenapiPort[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    external: ['@cloudbase/node-sdk', 'wx-server-sdk'],
    tsconfig: path.resolve(__dirname, '..', 'tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
  });
  return portsUsedBy(result.outputFiles.map((f) => f.text).join('\n'));
}
