/**
 * Near-duplicates: opinions that say the same thing — a message passed round a group chat and sent
 * by forty people, or one person saying it again. They are found by the pairs of characters two
 * texts share, so a changed greeting, signature or punctuation mark does not hide a copy.
 */

/** Share of character pairs two texts must have in common to be one message. */
const SAME_MESSAGE = 0.6;
/** One person saying it again rephrases more: a lower bar holds between their own opinions. */
const SAID_AGAIN = 0.35;
/** A short text (this many pairs or more) found almost whole inside a longer one is a copy with additions. */
const CONTAINED = 0.85;
const CONTAINED_MIN_PAIRS = 12;

export interface Spoken {
  authorId: string;
  text: string;
}

/** The character pairs of a text, without punctuation, spaces or case. */
function pairsOf(text: string): Set<string> {
  const chars = [...text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i] + chars[i + 1]);
  return pairs;
}

function shared(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const p of small) if (large.has(p)) n++;
  return n;
}

function sameMessage(a: Set<string>, b: Set<string>, sameAuthor: boolean): boolean {
  const common = shared(a, b);
  const jaccard = common / (a.size + b.size - common || 1);
  if (jaccard >= (sameAuthor ? SAID_AGAIN : SAME_MESSAGE)) return true;
  const smaller = Math.min(a.size, b.size);
  return smaller >= CONTAINED_MIN_PAIRS && common / smaller >= CONTAINED;
}

/**
 * The groups of near-duplicates among `items`, as lists of their indices (each ascending, groups in
 * the order of their first member); an opinion like no other is in none. Every pair is compared
 * (a few hundred opinions are tens of thousands of set comparisons), skipping pairs whose sizes
 * alone rule it out.
 */
export function nearDuplicateGroups(items: readonly Spoken[]): number[][] {
  const pairs = items.map((o) => pairsOf(o.text));
  const parent = items.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (root(i) === root(j) || pairs[i].size === 0 || pairs[j].size === 0) continue;
      const sameAuthor = items[i].authorId === items[j].authorId;
      const [small, large] = [Math.min(pairs[i].size, pairs[j].size), Math.max(pairs[i].size, pairs[j].size)];
      // Neither bar can be met when one text is far longer and the shorter too short to be contained.
      if (small / large < (sameAuthor ? SAID_AGAIN : SAME_MESSAGE) && small < CONTAINED_MIN_PAIRS) continue;
      if (sameMessage(pairs[i], pairs[j], sameAuthor)) parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
