import { DAY_MS } from '@shared';
import type { StaffDoc, StreetDoc } from '../../core/docs';
import type { Store } from '../../core/store/port';
import { HAPPY, SPRING } from './registry';

/** The demo's 街道 and 乡镇, and the communities under each. */
const STREETS: (StreetDoc & { communities: string[] })[] = [
  { _id: 'demo-heping', name: '和平街道', kind: 'street', createdAt: 0, communities: [HAPPY, SPRING] },
  { _id: 'demo-donghu', name: '东湖镇', kind: 'township', createdAt: 0, communities: ['demo-qingshan'] },
];

/** Their staff: an officer and a 民政 reader of 和平街道, and 东湖镇's officer, who must see nothing of 和平街道. */
const STAFF_PERSONAS: Omit<StaffDoc, 'joinedAt'>[] = [
  { _id: 's-he-jing', openid: 'demo-he-jing', streetId: 'demo-heping', name: '何静', role: 'officer' },
  { _id: 's-luo-ping', openid: 'demo-luo-ping', streetId: 'demo-heping', name: '罗平', role: 'inspector' },
  { _id: 's-song-tao', openid: 'demo-song-tao', streetId: 'demo-donghu', name: '宋涛', role: 'officer' },
];

/** Seeds the streets over the seeded communities (seed/registry.ts) and their staff. */
export async function seedStreets(store: Store, now: number): Promise<void> {
  for (const { communities, ...street } of STREETS) {
    await store.insert<StreetDoc>('streets', { ...street, createdAt: now - 200 * DAY_MS });
    for (const id of communities) await store.update('communities', { _id: id }, { set: { streetId: street._id } });
  }
  for (const staff of STAFF_PERSONAS) await store.insert<StaffDoc>('staff', { ...staff, joinedAt: now - 30 * DAY_MS });
}
