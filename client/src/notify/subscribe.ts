import type { SubscribeMoment } from '@shared/notify/notify';
import { preloadSubscriptions, recordGrants, templateIdsFor, type AskOptions } from './templates';

export { preloadSubscriptions } from './templates';

/**
 * H5 (the local demo host): there is no WeChat prompt. The 关注 tap is itself the consent there,
 * so an explicit ask records the grants; the asks that ride along other actions do nothing.
 * (subscribe.weapp.ts is the mini program's version; Taro picks it for the weapp build.)
 */
export function askToSubscribe(moment: SubscribeMoment, { explicit = false, after }: AskOptions = {}): void {
  if (!explicit) return;
  // No tap rule on the web: waiting for the templates still loading is fine here.
  void Promise.all([preloadSubscriptions(), after]).then(
    () => recordGrants(templateIdsFor(moment)),
    () => undefined,
  );
}
