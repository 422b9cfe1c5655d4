/** The account function's actions: each one's payload schema, and the view it returns. */
import { z } from 'zod';
import type { FeedView, MeView, SubscriptionGrantsView, SubscriptionTemplatesView } from '../views/account';
import { Empty, Id, Page } from './common';

export const accountApi = {
  'me.get': Empty,
  /** 删除我的数据: the member's personal data goes; the archive keeps an anonymous record. */
  'me.deleteData': z.strictObject({ confirm: z.literal(true, '请确认删除') }),
  /** 长辈模式 on or off, kept for the member so a new phone opens the way they read. */
  'me.setCare': z.strictObject({ care: z.boolean('请选择开启或关闭长辈模式') }),
  'feed.list': z.strictObject({ page: Page }),
  'feed.markRead': z.strictObject({ ids: z.array(Id).max(100).optional(), all: z.boolean().optional() }),
  /** The template ids the client hands to wx.requestSubscribeMessage. */
  'subscription.templates': Empty,
  /** The ids the member accepted in that prompt: one more message of each may be sent. */
  'subscription.grant': z.strictObject({ templateIds: z.array(z.string().min(1).max(64)).min(1, '请选择要接收的通知').max(3, '一次最多订阅3种通知') }),
  'subscription.mine': Empty,
} as const;

export interface AccountApiResults {
  'me.get': MeView;
  'me.deleteData': MeView;
  'me.setCare': MeView;
  'feed.list': FeedView;
  'feed.markRead': FeedView;
  'subscription.templates': SubscriptionTemplatesView;
  'subscription.grant': SubscriptionGrantsView;
  'subscription.mine': SubscriptionGrantsView;
}
