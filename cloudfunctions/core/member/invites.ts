import type { InviteDoc } from '../docs';
import { isStoreConflict, type Store } from '../store/port';
import { randomCode } from './ids';

/**
 * Residents type the standing code, so it is the shorter; a committee code is single-use and longer.
 * 31⁸ is about 850 billion: with tries limited per caller (findInvite), guessing one is hopeless.
 * Codes issued when they were 6 and 10 long stay valid.
 */
const LENGTH = { resident: 8, committee: 12 } as const;

/** Issues a fresh invite code; the code is the document id, so a clash is caught by the store. */
export async function issueInvite(store: Store, communityId: string, kind: InviteDoc['kind'], now: number): Promise<string> {
  for (;;) {
    const code = randomCode(LENGTH[kind]);
    try {
      await store.insert<InviteDoc>('invites', {
        _id: code,
        communityId,
        kind,
        oneTime: kind === 'committee',
        usedBy: null,
        createdAt: now,
      });
      return code;
    } catch (e) {
      if (!isStoreConflict(e)) throw e;
    }
  }
}
