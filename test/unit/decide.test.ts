import {
  CHOICE_LABELS,
  decide,
  percent,
  ROUNDING_NOTE,
  RULE_BODIES,
  thresholdsFor,
  toHundredths,
  type Choice,
  type DecisionBallot,
  type DecisionElector,
  type ElectorateForm,
  type RuleKind,
  type RuleThresholds,
} from '@shared';

/** n electors e0…e(n-1), optionally with areas. */
const people = (n: number, extra: (i: number) => Partial<DecisionElector> = () => ({})): DecisionElector[] =>
  Array.from({ length: n }, (_, i) => ({ id: `e${i}`, ...extra(i) }));
/** Ballots for electors e0… in order: `agree` agree, then `disagree` disagree, then `abstain`. */
function votes(agree: number, disagree = 0, abstain = 0): DecisionBallot[] {
  const choices: Choice[] = [...Array(agree).fill('agree'), ...Array(disagree).fill('disagree'), ...Array(abstain).fill('abstain')];
  return choices.map((choice, i) => ({ electorId: `e${i}`, choice }));
}
const run = (kind: RuleKind, electorate: DecisionElector[], ballots: DecisionBallot[], form?: ElectorateForm) =>
  decide({ rule: { kind }, form, electorate, ballots });
/** n electors (persons, households or members by `form`), `took` of them vote: the first `agree` agree, the rest against. */
function outcome(kind: RuleKind, form: ElectorateForm | undefined, n: number, took: number, agree: number): [boolean, boolean] {
  const d = run(kind, people(n), votes(agree, took - agree), form);
  return [d.quorumMet, d.passed];
}

