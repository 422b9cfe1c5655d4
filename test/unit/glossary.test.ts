import {
  CHOICE_LABELS,
  GLOSSARY,
  judge,
  LEGAL_FLOORS,
  noCounts,
  RESIDENT_REPRESENTATIVES_CHOICES,
  ROUNDING_NOTE,
  RULE_KINDS,
  RULE_TEXTS,
  ruleLabelsOf,
  termsIn,
  thresholdWords,
  withoutTerms,
  AREA_RULES,
  type ElectorateForm,
  type RuleKind,
  type Threshold,
} from '@shared';

/**
 * Legal words a resident cannot be expected to know the exact sense of (RULES.md, "Counting
 * words"), and the signs the checks compare with. Kept here, apart from the glossary, so a term
 * the glossary forgot is caught rather than silently left out of both.
 */
const LEGAL_WORDS = /过半数|一半|以上|以下|不含本数|法定|应到|不成立|弃权|未表态|户的?代表|公示期|异议|[<>≤≥]/;

const FORMS: ElectorateForm[] = ['persons', 'households', 'members', 'owners'];
const KINDS = ['community', 'village'] as const;

/** Every count shape a decision can meet: passed, agreement short, too few taking part, nobody at all, silent hands. */
function decisions(rule: RuleKind, form: ElectorateForm): string[] {
  const area = AREA_RULES.includes(rule);
  const count = (agree: number, disagree: number, abstain: number, headsTotal: number, silent = 0) => {
    const by = noCounts();
    by.agree = { heads: agree, hundredths: agree * 10_000 };
    by.disagree = { heads: disagree, hundredths: disagree * 10_000 };
    by.abstain = { heads: abstain, hundredths: abstain * 10_000 };
    return { by, rejected: [], headsTotal, areaTotal: headsTotal * 10_000, ...(silent && !area ? { silent } : {}) };
  };
  const counts = [count(9, 0, 1, 10), count(3, 6, 1, 10), count(1, 0, 0, 10), count(0, 0, 0, 0), count(4, 1, 1, 10, 3)];
  return counts.flatMap((c) => {
    const d = judge({ rule: { kind: rule }, form, count: c });
    return [d.explanation, ...d.checks.map((check) => check.text)];
  });
}

/** Every resident-facing sentence the shared rules can produce, for every rule kind. */
function sentences(): [string, string][] {
  const thresholds: Threshold[] = [
    ...RESIDENT_REPRESENTATIVES_CHOICES.quorum,
    ...RESIDENT_REPRESENTATIVES_CHOICES.pass,
    ...Object.values(LEGAL_FLOORS).flatMap((floors) =>
      Object.values(floors).flatMap((f) => [f.quorum.heads, f.quorum.area, f.pass.heads, f.pass.area].filter((t): t is Threshold => !!t)),
    ),
  ];
  return [
    ...RULE_KINDS.flatMap((rule): [string, string][] => [
      [`${rule} text`, RULE_TEXTS[rule]],
      ...KINDS.map((kind): [string, string] => [`${rule} label (${kind})`, ruleLabelsOf(kind)[rule]]),
      ...FORMS.filter((form) => form === 'owners' || !AREA_RULES.includes(rule)).flatMap((form) =>
        decisions(rule, form).map((s): [string, string] => [`${rule} decision (${form})`, s]),
      ),
    ]),
    ...thresholds.map((t): [string, string] => [`threshold ${t.num}/${t.den}${t.inclusive ? '+' : ''}`, thresholdWords(t)]),
    ...Object.values(CHOICE_LABELS).map((s): [string, string] => ['choice', s]),
    ['rounding note', ROUNDING_NOTE],
  ];
}

describe('the glossary', () => {
  it('explains every legal word in every rule, threshold and decision sentence the shared code can produce', () => {
    const all = sentences();
    expect(all.length).toBeGreaterThan(RULE_KINDS.length * 10);
    const unexplained = all.filter(([, s]) => LEGAL_WORDS.test(withoutTerms(s))).map(([what, s]) => `${what}: ${withoutTerms(s)}`);
    expect(unexplained).toEqual([]);
  });

  it('says what RULES.md says the counting words mean', () => {
    const noteOf = (text: string) => termsIn(text).map((t) => t.note);
    expect(noteOf('同意的须过半数')).toEqual([expect.stringMatching(/超过一半.*正好一半不算/)]);
    // “超过参加表决的一半” is 过半数 said otherwise: the same warning.
    expect(noteOf('同意的超过参加表决的一半')).toEqual(noteOf('过半数'));
    expect(noteOf('三分之二以上')).toEqual([expect.stringMatching(/包括本数.*正好三分之二也算/)]);
    expect(noteOf('弃权')).toEqual([expect.stringMatching(/算参加的人，不算同意/)]);
    expect(noteOf('法定人数')[0]).toMatch(/名册/);
    expect(noteOf('应到 17 人')[0]).toMatch(/名册.*不是按用小程序的人数/);
    expect(noteOf('公示期')[0]).toMatch(/张贴/);
  });

  it('reads a longer term as itself, never as the shorter one inside it', () => {
    expect(termsIn('三分之一（不含本数）以上').map((t) => t.term)).toEqual(['不含本数']);
    expect(termsIn('异议期至 12月1日').map((t) => t.term)).toEqual(['异议期']);
    expect(termsIn('十八周岁以上居民过半数').map((t) => t.term)).toEqual(['以上', '过半数']);
    expect(termsIn('参加的须超过全体十八周岁以上居民的一半').map((t) => t.term)).toEqual(['过半数', '以上']);
  });

  it('has notes in plain Chinese, each term once', () => {
    for (const t of GLOSSARY) expect(t.note).not.toMatch(/[A-Za-z]/);
    expect(new Set(GLOSSARY.map((t) => t.term)).size).toBe(GLOSSARY.length);
    expect(termsIn('本次协商已结束')).toEqual([]);
  });
});
