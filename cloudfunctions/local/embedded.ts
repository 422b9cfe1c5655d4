import path from 'node:path';
import { PassEverythingContentCheck } from '../core/contentCheck/passEverything';
import type { Services } from '../core/context';
import { LocalFileStore } from '../core/files/localFiles';
import { openNedbStore } from '../core/store/nedb';
import { LocalMessenger } from '../core/notify/localMessenger';
import { DEMO_TEMPLATES } from '../core/notify/templates';
import { QrShareCodes } from '../core/shareCodes/qrShareCodes';

export interface EmbeddedServices extends Services {
  files: LocalFileStore;
}

/**
 * The embedded default: the nedb store and the photo folder under `dir`, no content check, a
 * sender that records what it would send, and QR codes of the H5 pages at `baseUrl`.
 */
export async function openEmbedded(
  dir: string,
  baseUrl: () => string = () => 'http://127.0.0.1:8080',
  clock: () => number = Date.now,
): Promise<EmbeddedServices> {
  const store = await openNedbStore(dir);
  return {
    store,
    files: new LocalFileStore(path.join(dir, 'files')),
    contentCheck: new PassEverythingContentCheck(),
    messenger: new LocalMessenger(store, clock),
    shareCodes: new QrShareCodes(baseUrl),
    templates: DEMO_TEMPLATES,
  };
}