describe('过半数 and 以上 at the boundary', () => {
  it.each([
    // [electors, agree, disagree, abstain, quorumMet, passed]
    [10, 3, 2, 0, false, false], // 5 of 10 took part: exactly half is not more than half
    [10, 3, 3, 0, true, false], // 6 of 10 took part; 3 of 6 agree is exactly half: fails
    [10, 4, 2, 0, true, true], // 4 of 6 agree
    [10, 3, 1, 2, true, false], // abstentions take part but do not agree: 3 of 6
    [11, 4, 2, 0, true, true], // 6 of 11 > 1/2
    [11, 3, 2, 0, false, false], // 5 of 11
  ])('居民会议: %i electors, %i agree / %i against / %i abstain', (n, a, d, x, quorumMet, passed) => {
    expect(run('residents_meeting', people(n), votes(a, d, x))).toMatchObject({ quorumMet, passed });
  });

  it.each([
    [9, 6, 4, 2, true, true], // 6 of 9 = 2/3 exactly: 以上 includes it; 4 of 6 agree
    [9, 5, 5, 0, false, false], // 5 of 9 < 2/3
    [12, 8, 4, 4, true, false], // 8 of 12 = 2/3; 4 of 8 agree is exactly half
  ])('代表会议: %i representatives, %i take part, %i agree', (n, took, agree, disagree, quorumMet, passed) => {
    const ballots = votes(agree, disagree).slice(0, took);
    expect(run('representatives_meeting', people(n), ballots)).toMatchObject({ quorumMet, passed });
  });

  it.each([
    // [form, electors, took part, agree, quorumMet, passed]
    ['persons', 10, 5, 5, false, false], // exactly half of the adults is not more than half
    ['persons', 10, 6, 4, true, true],
    ['persons', 10, 6, 3, true, false], // 3 of 6 present is exactly half
    ['persons', 11, 6, 4, true, true],
    ['persons', 11, 5, 5, false, false],
    ['persons', 3000, 1500, 1500, false, false],
    ['persons', 3001, 1501, 751, true, true],
    ['households', 10, 6, 6, false, false], // 6 of 10 households < 2/3, though more than half
    ['households', 10, 7, 4, true, true], // 7 of 10 ≥ 2/3 (2/3 of 10 → 7 needed)
    ['households', 10, 7, 3, true, false],
    ['households', 12, 7, 7, false, false],
    ['households', 12, 8, 5, true, true], // 2/3 of 12 = 8 exactly
    ['households', 3000, 1999, 1999, false, false],
    ['households', 3000, 2000, 1001, true, true],
    ['households', 3000, 2000, 1000, true, false],
  ] as const)('村民会议 by %s: %i electors, %i take part, %i agree', (form, n, took, agree, quorumMet, passed) => {
    expect(outcome('villagers_meeting', form, n, took, agree)).toEqual([quorumMet, passed]);
  });

  it('村民会议 counts the form its scope names, never the easier of the two', () => {
    // The same 6 ballots of 10: more than half of the adults, but fewer than 2/3 of the households.
    expect(outcome('villagers_meeting', 'persons', 10, 6, 6)).toEqual([true, true]);
    expect(outcome('villagers_meeting', 'households', 10, 6, 6)).toEqual([false, false]);
    expect(outcome('villagers_meeting', undefined, 10, 6, 6)).toEqual([true, true]); // persons when no form is said
    expect(run('villagers_meeting', people(10), votes(5, 2), 'households').explanation).toBe('参与表决户数 70.0% ≥ 2/3；同意户数 71.5% > 1/2。表决通过');
  });

  it.each([
    ['persons', 12, 7, 7, false, false],
    ['persons', 12, 8, 5, true, true], // 2/3 of 12 = 8 exactly
    ['persons', 12, 8, 4, true, false],
    ['households', 10, 6, 6, false, false],
    ['households', 10, 7, 4, true, true], // 2/3 of 10 → 7 needed
    ['persons', 3000, 1999, 1999, false, false],
    ['households', 3000, 2000, 1001, true, true],
  ] as const)('村民小组会议 by %s: %i electors, %i take part, %i agree', (form, n, took, agree, quorumMet, passed) => {
    expect(outcome('group_meeting', form, n, took, agree)).toEqual([quorumMet, passed]);
  });

  it.each([
    // 3 committee members + 9 representatives = 12 members.
    [12, 6, 6, false, false],
    [12, 7, 7, false, false],
    [12, 8, 5, true, true],
    [12, 8, 4, true, false], // 4 of 8 present is exactly half
    [9, 6, 4, true, true],
    [9, 5, 5, false, false],
  ])('代表会议 of %i members, %i present, %i agree', (n, took, agree, quorumMet, passed) => {
    for (const kind of ['representatives_meeting', 'resident_representatives'] as const) {
      expect(outcome(kind, 'members', n, took, agree)).toEqual([quorumMet, passed]);
      expect(outcome(kind, undefined, n, took, agree)).toEqual([quorumMet, passed]);
    }
  });

  it.each([
    // [electors, took part, agree, quorumMet, passed]: agreement counts against all members, not those present.
    [12, 9, 7, true, false], // 7 < 8 of 12, though 7 of 9 present
    [12, 9, 8, true, true],
    [12, 7, 7, false, false],
    [12, 8, 8, true, true],
    [10, 7, 6, true, false], // 2/3 of 10 → 7 needed
    [10, 7, 7, true, true],
    [10, 6, 6, false, false],
    [3000, 2000, 1999, true, false],
    [3000, 2000, 2000, true, true],
    [3000, 1999, 1999, false, false],
  ])('集体经济组织: %i members, %i take part, %i agree', (n, took, agree, quorumMet, passed) => {
    for (const kind of ['collective_members', 'collective_representatives'] as const) {
      expect(outcome(kind, 'members', n, took, agree)).toEqual([quorumMet, passed]);
    }
  });

  it('集体经济组织 says agreement is counted against all members', () => {
    const short = run('collective_members', people(12), votes(7, 2), 'members');
    expect(short.explanation).toBe('参与表决人数 75.0% ≥ 2/3；同意人数 58.3% < 2/3（占全体成员）。表决未通过');
    const enough = run('collective_members', people(12), votes(8, 1), 'members');
    expect(enough.checks.at(-1)).toEqual({ label: '同意人数', ok: true, text: '同意人数 66.7% ≥ 2/3（占全体成员）' });
  });

  it.each([
    ['persons', 10, 5, 5, false, false], // as a 村民会议 by persons: more than half of the adults
    ['persons', 10, 6, 6, true, false], // 6 < 7 of all 10
    ['persons', 10, 7, 7, true, true],
    ['persons', 12, 7, 7, true, false],
    ['persons', 12, 8, 8, true, true],
    ['households', 10, 6, 6, false, false], // as a 村民会议 by households: 2/3
    ['households', 10, 7, 6, true, false],
    ['households', 10, 7, 7, true, true],
    ['members', 12, 7, 7, false, false], // as a 代表会议: 2/3 of members
    ['members', 12, 8, 7, true, false],
    ['members', 12, 8, 8, true, true],
    ['members', 3000, 2500, 1999, true, false],
    ['members', 3000, 2500, 2000, true, true],
  ] as const)('土地对外发包 by %s: %i electors, %i take part, %i agree', (form, n, took, agree, quorumMet, passed) => {
    expect(outcome('land_contracting_outside', form, n, took, agree)).toEqual([quorumMet, passed]);
  });

  it('土地对外发包 names the whole it counts agreement against', () => {
    const text = (form: ElectorateForm) => run('land_contracting_outside', people(10), votes(6, 1), form).checks.at(-1)!.text;
    expect(text('persons')).toBe('同意人数 60.0% < 2/3（占全体选民）');
    expect(text('households')).toBe('同意户数 60.0% < 2/3（占全部户）');
    expect(text('members')).toBe('同意人数 60.0% < 2/3（占全体成员）');
  });

  it('协商议事会 needs a ballot, then more than half of those cast', () => {
    expect(run('majority_of_present', people(30), [])).toMatchObject({ quorumMet: false, passed: false });
    expect(run('majority_of_present', people(30), votes(1))).toMatchObject({ quorumMet: true, passed: true });
    expect(run('majority_of_present', people(30), votes(1, 1))).toMatchObject({ passed: false });
  });
});

