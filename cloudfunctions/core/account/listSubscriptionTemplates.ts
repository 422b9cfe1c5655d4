import { TEMPLATE_KEYS, TEMPLATE_TITLES } from '@shared';
import type { UseCase } from '../functionKit';

/** The configured templates, for the client to hand to wx.requestSubscribeMessage. */
export const listSubscriptionTemplates: UseCase<'account', 'subscription.templates'> = async (ctx) => ({
  templates: TEMPLATE_KEYS.flatMap((key) => {
    const t = ctx.templates[key];
    return t ? [{ key, id: t.id, title: TEMPLATE_TITLES[key] }] : [];
  }),
});
