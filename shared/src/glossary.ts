/**
 * The legal words residents read, each in plain words (RULES.md, "Counting words"). Screens do not
 * pick which to explain: the client shows the notes for whatever terms a sentence contains
 * (`termsIn`), so a rule text that gains a term gains its note with it, and a unit test holds every
 * sentence the rules can produce to this list. Zod-free: the client imports it.
 */
export interface GlossaryTerm {
  /** The word as the note names it. */
  term: string;
  /** What it means, in a sentence a reader over sixty takes in at once. */
  note: string;
  /** Where the sentence says it; the term itself when absent. */
  said?: RegExp;
}

const MORE_THAN_HALF = '超过一半；正好一半不算';
const QUORUM = '表决要算数，至少要有这么多人参加；按名册上应参加的人算，不是按用小程序的人算';
const NOTICE_PERIOD = '把内容张贴公开的那几天，大家都可以查看，有不同意见可以在这期间提出';

/** @internal Read through termsIn; the tests check the list itself. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  // Before 以上: “（不含本数）以上” is the one 以上 that leaves the number out.
  { term: '不含本数', note: '正好等于这个数不算，要比它多', said: /（不含本数）以上/ },
  { term: '以上', note: '包括本数；如“三分之二以上”，正好三分之二也算' },
  { term: '以下', note: '包括本数；如“十人以下”，正好十人也算' },
  // After 以上, so “超过十八周岁以上居民的一半” yields both. “超过参加表决的一半” says 过半数 in
  // other words, and needs the same warning about exactly half.
  { term: '过半数', note: MORE_THAN_HALF, said: /过半数|超过[^，；。]{0,30}一半|超过 ?1\/2/ },
  { term: '应到', note: '名册上有资格参加这次表决的人数（按户表决时为户数）；参加和同意的比例都拿它来算，不是按用小程序的人数' },
  { term: '法定人数', note: QUORUM },
  { term: '法定要求', note: QUORUM },
  { term: '法定比例', note: '法律规定要达到的比例，如“过半数”“三分之二以上”' },
  { term: '表决不成立', note: '参加的人数（或面积）不够法定要求，这次表决不算数，既不算通过也不算不通过' },
  { term: '弃权', note: '参加了表决，但不表示同意也不表示反对；算参加的人，不算同意' },
  { term: '未表态', note: '到了会场但没有举手表态；算参加的人，不算同意' },
  { term: '户的代表', note: '按户表决时，每户只由一人代表全家投一票', said: /户的代表|户代表/ },
  { term: '公示期', note: NOTICE_PERIOD, said: /公示期|公示至/ },
  { term: '异议期', note: '结果公示、可以提出异议的那几天；过了这个时间就不能再提' },
  { term: '异议', note: '认为结果或记录有错、不同意时，在公示期内向委员会提出；委员会要逐条答复' },
  { term: '“>”', note: '大于，要比后面的数多；正好相等不算', said: />/ },
  { term: '“≥”', note: '大于或等于，达到后面的数就算；正好相等也算', said: /≥/ },
  { term: '“≤”', note: '小于或等于，没有超过后面的数', said: /≤/ },
  { term: '“<”', note: '小于，没有达到后面的数', said: /</ },
];

/**
 * Reads the text term by term in the glossary's order, blanking each term found so a longer term
 * (异议期, （不含本数）以上) is not read again as a shorter one (异议, 以上). Blanks keep their
 * places, so the terms are listed as the text says them. No lookbehind: older iOS WeChat cannot parse it.
 */
function read(text: string): { found: GlossaryTerm[]; rest: string } {
  const found: { term: GlossaryTerm; at: number }[] = [];
  let rest = text;
  for (const t of GLOSSARY) {
    const said = new RegExp((t.said ?? new RegExp(t.term)).source, 'g');
    const at = rest.search(said);
    if (at < 0) continue;
    found.push({ term: t, at });
    rest = rest.replace(said, (m) => '□'.repeat(m.length));
  }
  return { found: found.sort((a, b) => a.at - b.at).map((f) => f.term), rest };
}

/** The terms a text says, each once, in the order it says them. */
export const termsIn = (text: string): GlossaryTerm[] => read(text).found;

/**
 * The text with every glossary term blanked out, so a test can see what is left unexplained.
 * @internal The glossary's test uses it.
 */
export const withoutTerms = (text: string): string => read(text).rest;
