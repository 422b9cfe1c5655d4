import { cluster } from './cluster';
import { nearDuplicateGroups, type Spoken } from './nearDuplicates';
import { wordsOf, type TextWords } from './segment';

/** A theme needs this many distinct messages (a campaign counts once); fewer go to 其他. */
const MIN_MESSAGES = 3;
const KEYWORDS = 4;
/** A theme is named by its matter (费用, 车位…) only when the matter is among its three most telling words. */
const MATTER_WITHIN = 3;
const isMatter = (w: string) => w.startsWith('〈');
const QUOTES = 3;

/** A keyword is said in at least this share of its theme's messages (and in two): a theme's words, not a neighbour's. */
const KEYWORD_SHARE = 0.1;

/**
 * A theme's keywords: its most telling words that its own messages say, without its matter, and
 * without a word another keyword holds (消防 beside 消防通道).
 */
function keywordsOf(words: string[], saying: TextWords[]): string[] {
  const sets = saying.map((t) => new Set([...t.words, ...t.parts]));
  const said = (w: string) => sets.filter((set) => set.has(w)).length >= Math.max(2, Math.ceil(sets.length * KEYWORD_SHARE));
  const plain = words.filter((w) => !isMatter(w) && said(w));
  return plain.filter((w) => !plain.some((other) => other !== w && other.includes(w))).slice(0, KEYWORDS);
}

export interface Said extends Spoken {
  id: string;
}

interface FoundTheme {
  /** Ids of every opinion in it, near-duplicates included, in id order. */
  ids: string[];
  /** The community matter it is about (费用, 车位, 消防…), when its words say so clearly. */
  matter?: string;
  keywords: string[];
  /** Its name: the matter and the keywords (费用：月租、收费、价格), or the keywords alone. */
  label: string;
  /** Two or three opinions that say it best (weigh most in it), from different messages. */
  quotes: string[];
}

export interface Found {
  /** Heaviest first: by opinions, then by the first id. */
  themes: FoundTheme[];
  /** Opinions in no theme. */
  rest: string[];
  /** Near-duplicate groups, ids in id order, largest first. */
  groups: string[][];
}

/**
 * 意见归纳: what a set of opinions is about. Near-duplicates are found first and each group counts
 * as one message, so a campaign of copies neither drowns the other themes nor forms one by its
 * weight; then the messages are grouped by their words. Deterministic: the input is taken in id
 * order whatever order it came in.
 */
export async function findThemes(input: readonly Said[]): Promise<Found> {
  const items = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = nearDuplicateGroups(items);
  const inGroup = new Map<number, number[]>();
  for (const g of groups) inGroup.set(g[0], g);
  const grouped = new Set(groups.flatMap((g) => g.slice(1)));
  // One message per group (its first opinion speaks for it), and every opinion like no other.
  const messages = items.map((_, i) => i).filter((i) => !grouped.has(i));
  const saying = await wordsOf(messages.map((i) => items[i].text));
  const { assigned, strength, words } = cluster(saying);

  const membersOf = (m: number) => inGroup.get(messages[m]) ?? [messages[m]];
  const themes: FoundTheme[] = [];
  for (let k = 0; k < words.length; k++) {
    const ms = messages.map((_, m) => m).filter((m) => assigned[m] === k);
    if (ms.length < MIN_MESSAGES) continue;
    const quotes = [...ms]
      .sort((a, b) => strength[b] - strength[a] || a - b)
      .slice(0, QUOTES)
      .map((m) => items[messages[m]].id);
    const ids = ms.flatMap(membersOf).sort((a, b) => a - b);
    const matter = words[k].slice(0, MATTER_WITHIN).find(isMatter)?.slice(1, -1);
    const keywords = keywordsOf(
      words[k],
      ms.map((m) => saying[m]),
    );
    themes.push({
      ids: ids.map((i) => items[i].id),
      ...(matter ? { matter } : {}),
      keywords,
      label: matter ? `${matter}：${keywords.join('、')}` : keywords.join('、'),
      quotes,
    });
  }
  const rest: number[] = [];
  const themed = new Set(themes.flatMap((t) => t.ids));
  for (let i = 0; i < items.length; i++) if (!themed.has(items[i].id)) rest.push(i);
  themes.sort((a, b) => b.ids.length - a.ids.length || (a.ids[0] < b.ids[0] ? -1 : 1));
  return {
    themes,
    rest: rest.map((i) => items[i].id),
    groups: groups.map((g) => g.map((i) => items[i].id)).sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1)),
  };
}
