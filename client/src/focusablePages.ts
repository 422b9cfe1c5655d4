/**
 * Taro's H5 router scrolls each page inside its own container, which a keyboard cannot reach:
 * Taro's buttons are custom elements that take no focus, so a page of them could not be scrolled
 * without a mouse (axe: scrollable-region-focusable). Each page container, as the router adds it,
 * becomes focusable. The mini program scrolls natively and needs none of this.
 */
export function makePagesFocusable(): void {
  if (process.env.TARO_ENV !== 'h5') return;
  const mark = () => document.querySelectorAll('.taro_page:not([tabindex])').forEach((page) => page.setAttribute('tabindex', '0'));
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true });
  mark();
}