describe('owners’ rules, in hundredths of m²', () => {
  /** Owners with the given areas (m²). */
  const owners = (areas: number[]) => areas.map((area, i) => ({ id: `e${i}`, area }));

  it('reach 2/3 of the area exactly with areas whose float sum misses it', () => {
    // 0.1 + 0.2 + 0.3 in floats is 0.6000000000000001; the total 0.9 (hundredths: 90) and the
    // participating 0.6 (60) are exactly 2/3.
    const electorate = owners([0.1, 0.2, 0.3, 0.3]);
    const d = run('owners_ordinary', electorate, votes(3));
    expect(d.turnout).toMatchObject({ area: 0.6, areaTotal: 0.9, heads: 3, headsTotal: 4 });
    expect(d.quorumMet).toBe(true); // area 60/90 = 2/3, heads 3/4
  });

  it('miss 2/3 of the area by one hundredth', () => {
    // total 300.00; 199.99 takes part.
    const d = run('owners_ordinary', owners([199.99, 0.01, 100]), votes(1));
    expect(d.quorumMet).toBe(false);
    const atTwoThirds = run('owners_ordinary', owners([199.99, 0.01, 100]), [
      { electorId: 'e0', choice: 'agree' },
      { electorId: 'e1', choice: 'agree' },
    ]);
    expect(atTwoThirds.turnout.area).toBe(200);
    expect(atTwoThirds.quorumMet).toBe(true);
  });

  it('need more than half of the voting area and of the voting owners to agree, ordinary matters', () => {
    // 4 owners of 100 m² each vote: 2 agree is exactly half of heads and area.
    const electorate = owners([100, 100, 100, 100]);
    expect(run('owners_ordinary', electorate, votes(2, 2))).toMatchObject({ quorumMet: true, passed: false });
    expect(run('owners_ordinary', electorate, votes(3, 1))).toMatchObject({ passed: true });
    // Heads pass, area does not: the big owner disagrees.
    const skewed = owners([10, 10, 10, 70]);
    expect(run('owners_ordinary', skewed, votes(3, 1))).toMatchObject({ quorumMet: true, passed: false });
  });

  it('need 3/4 or more of both for major matters (以上 includes 3/4)', () => {
    const electorate = owners([25, 25, 25, 25]);
    expect(run('owners_major', electorate, votes(3, 1))).toMatchObject({ passed: true }); // exactly 3/4
    const justUnder = owners([25, 25, 25.01, 24.99]);
    // Agree: e0 e1 e3 = 74.99 of 100.00 (< 3/4), heads 3 of 4.
    expect(
      run('owners_major', justUnder, [
        { electorId: 'e0', choice: 'agree' },
        { electorId: 'e1', choice: 'agree' },
        { electorId: 'e2', choice: 'disagree' },
        { electorId: 'e3', choice: 'agree' },
      ]),
    ).toMatchObject({ quorumMet: true, passed: false });
  });

  it('refuse areas finer than a hundredth, negative or infinite, and owners without one', () => {
    for (const area of [10.001, -0.01, -100, Infinity, -Infinity, NaN, 2e-8]) {
      expect(() => run('owners_ordinary', owners([area]), [])).toThrow(`面积须为非负数，最多两位小数：${area}`);
    }
    expect(() => run('owners_ordinary', [{ id: 'e0' }], [])).toThrow('业主规则需要每位选民的面积：e0');
  });

  it('take an area of nothing, and forgive float noise up to a millionth of a hundredth', () => {
    expect(toHundredths(0)).toBe(0);
    expect(toHundredths(0.1 + 0.2)).toBe(30);
    expect(toHundredths(1e-8)).toBe(0); // 1e-8 × 100 is exactly 1e-6 in floats: still noise
    expect(run('owners_ordinary', owners([0, 100, 100]), votes(2, 1)).turnout).toEqual({ heads: 3, headsTotal: 3, area: 200, areaTotal: 200 });
  });

  it('count the same whatever the form a caller names', () => {
    const electorate = owners([100, 100, 100, 100]);
    for (const form of ['persons', 'households', 'members', 'owners'] as const) {
      expect(run('owners_major', electorate, votes(3, 1), form)).toMatchObject({ quorumMet: true, passed: true });
    }
  });

  it('report areas in m² with two decimals', () => {
    const d = run('owners_ordinary', owners([89.5, 102.35, 120]), votes(2, 1));
    expect(d.agree).toEqual({ heads: 2, area: 191.85 });
    expect(d.disagree).toEqual({ heads: 1, area: 120 });
    expect(d.turnout).toMatchObject({ area: 311.85, areaTotal: 311.85 });
    // An abstaining owner's area takes part: it counts towards the quorum and the whole that must agree.
    const abstaining = run('owners_ordinary', owners([100, 100, 60]), votes(1, 0, 2));
    expect(abstaining.turnout).toMatchObject({ area: 260, areaTotal: 260 });
    expect(abstaining.abstain).toEqual({ heads: 2, area: 160 });
    expect(abstaining.passed).toBe(false);
  });
});

