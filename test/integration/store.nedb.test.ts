import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
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
  it('holds in its file no value an update replaced, once the collection is compacted', async () => {
    const here = await mkdtemp(path.join(os.tmpdir(), 'xieshang-compact-'));
    try {
      const store = await openNedbStore(here);
      await store.insert('ballots', { _id: 'v:e1', voteId: 'v', choice: 'disagree' });
      await store.update('ballots', { _id: 'v:e1' }, { unset: ['choice'] });
      const file = () => readFile(path.join(here, 'ballots.db'), 'utf8');
      // nedb appends the new version and keeps the old line until it rewrites the file.
      expect(await file()).toContain('disagree');
      await store.compact('ballots');
      expect(await file()).not.toContain('disagree');
      expect(await store.get('ballots', 'v:e1')).toEqual({ _id: 'v:e1', voteId: 'v' });
      await store.close();
    } finally {
      await rm(here, { recursive: true, force: true });
    }
  });

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
