import type { TextWords } from './segment';

/**
 * Grouping short texts by what they are about: each text a TF-IDF vector of its words, factored
 * into themes by non-negative matrix factorisation (texts × words ≈ texts × themes · themes ×
 * words), which finds words that go together even when two texts share none. The number of themes
 * is the one whose themes' top words most often appear together in the texts themselves
 * (coherence). The start is drawn from a fixed seed: the same texts give the same themes.
 */

/**
 * A word in fewer texts than this is noise. A word most texts say stays: its IDF weighs it down,
 * and where one matter draws most opinions it is that theme's own word (充电桩 in 30 of 40).
 */
const MIN_TEXTS = 2;
const FEWEST_THEMES = 2;
const MOST_THEMES = 8;
/** Never fewer than this many texts a theme on average. */
const TEXTS_PER_THEME = 8;
const ROUNDS = 100;
/** Top words per theme that its coherence is measured on. */
const MEASURED_WORDS = 5;
/** Words returned per theme, most telling first: its matter (〈费用〉) and keywords among them. */
const KEYWORDS = 12;
const SEED = 20261203;
/** Centres this alike (cosine of mean TF-IDF vectors) make two themes one. */
const SAME_THEME = 0.3;
/** A theme with at most this share of the texts is a side point of the theme its centre is this alike to. */
const SIDE_POINT = 0.1;
const LEANS = 0.15;

export interface Clustering {
  /** Each text's theme, or -1 for a text without a telling word. */
  assigned: number[];
  /** How strongly each text belongs to its theme (its weight there), 0 for the unassigned. */
  strength: number[];
  /** Each theme's words, most telling first. */
  words: string[][];
}

type Row = [number, number][];

