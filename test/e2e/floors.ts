import type { Page } from 'playwright-core';

/**
 * What older eyes and fingers need, in CSS pixels on a 390-wide phone (适老化, MIIT 2021; WCAG 1.4.3,
 * 1.4.6, 2.5.5). Standard mode: reading text 18, nothing below 16, 4.5:1, targets 44. 长辈模式:
 * every text 20, titles 24, line height 1.5, 7:1, targets 48.
 */
export interface Floors {
  text: number;
  readingText: number;
  title: number;
  lineHeight: number;
  contrast: number;
  target: number;
}

export const STANDARD: Floors = { text: 16, readingText: 18, title: 18, lineHeight: 1.3, contrast: 4.5, target: 44 };
export const CARE: Floors = { text: 20, readingText: 20, title: 24, lineHeight: 1.5, contrast: 7, target: 48 };

/**
 * Every visible text and tap target of the page that falls below a floor, each described so a
 * failure says what and where. Secondary text (`.meta` and the like) may be smaller than reading
 * text but never below `text`; titles are the page's and cards' headings.
 */
export function belowFloors(page: Page, floors: Floors): Promise<string[]> {
  return page.evaluate((f) => {
    const SECONDARY = '.meta, .tag, .step, .photo-state, .hash, .field-hint, .kv-key, .weui-badge';
    const TITLES = '.section-title, .card-title, .taro-modal__title';
    const TARGETS =
      'button, taro-button-core, a[href], [role="button"], .chip, .weui-tabbar__item, .taro-model__btn, input[type="checkbox"], input[type="radio"]';

    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0.05;
    };
    const inHiddenPage = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return true;
      return false;
    };
    const rgba = (c: string): number[] => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const p = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
    /** The colour behind an element: its own background and its ancestors', blended down to white. */
    const backdrop = (el: Element): number[] => {
      const layers: number[][] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = rgba(getComputedStyle(e).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      return layers.reduceRight((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    const luminance = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: number[], b: number[]) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    const disabled = (el: Element) => el.closest('[disabled]:not([disabled="false"]), [aria-disabled="true"]') !== null;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')}「${(el.textContent ?? '').trim().slice(0, 20)}」`;

    const problems: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const own = Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim()).length > 0;
      if (!own || !shown(el) || inHiddenPage(el)) continue;
      const s = getComputedStyle(el);
      const size = parseFloat(s.fontSize);
      const secondary = el.closest(SECONDARY) !== null;
      const title = el.closest(TITLES) !== null;
      const floor = title ? f.title : secondary ? f.text : f.readingText;
      if (size < floor - 0.01) problems.push(`字号 ${size.toFixed(1)}px < ${floor}：${describe(el)}`);
      const lh = s.lineHeight === 'normal' ? 1.2 : parseFloat(s.lineHeight) / size;
      const oneLine = el.getBoundingClientRect().height < size * 2.2;
      if (!oneLine && lh < f.lineHeight - 0.01) problems.push(`行高 ${lh.toFixed(2)} < ${f.lineHeight}：${describe(el)}`);
      if (!disabled(el)) {
        const fg = rgba(s.color);
        const c = ratio(over([fg[0], fg[1], fg[2], fg[3] * Number(s.opacity)], backdrop(el)), backdrop(el));
        if (c < f.contrast - 0.01) problems.push(`对比度 ${c.toFixed(2)} < ${f.contrast}：${describe(el)}`);
      }
    }
    for (const el of Array.from(document.querySelectorAll(TARGETS))) {
      if (!shown(el) || inHiddenPage(el) || el.parentElement?.closest(TARGETS)) continue;
      const r = el.getBoundingClientRect();
      if (r.height < f.target - 0.5 || r.width < f.target - 0.5)
        problems.push(`点按区域 ${r.width.toFixed(0)}×${r.height.toFixed(0)} < ${f.target}：${describe(el)}`);
    }
    return problems;
  }, floors);
}
