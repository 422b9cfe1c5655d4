import fc from 'fast-check';
import { decide, RULE_KINDS, type Choice, type DecisionBallot, type DecisionElector, type ElectorateForm, type RuleKind } from '@shared';

/**
 * The decision's properties over random electorates and ballots, checked against a plain rational
 * reference. Kept apart from the boundary tables so the mutation run (which needs those) stays fast.
 */
describe('properties', () => {
  const choice = fc.constantFrom<Choice>('agree', 'disagree', 'abstain');
  /** An electorate of 1–40 in some form, with areas in hundredths (0.01–300.00 m²), and ballots of some of them. */
  const world = fc
    .record({
      rule: fc.constantFrom(...RULE_KINDS),
      form: fc.constantFrom<ElectorateForm>('persons', 'households', 'members', 'owners'),
      areas: fc.array(fc.integer({ min: 1, max: 30_000 }), { minLength: 1, maxLength: 40 }),
      choices: fc.array(fc.option(choice, { nil: undefined }), { minLength: 40, maxLength: 40 }),
    })
    .map(({ rule, form, areas, choices }) => {
      const electorate = areas.map((h, i) => ({ id: `e${i}`, area: h / 100 }));
      const ballots = electorate.flatMap((e, i) => (choices[i] ? [{ electorId: e.id, choice: choices[i]! }] : []));
      return { rule, form, electorate, ballots };
    });
  type World = { rule: RuleKind; form: ElectorateForm; electorate: DecisionElector[]; ballots: DecisionBallot[] };
  const verdict = (w: World) => decide({ rule: { kind: w.rule }, form: w.form, electorate: w.electorate, ballots: w.ballots });

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
        const moreThanHalf = 2 * m > n;
        const twoThirds = 3 * m >= 2 * n;
        const twoThirdsOfAll = 3 * a >= 2 * n;
        const byMembersOrHouseholds = w.form === 'households' || w.form === 'members';
        const expected: Record<RuleKind, [boolean, boolean]> = {
          majority_of_present: [m >= 1, 2 * a > m],
          residents_meeting: [moreThanHalf, 2 * a > m],
          villagers_meeting: [w.form === 'households' ? twoThirds : moreThanHalf, 2 * a > m],
          group_meeting: [twoThirds, 2 * a > m],
          representatives_meeting: [twoThirds, 2 * a > m],
          resident_representatives: [twoThirds, 2 * a > m],
          collective_members: [twoThirds, twoThirdsOfAll],
          collective_representatives: [twoThirds, twoThirdsOfAll],
          land_contracting_outside: [byMembersOrHouseholds ? twoThirds : moreThanHalf, twoThirdsOfAll],
          owners_ordinary: [3 * area >= 2 * total && twoThirds, 2 * agreeArea > area && 2 * a > m],
          owners_major: [3 * area >= 2 * total && twoThirds, 4 * agreeArea >= 3 * area && 4 * a >= 3 * m],
        };
        const [quorum, pass] = expected[w.rule];
        expect([d.quorumMet, d.passed]).toEqual([quorum, quorum && pass && m > 0]);
      }),
      { numRuns: 2000 },
    );
  });
});
