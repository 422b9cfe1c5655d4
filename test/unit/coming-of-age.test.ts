import fc from 'fast-check';
import { adultOn, comingOfAge, dayNumber, type Birth } from '@shared';

/** A birth as registers give it: a full date, only the year and month, or only the year. */
const birth: fc.Arbitrary<Birth> = fc.oneof(
  fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2012, 11, 31)), noInvalidDate: true })
    .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() })),
  fc.record({ year: fc.integer({ min: 1990, max: 2012 }), month: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ year: fc.integer({ min: 1990, max: 2012 }) }),
);
const day = fc
  .date({ min: new Date(Date.UTC(2008, 0, 1)), max: new Date(Date.UTC(2031, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('the day someone comes of age (comingOfAge)', () => {
  it('is the first day adultOn says adult, for every kind of birth the register holds', () => {
    fc.assert(
      fc.property(birth, day, (b, d) => {
        expect(comingOfAge(b)! <= dayNumber(d)).toBe(adultOn(b, d) === 'adult');
      }),
      { numRuns: 5000 },
    );
  });

  it('is the 18th birthday, the month after, or the year after; never for an unknown birth', () => {
    expect(comingOfAge({ year: 2008, month: 11, day: 21 })).toBe(20261121);
    expect(comingOfAge({ year: 2008, month: 11 })).toBe(20261201);
    expect(comingOfAge({ year: 2008, month: 12 })).toBe(20270101);
    expect(comingOfAge({ year: 2008 })).toBe(20270101);
    expect(comingOfAge(undefined)).toBeUndefined();
    // Born on 29 February: of age on 1 March in a year without one, as adultOn says.
    expect(adultOn({ year: 2008, month: 2, day: 29 }, '2026-02-28')).toBe('minor');
    expect(comingOfAge({ year: 2008, month: 2, day: 29 })! <= dayNumber('2026-03-01')).toBe(true);
  });
});
