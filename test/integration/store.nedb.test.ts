import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openNedbStore } from '../../cloudfunctions/core/store/nedb';
import { COLLECTION_NAMES } from '../../cloudfunctions/core/store/schema';
import { storeContract } from '../contract/store.contract';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'xieshang-store-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

storeContract('embedded (nedb)', () => openNedbStore(dir));

describe('embedded store on disk', () => {
  it('keeps one file per collection and what was written across a reopen', async () => {
    const here = await mkdtemp(path.join(os.tmpdir(), 'xieshang-reopen-'));
    try {
      const first = await openNedbStore(here);
      await first.insert('communities', { _id: 'c1', name: '幸福里社区' });
      await first.update('communities', { _id: 'c1' }, { set: { name: '幸福里' } });
      await first.close();
      expect((await readdir(here)).sort()).toEqual(COLLECTION_NAMES.map((c) => `${c}.db`).sort());
      const second = await openNedbStore(here);
      expect(await second.get('communities', 'c1')).toEqual({ _id: 'c1', name: '幸福里' });
      await second.close();
    } finally {
      await rm(here, { recursive: true, force: true });
    }
  });
});