describe('ballots', () => {
  it('refuse an electorate that names someone twice', () => {
    expect(() => run('residents_meeting', [{ id: 'e0' }, { id: 'e1' }, { id: 'e0' }], [])).toThrow('选民重复：e0');
  });

  it('report heads only, without areas, on rules that do not weigh them', () => {
    const d = run('residents_meeting', people(5), votes(2, 1, 1));
    expect([d.agree, d.disagree, d.abstain, d.turnout]).toEqual([{ heads: 2 }, { heads: 1 }, { heads: 1 }, { heads: 4, headsTotal: 5 }]);
  });

  it('count one per elector and reject strangers and second ballots', () => {
    const d = run('residents_meeting', people(3), [
      { electorId: 'e0', choice: 'agree' },
      { electorId: 'x9', choice: 'agree' },
      { electorId: 'e0', choice: 'disagree' },
      { electorId: 'e1', choice: 'agree' },
    ]);
    expect(d.rejected).toEqual(['x9', 'e0']);
    expect(d.agree.heads).toBe(2);
    expect(d.disagree.heads).toBe(0);
  });

  it('never count someone who did not vote as agreeing', () => {
    const d = run('residents_meeting', people(100), votes(40, 0, 20));
    expect(d).toMatchObject({ quorumMet: true, passed: true, agree: { heads: 40 }, abstain: { heads: 20 } });
    expect(run('residents_meeting', people(100), votes(30, 0, 30))).toMatchObject({ passed: false });
  });
});

