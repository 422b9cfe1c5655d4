import Taro from '@tarojs/taro';

/** 我的 is the third tab (app.config.ts). */
const ME_TAB = 2;

/**
 * The unread count of 我的 → 消息 as the 我的 tab's badge. WeChat refuses tab bar calls from a page
 * that is not a tab, and the count is only a hint: any failure is ignored.
 */
export function showUnreadBadge(unread: number): void {
  Promise.resolve()
    .then(() => (unread > 0 ? Taro.setTabBarBadge({ index: ME_TAB, text: unread > 99 ? '99+' : String(unread) }) : Taro.removeTabBarBadge({ index: ME_TAB })))
    .catch(() => undefined);
}
