import type { Services } from '../../core/context';
import type { Store } from '../../core/store/port';
import { seedHappyConsultations, seedVillageConsultation } from './consultations';
import { seedRegistry } from './registry';
import { seedStreets } from './streets';
import { seedHappySuggestions } from './suggestions';
import { deliverNotifications } from '../../core/scheduler/deliverNotifications';
import { pushAnnouncements } from '../../core/scheduler/pushAnnouncements';
import { recountOversight } from '../../core/oversight/recountOversight';
import { refreshAdults } from '../../core/oversight/adults';
import type { CommunityDoc } from '../../core/docs';

/** Demo identities that have joined nothing yet: to try joining, and being approved or turned away. */
export const UNJOINED_PERSONAS = [
  { id: 'demo-visitor', name: '访客' },
  { id: 'demo-newcomer', name: '新住户' },
];

async function isSeeded(store: Store): Promise<boolean> {
  return (await store.count('communities', {})) > 0;
}

/**
 * Seeds the demo once: 幸福里社区, 春风社区 and 青山村 with their registries (seed/registry.ts), under
 * 和平街道 and 东湖镇 with their staff (seed/streets.ts), then their
 * consultations and 幸福里's suggestions, created through the real functions at moments in the past, and what they told
 * people. A store that already holds communities is left as it is.
 */
export async function seedDemo(services: Services, now: number): Promise<void> {
  if (await isSeeded(services.store)) return;
  await seedRegistry(services.store, now);
  await seedStreets(services.store, now);
  await seedHappyConsultations(services, now);
  await seedVillageConsultation(services, now);
  await seedHappySuggestions(services, now);
  // The news the seeding caused is pushed and delivered as the timer would have done at the time:
  // nobody had subscribed yet, so it stays in 消息 and no later subscription picks up this backlog.
  const fail = (e: unknown) => {
    throw e;
  };
  await pushAnnouncements({ ...services, now }, fail);
  await deliverNotifications({ ...services, now }, fail);
  // Some seeded history was written straight to the store, past the counters: the street's figures are counted from it once, as an upgrade does.
  for (const c of await services.store.find<CommunityDoc>('communities', {})) {
    await recountOversight(services.store, c._id);
    await refreshAdults(services.store, { communityId: c._id, adultsOn: '' }, now);
  }
}