describe('explanations', () => {
  it('say when there was no one to count, and never let that pass', () => {
    const d = run('residents_meeting', [], []);
    expect(d).toMatchObject({ quorumMet: false, passed: false });
    expect(d.explanation).toBe('参与表决人数：无可计数的对象，未达 1/2；同意人数：无可计数的对象，未达 1/2。参与表决未达法定要求，表决不成立');
    expect(d.checks[0]).toEqual({ label: '参与表决人数', ok: false, text: '参与表决人数：无可计数的对象，未达 1/2' });
  });

  it('count ballots on a show of hands', () => {
    expect(run('majority_of_present', people(30), votes(2, 1)).explanation).toBe('有效票 3 张；同意人数 66.7% > 1/2。表决通过');
    expect(run('majority_of_present', people(30), []).explanation).toBe('没有有效票；同意人数：无可计数的对象，未达 1/2。参与表决未达法定要求，表决不成立');
    expect(run('majority_of_present', people(30), votes(1, 1)).explanation).toBe('有效票 2 张；同意人数 50.0% ≤ 1/2。表决未通过');
  });

  it('draw each comparison in the direction it fell', () => {
    const texts = (kind: RuleKind, n: number, agree: number, disagree: number) => run(kind, people(n), votes(agree, disagree)).checks.map((c) => c.text);
    expect(texts('representatives_meeting', 12, 7, 1)).toEqual(['参与表决人数 66.7% ≥ 2/3', '同意人数 87.5% > 1/2']);
    expect(texts('representatives_meeting', 12, 3, 4)).toEqual(['参与表决人数 58.3% < 2/3', '同意人数 42.8% ≤ 1/2']);
  });

  it('round percentages towards the verdict, with the digits asked for', () => {
    expect(percent(1, 3, 1, true)).toBe('33.4%');
    expect(percent(1, 3, 1, false)).toBe('33.3%');
    expect(percent(1, 2, 1, true)).toBe('50.0%'); // exact: nothing to round up
    expect(percent(2, 3, 0, true)).toBe('67%');
    expect(percent(2, 3, 0, false)).toBe('66%');
    expect(percent(1, 10_000, 2, false)).toBe('0.01%');
    expect(percent(1, 10_000, 2, true)).toBe('0.01%');
    expect(percent(1, 100_000, 2, true)).toBe('0.01%');
    expect(percent(7, 7, 2, true)).toBe('100.00%');
    expect(ROUNDING_NOTE).toMatch(/达到的向上、未达到的向下/);
  });

  it('name the choices as the ballot does', () => {
    expect(CHOICE_LABELS).toEqual({ agree: '同意', disagree: '反对', abstain: '弃权' });
  });

  it('say why, with the comparison drawn in the direction it fell', () => {
    const d = run(
      'owners_ordinary',
      [100, 100, 100].map((area, i) => ({ id: `e${i}`, area })),
      votes(2),
    );
    expect(d.explanation).toBe('参与表决面积 66.67% ≥ 2/3；参与表决人数 66.7% ≥ 2/3；同意面积 100.00% > 1/2；同意人数 100.0% > 1/2。表决通过');
    // 199.99 of 300: a hair under 2/3 shows as 66.66%, not a misleading 66.67%.
    const short = run(
      'owners_ordinary',
      [199.99, 0.01, 100].map((area, i) => ({ id: `e${i}`, area })),
      votes(1),
    );
    expect(short.checks[0].text).toBe('参与表决面积 66.66% < 2/3');
    expect(short.explanation.endsWith('参与表决未达法定要求，表决不成立')).toBe(true);
    expect(run('residents_meeting', people(10), votes(3, 3)).checks.at(-1)!.text).toBe('同意人数 50.0% ≤ 1/2');
  });
});

