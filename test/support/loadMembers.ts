import type { MemberDoc } from '../../cloudfunctions/core/docs';
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
  await store.insertMany('members', docs);
  return docs.map((d) => d.openid);
}
