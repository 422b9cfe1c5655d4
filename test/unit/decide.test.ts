import fc from 'fast-check';
import { decide, LEGAL_FLOORS, type Choice, type DecisionBallot, type DecisionElector, type RuleKind } from '@shared';

/** n electors e0…e(n-1), optionally with areas and households. */
const people = (n: number, extra: (i: number) => Partial<DecisionElector> = () => ({})): DecisionElector[] =>
  Array.from({ length: n }, (_, i) => ({ id: `e${i}`, ...extra(i) }));
/** Ballots for electors e0… in order: `agree` agree, then `disagree` disagree, then `abstain`. */
function votes(agree: number, disagree = 0, abstain = 0): DecisionBallot[] {
  const choices: Choice[] = [...Array(agree).fill('agree'), ...Array(disagree).fill('disagree'), ...Array(abstain).fill('abstain')];
  return choices.map((choice, i) => ({ electorId: `e${i}`, choice }));
}
const run = (kind: RuleKind, electorate: DecisionElector[], ballots: DecisionBallot[]) => decide({ rule: { kind }, electorate, ballots });

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

  it('村民会议 meets its quorum by households when heads fall short', () => {
    // 12 villagers in 6 households of two; one person from each of 4 households votes: 4 of 12 heads, 4 of 6 households.
    const electorate = people(12, (i) => ({ household: `h${Math.floor(i / 2)}` }));
    const ballots: DecisionBallot[] = [0, 2, 4, 6].map((i) => ({ electorId: `e${i}`, choice: 'agree' }));
    const d = run('villagers_meeting', electorate, ballots);
    expect(d).toMatchObject({ quorumMet: true, passed: true, turnout: { heads: 4, headsTotal: 12, households: 4, householdsTotal: 6 } });
    const three = run('villagers_meeting', electorate, ballots.slice(0, 3)); // 3 of 6 households, 3 of 12 heads
    expect(three).toMatchObject({ quorumMet: false, passed: false });
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

  it('refuse areas finer than a hundredth, and owners without one', () => {
    expect(() => run('owners_ordinary', owners([10.001]), [])).toThrow(RangeError);
    expect(() => run('owners_ordinary', [{ id: 'e0' }], [])).toThrow(RangeError);
  });

  it('report areas in m² with two decimals', () => {
    const d = run('owners_ordinary', owners([89.5, 102.35, 120]), votes(2, 1));
    expect(d.agree).toEqual({ heads: 2, area: 191.85 });
    expect(d.disagree).toEqual({ heads: 1, area: 120 });
    expect(d.turnout).toMatchObject({ area: 311.85, areaTotal: 311.85 });
  });
});

describe('ballots', () => {
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
  it('say why, with the comparison drawn in the direction it fell', () => {
    const d = run('owners_ordinary', [100, 100, 100].map((area, i) => ({ id: `e${i}`, area })), votes(2));
    expect(d.explanation).toBe('参与表决面积 66.67% ≥ 2/3；参与表决人数 66.7% ≥ 2/3；同意面积 100.00% > 1/2；同意人数 100.0% > 1/2。表决通过');
    // 199.99 of 300: a hair under 2/3 shows as 66.66%, not a misleading 66.67%.
    const short = run('owners_ordinary', [199.99, 0.01, 100].map((area, i) => ({ id: `e${i}`, area })), votes(1));
    expect(short.checks[0].text).toBe('参与表决面积 66.66% < 2/3');
    expect(short.explanation.endsWith('参与表决未达法定要求，表决不成立')).toBe(true);
    expect(run('residents_meeting', people(10), votes(3, 3)).checks.at(-1)!.text).toBe('同意人数 50.0% ≤ 1/2');
  });
});

describe('a community’s own 议事规则', () => {
  it('may ask more than the law', () => {
    const stricter = { ...LEGAL_FLOORS.residents_meeting, pass: { heads: { num: 2, den: 3, inclusive: true } } };
    const d = decide({ rule: { kind: 'residents_meeting', thresholds: stricter }, electorate: people(10), ballots: votes(4, 2) });
    expect(d.passed).toBe(true);
    const d2 = decide({ rule: { kind: 'residents_meeting', thresholds: stricter }, electorate: people(10), ballots: votes(3, 3) });
    expect(d2.passed).toBe(false);
  });

  it('never less', () => {
    const looser = { ...LEGAL_FLOORS.owners_major, pass: { heads: { num: 1, den: 2, inclusive: false }, area: { num: 3, den: 4, inclusive: true } } };
    expect(() => decide({ rule: { kind: 'owners_major', thresholds: looser }, electorate: [], ballots: [] })).toThrow('不能低于法定标准');
    const dropsArea = { quorum: { heads: { num: 2, den: 3, inclusive: true } }, pass: { heads: { num: 3, den: 4, inclusive: true } } };
    expect(() => decide({ rule: { kind: 'owners_major', thresholds: dropsArea }, electorate: [], ballots: [] })).toThrow(RangeError);
  });
});