/** A small, fixed pseudo-random sequence (LCG): the factorisation's start, the same on every run. */
function sequence(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * The texts as rows of TF-IDF weights over the words that can tell them apart. The parts of a long
 * word count only when people also use them on their own (消防 yes; 动车 inside 电动车, no).
 */
function matrixOf(texts: readonly TextWords[]) {
  const whole = new Set(texts.flatMap((t) => t.words));
  const docs = texts.map((t) => [...t.words, ...t.parts.filter((p) => whole.has(p)), ...t.matters]);
  const df = new Map<string, number>();
  for (const words of docs) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const vocabulary = [...df.keys()].filter((w) => df.get(w)! >= MIN_TEXTS).sort();
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  const rows: Row[] = docs.map((words) => {
    const tf = new Map<number, number>();
    for (const w of words) if (index.has(w)) tf.set(index.get(w)!, (tf.get(index.get(w)!) ?? 0) + 1);
    const row: Row = [...tf].map(([i, n]) => [i, (1 + Math.log(n)) * Math.log(docs.length / df.get(vocabulary[i])!)]);
    const norm = Math.sqrt(row.reduce((s, [, x]) => s + x * x, 0)) || 1;
    return row.map(([i, x]) => [i, x / norm] as [number, number]);
  });
  return { rows, vocabulary };
}

const gram = (m: Float64Array[], size: number) => m.map((a) => m.map((b) => a.reduce((s, x, i) => (i < size ? s + x * b[i] : s), 0)));

/** Factorises rows ≈ W·H with k themes by multiplicative updates (Lee & Seung), from the fixed start. */
function factorise(rows: Row[], words: number, k: number) {
  const next = sequence(SEED + k);
  const W = rows.map(() => Float64Array.from({ length: k }, () => next() + 0.01));
  const H = Array.from({ length: k }, () => Float64Array.from({ length: words }, () => next() + 0.01));
  const Wt = () => Array.from({ length: k }, (_, t) => Float64Array.from(W, (w) => w[t]));
  for (let round = 0; round < ROUNDS; round++) {
    const WtA = Array.from({ length: k }, () => new Float64Array(words));
    rows.forEach((row, d) => {
      for (const [j, x] of row) for (let t = 0; t < k; t++) WtA[t][j] += W[d][t] * x;
    });
    const WtW = gram(Wt(), rows.length);
    for (let t = 0; t < k; t++) {
      for (let j = 0; j < words; j++) {
        let below = 1e-9;
        for (let u = 0; u < k; u++) below += WtW[t][u] * H[u][j];
        H[t][j] *= WtA[t][j] / below;
      }
    }
    const HHt = gram(H, words);
    rows.forEach((row, d) => {
      const AHt = new Float64Array(k);
      for (const [j, x] of row) for (let t = 0; t < k; t++) AHt[t] += x * H[t][j];
      const w = Float64Array.from(W[d]);
      for (let t = 0; t < k; t++) {
        let below = 1e-9;
        for (let u = 0; u < k; u++) below += w[u] * HHt[u][t];
        W[d][t] *= AHt[t] / below;
      }
    });
  }
  return { W, H };
}

const topWords = (h: Float64Array, n: number) =>
  [...h]
    .map((x, j) => [x, j] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, n)
    .map(([, j]) => j);

/**
 * How often a theme's top words appear together in the texts (normalised PMI, -1…1, averaged over
 * pairs and themes): themes people actually talk about score high, themes that mix matters low.
 */
function coherence(H: Float64Array[], containing: Set<number>[], texts: number): number {
  const p = (i: number, j?: number) => {
    let n = 0;
    for (const d of containing) if (d.has(i) && (j === undefined || d.has(j))) n++;
    return n / texts;
  };
  let total = 0;
  for (const h of H) {
    const top = topWords(h, MEASURED_WORDS);
    let sum = 0;
    let pairs = 0;
    for (let a = 0; a < top.length; a++) {
      for (let b = a + 1; b < top.length; b++) {
        const both = p(top[a], top[b]);
        sum += both === 0 ? -1 : Math.log(both / (p(top[a]) * p(top[b]))) / -Math.log(both);
        pairs++;
      }
    }
    total += pairs ? sum / pairs : 0;
  }
  return total / H.length;
}

/** The normalised sum of the rows given: a theme's centre. */
function centreOf(rows: Row[], size: number): Float64Array {
  const c = new Float64Array(size);
  for (const row of rows) for (const [j, x] of row) c[j] += x;
  const norm = Math.sqrt(c.reduce((s, x) => s + x * x, 0)) || 1;
  return c.map((x) => x / norm);
}

const cosine = (a: Float64Array, b: Float64Array) => a.reduce((s, x, j) => s + x * b[j], 0);

/**
 * Themes that are one: two whose opinions use largely the same words (centres at least SAME_THEME
 * alike), and a small theme (at most SIDE_POINT of the texts) whose words lean on another (at least
 * LEANS alike) — a side point of it, such as what charging should cost among opinions on chargers.
 * Returns, for each theme, the theme it is part of after merging (itself when it stands alone).
 */
function merged(rows: Row[], assigned: number[], k: number, size: number): number[] {
  const into = Array.from({ length: k }, (_, t) => t);
  const root = (t: number): number => (into[t] === t ? t : (into[t] = root(into[t])));
  const members = (t: number) => rows.filter((_, d) => assigned[d] >= 0 && root(assigned[d]) === t);
  const roots = () => into.map((_, t) => t).filter((t) => root(t) === t && members(t).length > 0);
  const closest = (t: number) => {
    const centre = centreOf(members(t), size);
    return roots()
      .filter((u) => u !== t)
      .map((u) => ({ u, alike: cosine(centre, centreOf(members(u), size)) }))
      .sort((a, b) => b.alike - a.alike || a.u - b.u)[0];
  };
  const join = (t: number, u: number) => {
    const [big, small] = members(t).length >= members(u).length ? [t, u] : [u, t];
    into[small] = big;
  };
  for (let again = true; again;) {
    again = false;
    for (const t of roots()) {
      const c = closest(t);
      if (c && c.alike >= SAME_THEME) {
        join(t, c.u);
        again = true;
        break;
      }
    }
  }
  const used = rows.filter((r) => r.length > 0).length;
  for (const t of roots().sort((a, b) => members(a).length - members(b).length || a - b)) {
    if (members(t).length > used * SIDE_POINT) continue;
    const c = closest(t);
    if (c && c.alike >= LEANS) join(t, c.u);
  }
  return into.map((_, t) => root(t));
}

/** Groups the texts by theme; the same texts in the same order give the same themes. */
export function cluster(texts: readonly TextWords[]): Clustering {
  const { rows, vocabulary } = matrixOf(texts);
  const usable = rows.filter((r) => r.length > 0).length;
  const most = Math.max(FEWEST_THEMES, Math.min(MOST_THEMES, Math.floor(usable / TEXTS_PER_THEME)));
  const containing = rows.map((r) => new Set(r.map(([j]) => j)));
  let best: { score: number; W: Float64Array[]; H: Float64Array[] } | undefined;
  for (let k = FEWEST_THEMES; k <= most; k++) {
    const { W, H } = factorise(rows, vocabulary.length, k);
    const score = coherence(H, containing, rows.length);
    if (!best || score > best.score + 1e-9) best = { score, W, H };
  }
  const { W, H } = best!;
  const first = rows.map((r, d) => (r.length === 0 ? -1 : W[d].indexOf(Math.max(...W[d]))));
  const themeOf = merged(rows, first, H.length, vocabulary.length);
  const kept = [...new Set(themeOf)].sort((a, b) => a - b);
  const count = H.map((_, t) => first.filter((u) => u === t).length);
  const sumOf = (of: (t: number) => number) => (theme: number) => themeOf.reduce((s, root, t) => (root === theme ? s + of(t) : s), 0);
  return {
    assigned: first.map((t) => (t < 0 ? -1 : kept.indexOf(themeOf[t]))),
    strength: first.map((t, d) => (t < 0 ? 0 : sumOf((u) => W[d][u])(themeOf[t]))),
    // A merged theme's words: its parts' words, each part weighing by its number of texts.
    words: kept.map((theme) =>
      topWords(
        Float64Array.from({ length: vocabulary.length }, (_, j) => sumOf((t) => count[t] * H[t][j])(theme)),
        KEYWORDS,
      ).map((j) => vocabulary[j]),
    ),
  };
}
