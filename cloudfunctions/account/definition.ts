import { deleteMyData } from '../core/account/deleteMyData';
import { getMe } from '../core/account/getMe';
import { listFeed } from '../core/account/listFeed';
import { markFeedRead } from '../core/account/markFeedRead';
import { defineFunction } from '../core/functionKit';
import { grantSubscription } from '../core/account/grantSubscription';
import { setCareMode } from '../core/account/setCareMode';
import { listMySubscriptions } from '../core/account/listMySubscriptions';
import { listSubscriptionTemplates } from '../core/account/listSubscriptionTemplates';

export const accountFunction = defineFunction('account', {
  'me.get': getMe,
  'me.deleteData': deleteMyData,
  'me.setCare': setCareMode,
  'feed.list': listFeed,
  'feed.markRead': markFeedRead,
  'subscription.templates': listSubscriptionTemplates,
  'subscription.grant': grantSubscription,
  'subscription.mine': listMySubscriptions,
});
