import { comingOfAge } from '@shared';
import type { MemberDoc, RosterEntryDoc } from '../../cloudfunctions/core/docs';
import type { Store } from '../../cloudfunctions/core/store/port';

/**
 * `n` approved members of 幸福里社区 with demo identities demo-load-00001…, written straight to
 * the store: a large community for load tests and benchmarks, without n joins and approvals.
 */
export async function addLoadMembers(store: Store, n: number, prefix = 'load'): Promise<string[]> {
  const docs: MemberDoc[] = Array.from({ length: n }, (_, i) => {
    const no = String(i + 1).padStart(5, '0');
    return {
      _id: `m-${prefix}-${no}`,
      openid: `demo-${prefix}-${no}`,
      communityId: 'demo-xingfuli',
      name: `居民${no}`,
      role: 'resident',
      status: 'active',
      version: 1,
      address: { building: `${(i % 30) + 4}号楼`, unit: '1单元', room: String(101 + (i % 20)) },
      tenure: 'owner',
      requestedAt: 0,
      joinedAt: 0,
    };
  });
  // Each on the register too, linked: the register, not the app, is a vote's electorate.
  const entries: RosterEntryDoc[] = docs.map((m, i) => ({
    _id: `r-${prefix}-${m._id}`,
    communityId: m.communityId,
    name: m.name,
    address: m.address,
    tenure: 'owner',
    representative: false,
    memberId: m._id,
    householdKey: `addr:${m.address.building}|${m.address.unit}|${m.address.room}|${i}`,
    householdRep: true,
    birth: { year: 1950 + (i % 50), month: 1, day: 1 },
    status: 'current',
    // Each its own household, so each is its household's first to come of age (register/population.ts).
    householdAdultFrom: comingOfAge({ year: 1950 + (i % 50), month: 1, day: 1 }),
  }));
  for (const [i, m] of docs.entries()) {
    m.register = { entryId: entries[i]._id, representative: false, collectiveMember: false, collectiveRepresentative: false };
  }
  await store.insertMany('members', docs);
  await store.insertMany('roster', entries);
  return docs.map((d) => d.openid);
}
