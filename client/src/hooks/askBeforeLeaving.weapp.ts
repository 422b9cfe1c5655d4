import Taro from '@tarojs/taro';

/** How many forms on each page hold unsent text: WeChat keeps one switch per page. */
const unsentOn = new WeakMap<object, number>();
const top = () => {
  const pages = Taro.getCurrentPages();
  return pages[pages.length - 1] as object | undefined;
};

/**
 * Mini program: WeChat asks with `message` when the person leaves the page by the navigation bar's
 * back or Android's back key. It does not stop a swipe back nor leaving the mini program (WeChat's
 * rule), so the kept draft is what saves the text then. The switch is the page's, so it stays on
 * while any form on the page (a reply queue has several) holds unsent text. Returns the release.
 */
export function askBeforeLeaving(message: string): () => void {
  const page = top();
  if (!page) return () => undefined;
  const count = (unsentOn.get(page) ?? 0) + 1;
  unsentOn.set(page, count);
  if (count === 1) Taro.enableAlertBeforeUnload({ message });
  return () => {
    const left = (unsentOn.get(page) ?? 1) - 1;
    unsentOn.set(page, left);
    // A page being closed takes its switch with it; never turn off the one of the page beneath.
    if (left === 0 && top() === page) Taro.disableAlertBeforeUnload();
  };
}
