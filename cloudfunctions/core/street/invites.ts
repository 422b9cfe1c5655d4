import type { StaffRole } from '@shared';
import type { StaffInviteDoc } from '../docs';
import { randomCode } from '../member/ids';
import { isStoreConflict, type Store } from '../store/port';

/** Single use and as long as a committee code: with tries limited per caller, guessing one is hopeless. */
const STAFF_CODE_LENGTH = 12;

/** Issues a fresh one-time staff code for one role; the code is the document id, so a clash is caught by the store. */
export async function issueStaffInvite(store: Store, streetId: string, role: StaffRole, now: number): Promise<string> {
  for (;;) {
    const code = randomCode(STAFF_CODE_LENGTH);
    try {
      await store.insert<StaffInviteDoc>('staffInvites', { _id: code, streetId, role, usedBy: null, createdAt: now });
      return code;
    } catch (e) {
      if (!isStoreConflict(e)) throw e;
    }
  }
}