describe('properties', () => {
  const RULES: RuleKind[] = ['majority_of_present', 'residents_meeting', 'villagers_meeting', 'representatives_meeting', 'owners_ordinary', 'owners_major'];
  const choice = fc.constantFrom<Choice>('agree', 'disagree', 'abstain');
  /** An electorate of 1–40 with areas in hundredths (0.01–300.00 m²) and households of 1–3, and ballots of some of them. */
  const world = fc
    .record({
      rule: fc.constantFrom(...RULES),
      areas: fc.array(fc.integer({ min: 1, max: 30_000 }), { minLength: 1, maxLength: 40 }),
      households: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 40, maxLength: 40 }),
      choices: fc.array(fc.option(choice, { nil: undefined }), { minLength: 40, maxLength: 40 }),
    })
    .map(({ rule, areas, households, choices }) => {
      const electorate = areas.map((h, i) => ({ id: `e${i}`, area: h / 100, household: `h${households[i]}` }));
      const ballots = electorate.flatMap((e, i) => (choices[i] ? [{ electorId: e.id, choice: choices[i]! }] : []));
      return { rule, electorate, ballots };
    });
  const verdict = (w: { rule: RuleKind; electorate: DecisionElector[]; ballots: DecisionBallot[] }) =>
    decide({ rule: { kind: w.rule }, electorate: w.electorate, ballots: w.ballots });

  it('adding an agree ballot never turns a pass into a fail', () => {
    fc.assert(
      fc.property(world, (w) => {
        const voted = new Set(w.ballots.map((b) => b.electorId));
        const newcomer = w.electorate.find((e) => !voted.has(e.id));
        fc.pre(newcomer !== undefined && verdict(w).passed);
        expect(verdict({ ...w, ballots: [...w.ballots, { electorId: newcomer!.id, choice: 'agree' }] }).passed).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('turning a disagree into an agree never turns a pass into a fail', () => {
    fc.assert(
      fc.property(world, (w) => {
        const at = w.ballots.findIndex((b) => b.choice === 'disagree');
        fc.pre(at >= 0 && verdict(w).passed);
        const ballots = w.ballots.map((b, i) => (i === at ? { ...b, choice: 'agree' as const } : b));
        expect(verdict({ ...w, ballots }).passed).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('scaling every area by the same factor never changes the verdict', () => {
    fc.assert(
      fc.property(world, fc.integer({ min: 2, max: 1000 }), (w, k) => {
        const scaled = { ...w, electorate: w.electorate.map((e) => ({ ...e, area: Math.round(e.area! * 100 * k) / 100 })) };
        const a = verdict(w);
        const b = verdict(scaled);
        expect([b.quorumMet, b.passed]).toEqual([a.quorumMet, a.passed]);
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of the ballots', () => {
    fc.assert(
      fc.property(world, fc.integer(), (w, seed) => {
        const shuffled = [...w.ballots].sort((x, y) => ((x.electorId.charCodeAt(1) * 31 + seed) % 7) - ((y.electorId.charCodeAt(1) * 31 + seed) % 7));
        const a = verdict(w);
        const b = verdict({ ...w, ballots: shuffled });
        expect([b.quorumMet, b.passed, b.agree, b.turnout]).toEqual([a.quorumMet, a.passed, a.agree, a.turnout]);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a plain rational reference on every threshold', () => {
    // Reference: the same rules written with exact rationals as a person would check them.
    fc.assert(
      fc.property(world, (w) => {
        const d = verdict(w);
        const total = w.electorate.reduce((n, e) => n + Math.round(e.area! * 100), 0);
        const voted = w.ballots.map((b) => w.electorate.find((e) => e.id === b.electorId)!);
        const area = voted.reduce((n, e) => n + Math.round(e.area! * 100), 0);
        const agreeing = w.ballots.filter((b) => b.choice === 'agree').map((b) => w.electorate.find((e) => e.id === b.electorId)!);
        const agreeArea = agreeing.reduce((n, e) => n + Math.round(e.area! * 100), 0);
        const n = w.electorate.length;
        const m = w.ballots.length;
        const a = agreeing.length;
        const hh = new Set(voted.map((e) => e.household)).size;
        const hhTotal = new Set(w.electorate.map((e) => e.household)).size;
        const expected: Record<RuleKind, [boolean, boolean]> = {
          majority_of_present: [m >= 1, 2 * a > m],
          residents_meeting: [2 * m > n, 2 * a > m],
          villagers_meeting: [2 * m > n || 3 * hh >= 2 * hhTotal, 2 * a > m],
          representatives_meeting: [3 * m >= 2 * n, 2 * a > m],
          owners_ordinary: [3 * area >= 2 * total && 3 * m >= 2 * n, 2 * agreeArea > area && 2 * a > m],
          owners_major: [3 * area >= 2 * total && 3 * m >= 2 * n, 4 * agreeArea >= 3 * area && 4 * a >= 3 * m],
        };
        const [quorum, pass] = expected[w.rule];
        expect([d.quorumMet, d.passed]).toEqual([quorum, quorum && pass && m > 0]);
      }),
      { numRuns: 2000 },
    );
  });
});
