import { cloudbaseStore } from '../../cloudfunctions/core/store/cloudbase';
import type { CollectionName } from '../../cloudfunctions/core/store/schema';
import type { CloudbaseStandIn } from '../support/cloudbaseStandIn';
import { startEnvironmentStandIn } from '../support/cloudbaseStandIn/store';
import { storeContract } from '../contract/store.contract';

/**
 * The store contract through the CloudBase adapter and the real @cloudbase/node-sdk — its query
 * builder, Extended JSON encoding, signing and HTTP — answered by a local stand-in that evaluates
 * each call with MongoDB semantics (test/support/cloudbaseStandIn). What the stand-in does not
 * model is listed there.
 */
let standIn: CloudbaseStandIn;
let restoreEnv: () => void;

beforeAll(async () => {
  ({ standIn, restoreEnv } = await startEnvironmentStandIn());
});
afterAll(async () => {
  await standIn.close();
  restoreEnv();
});

storeContract('CloudBase (stand-in)', async () => cloudbaseStore(standIn.app()));

describe('CloudBase adapter as the stand-in receives it', () => {
  it('asks for at most 1,000 documents a call when a read is longer', async () => {
    const store = cloudbaseStore(standIn.app());
    await store.insertMany(
      'owners',
      Array.from({ length: 2100 }, (_, i) => ({ _id: `long-${i}`, communityId: 'long' })),
    );
    const before = standIn.received.length;
    expect(await store.find('owners', { communityId: 'long' })).toHaveLength(2100);
    const reads = standIn.received.slice(before).filter((r) => r.action === 'database.getDocument');
    expect(reads.map((r) => [r.params.offset ?? 0, r.params.limit])).toEqual([
      [0, 1000],
      [1000, 1000],
      [2000, 1000],
    ]);
  });

  it('refuses a call signed with another key, and the adapter reports it', async () => {
    const forged = cloudbaseStore(standIn.app('not-the-key'));
    const before = standIn.received.length;
    await expect(forged.insert('communities', { _id: 'forged', name: '伪造' })).rejects.toMatchObject({ code: 'AUTHENTICATION_FAILED' });
    expect(standIn.received.length).toBe(before);
    expect(standIn.documents('communities')).toEqual([]);
  });

  it('refuses a collection that was never created', async () => {
    const store = cloudbaseStore(standIn.app());
    await expect(store.count('nonesuch' as CollectionName, {})).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
  });
});
