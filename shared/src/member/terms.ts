import type { CommunityKind } from './roles';

/**
 * The words a 社区 and a 村 use for the same things: residents and 居委会 in a 社区, villagers and
 * 村委会 in a 村. Screens, notices and records say the community's own words, never "居（村）".
 */
export interface CommunityTerms {
  /** 居民 / 村民 */
  people: string;
  /** 居委会 / 村委会 */
  committee: string;
  /** 居民代表 / 村民代表 */
  representatives: string;
}

export const TERMS: Record<CommunityKind, CommunityTerms> = {
  community: { people: '居民', committee: '居委会', representatives: '居民代表' },
  village: { people: '村民', committee: '村委会', representatives: '村民代表' },
};

/** Where the kind is not yet known (someone who has joined nothing), both, said plainly. */
export const EITHER_COMMITTEE = '社区居委会或村委会';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals: 5 → 五, 10 → 十, 15 → 十五, 20 → 二十. */
function numeral(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** A share as the laws write it: 1/5 → 五分之一, 2/3 → 三分之二; beyond 99, as 1/120. */
export function fractionWords(num: number, den: number): string {
  return den < 100 && num < 100 && num >= 1 ? `${numeral(den)}分之${numeral(num)}` : `${num}/${den}`;
}