describe('a community’s own 议事规则', () => {
  const T = (num: number, den: number, inclusive: boolean) => ({ num, den, inclusive });
  const custom = (kind: RuleKind, thresholds: RuleThresholds, n: number, took: number, agree: number, form?: ElectorateForm) =>
    decide({ rule: { kind, thresholds }, form, electorate: people(n), ballots: votes(agree, took - agree) });
  const refused = (kind: RuleKind, thresholds: RuleThresholds, form?: ElectorateForm) =>
    expect(() => custom(kind, thresholds, 1, 0, 0, form)).toThrow(`议事规则的表决门槛不能低于法定标准（${RULE_BODIES[kind]}）`);

  it('may ask more than the law', () => {
    const stricter = { ...thresholdsFor('residents_meeting', 'persons'), pass: { heads: T(2, 3, true) } };
    expect(custom('residents_meeting', stricter, 10, 6, 4).passed).toBe(true);
    expect(custom('residents_meeting', stricter, 10, 6, 3).passed).toBe(false);
  });

  it('never less', () => {
    const looser = { ...thresholdsFor('owners_major', 'owners'), pass: { heads: T(1, 2, false), area: T(3, 4, true) } };
    expect(() => decide({ rule: { kind: 'owners_major', thresholds: looser }, electorate: [], ballots: [] })).toThrow(
      '议事规则的表决门槛不能低于法定标准（业主共同决定）',
    );
    refused('owners_major', { quorum: { heads: T(2, 3, true) }, pass: { heads: T(3, 4, true) } }); // drops the area quorum
    refused('owners_major', { quorum: { heads: T(2, 3, true), area: T(2, 3, true) }, pass: { heads: T(3, 4, true) } }); // drops the area pass
    refused('owners_ordinary', { quorum: { heads: T(2, 3, true), area: T(1, 2, true) }, pass: { heads: T(1, 2, false), area: T(1, 2, false) } });
    refused('residents_meeting', { quorum: { heads: T(1, 2, true) }, pass: { heads: T(1, 2, false) } }); // half is not more than half
    refused('residents_meeting', { quorum: { heads: T(1, 2, false) }, pass: { heads: T(1, 2, true) } });
    refused('residents_meeting', { quorum: {}, pass: { heads: T(1, 2, false) } });
  });

  it('holds each form to its own floor', () => {
    // More than half of the households is enough for the person form of a 村民会议, not the household form.
    const half = { quorum: { heads: T(1, 2, false) }, pass: { heads: T(1, 2, false) } };
    expect(custom('villagers_meeting', half, 10, 6, 4, 'persons').passed).toBe(true);
    refused('villagers_meeting', half, 'households');
    refused('land_contracting_outside', { quorum: { heads: T(1, 2, false) }, pass: { heads: { ...T(2, 3, true), of: 'electorate' } } }, 'members');
  });

  it('keeps agreement of all members: the same share of those present is less', () => {
    const quorum = { heads: T(2, 3, true) };
    refused('collective_members', { quorum, pass: { heads: T(3, 4, true) } });
    refused('collective_members', { quorum, pass: { heads: { ...T(3, 4, true), of: 'present' } } });
    const ofAll = { quorum, pass: { heads: { ...T(3, 4, true), of: 'electorate' as const } } };
    expect(custom('collective_members', ofAll, 12, 12, 8, 'members').passed).toBe(false); // 8 < 9 of 12
    expect(custom('collective_members', ofAll, 12, 12, 9, 'members').passed).toBe(true);
    // Asking all of the electorate where the law asks those present is stricter, and says whose.
    const owners = { ...thresholdsFor('owners_ordinary', 'owners'), pass: { heads: { ...T(1, 2, false), of: 'electorate' as const }, area: T(1, 2, false) } };
    const d = decide({
      rule: { kind: 'owners_ordinary', thresholds: owners },
      form: 'owners',
      electorate: people(3, () => ({ area: 10 })),
      ballots: votes(1, 1),
    });
    expect(d.checks.at(-1)!.text).toBe('同意人数 33.3% ≤ 1/2（占全体业主）');
  });

  it('for a 居民代表会议, above a stated minimum of more than half rather than the unconfirmed defaults', () => {
    const half = { quorum: { heads: T(1, 2, false) }, pass: { heads: T(1, 2, false) } };
    expect(custom('resident_representatives', half, 12, 7, 4).passed).toBe(true); // 7 of 12 present: enough under its own rule
    expect(custom('resident_representatives', half, 12, 6, 4).quorumMet).toBe(false);
    expect(outcome('resident_representatives', 'members', 12, 7, 4)).toEqual([false, false]); // the default asks 2/3
    refused('resident_representatives', { quorum: { heads: T(1, 2, true) }, pass: { heads: T(1, 2, false) } });
    refused('resident_representatives', { quorum: { heads: T(1, 2, false) }, pass: { heads: T(1, 2, true) } });
    refused('representatives_meeting', half); // the 村民代表会议's floor is the law's
  });

  it('on a show of hands, may ask for more ballots or a quorum, never for none', () => {
    const floor = thresholdsFor('majority_of_present', 'persons');
    refused('majority_of_present', { ...floor, quorum: { minBallots: 0 } });
    refused('majority_of_present', { ...floor, quorum: {} });
    const three = { ...floor, quorum: { minBallots: 3 } };
    expect(custom('majority_of_present', three, 30, 2, 2).checks[0]).toEqual({ label: '有效票', ok: false, text: '没有有效票' });
    expect(custom('majority_of_present', three, 30, 3, 2)).toMatchObject({ quorumMet: true, passed: true });
    const quorate = { quorum: { minBallots: 1, heads: T(1, 3, true) }, pass: floor.pass };
    expect(custom('majority_of_present', quorate, 30, 9, 9).quorumMet).toBe(false);
    expect(custom('majority_of_present', quorate, 30, 10, 9).quorumMet).toBe(true);
  });

  it('refuses a fraction the comparisons cannot trust', () => {
    const pass = { heads: T(1, 2, false) };
    for (const heads of [
      T(-1, -2, false),
      T(2, 0, true),
      T(3, -4, true),
      T(2.5, 3, true),
      T(2, 3.5, true),
      T(-1, 2, true),
      T(Infinity, 1, true),
      T(NaN, 2, true),
    ]) {
      refused('residents_meeting', { quorum: { heads }, pass });
      refused('residents_meeting', { quorum: { heads: T(2, 3, true) }, pass: { heads } });
      refused('owners_ordinary', { quorum: { heads: T(2, 3, true), area: T(2, 3, true) }, pass: { heads: pass.heads, area: heads } });
    }
    // Even where the law asks no quorum, a nonsense one is refused rather than trusted.
    for (const heads of [T(1, -2, false), T(-1, 2, true), T(0.5, 1, true), T(1, 2.5, true), T(1, 0, true)]) {
      refused('majority_of_present', { quorum: { minBallots: 1, heads }, pass });
    }
    // Zero is a fraction: no quorum beyond one ballot.
    expect(custom('majority_of_present', { quorum: { minBallots: 1, heads: T(0, 1, true) }, pass }, 30, 1, 1).passed).toBe(true);
  });
});
