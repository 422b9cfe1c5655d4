import Taro from '@tarojs/taro';
import type { SubscribeMoment } from '@shared/notify/notify';
import { recordGrants, templateIdsFor, type AskOptions } from './templates';

export { preloadSubscriptions } from './templates';

/**
 * Mini program: WeChat's subscription prompt, for the templates that fit this moment. WeChat opens
 * it only when called synchronously inside a tap handler, so this runs first thing in the handler,
 * before any await, with the ids preloaded. It never throws and never holds up the action it
 * accompanies: a refusal or a failure only means fewer messages. `explicit` matters only on H5:
 * here the prompt itself asks.
 */
export function askToSubscribe(moment: SubscribeMoment, { after }: AskOptions = {}): void {
  const tmplIds = templateIdsFor(moment);
  if (tmplIds.length === 0) return;
  try {
    // entityIds is Alipay's; Taro's type asks for it, WeChat ignores it.
    Taro.requestSubscribeMessage({ tmplIds, entityIds: [] }).then(
      // The answer is keyed by template id: 'accept', 'reject', 'ban' or 'filter'.
      (answer) => {
        const accepted = tmplIds.filter((id) => (answer as Record<string, unknown>)[id] === 'accept');
        // Recorded once the action it rode along succeeded (a join: only a member has grants).
        void Promise.resolve(after).then(
          () => recordGrants(accepted),
          () => undefined,
        );
      },
      () => undefined,
    );
  } catch {
    // An old WeChat without the API: nothing to ask.
  }
}
