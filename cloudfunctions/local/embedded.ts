import path from 'node:path';
import { PassEverythingContentCheck } from '../core/contentCheck/passEverything';
import type { Services } from '../core/context';
import { LocalFileStore } from '../core/files/localFiles';
import { openNedbStore } from '../core/store/nedb';

export interface EmbeddedServices extends Services {
  files: LocalFileStore;
}

/** The embedded default: the nedb store and the photo folder under `dir`, and no content check. */
export async function openEmbedded(dir: string): Promise<EmbeddedServices> {
  return {
    store: await openNedbStore(dir),
    files: new LocalFileStore(path.join(dir, 'files')),
    contentCheck: new PassEverythingContentCheck(),
  };
}
