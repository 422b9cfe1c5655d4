import { daysToAnswer, medianOfHistogram, monthKeyOf, monthsOf, periodSchema, periodsOf, sumFigures, zeroFigures, type OversightFigures } from '@shared';

/** The street's periods and figures: China-time months, quarters, and a median taken from counts alone. */

describe('periods', () => {
  it('take an instant’s month in China time, whatever the server’s zone', () => {
    // 2026-12-31 16:30 UTC is already 1 January 2027 in Beijing.
    expect(monthKeyOf(Date.UTC(2026, 11, 31, 16, 30))).toBe('2027-01');
    expect(monthKeyOf(Date.UTC(2026, 11, 31, 15, 59))).toBe('2026-12');
    expect(periodsOf(Date.UTC(2026, 8, 30, 16, 0))).toEqual([{ year: 2026, quarter: 4 }, { year: 2026 }]);
    expect(periodsOf(Date.UTC(2026, 8, 30, 15, 0))).toEqual([{ year: 2026, quarter: 3 }, { year: 2026 }]);
  });

  it('list a quarter’s three months and a year’s twelve', () => {
    expect(monthsOf({ year: 2026, quarter: 2 })).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(monthsOf({ year: 2026 })).toHaveLength(12);
    expect(monthsOf({ year: 2026 })[11]).toBe('2026-12');
  });

  it('accept a year with or without a quarter 1–4, and nothing else', () => {
    expect(periodSchema.safeParse({ year: 2026 }).success).toBe(true);
    expect(periodSchema.safeParse({ year: 2026, quarter: 4 }).success).toBe(true);
    for (const bad of [{ year: 2026, quarter: 5 }, { year: 2026, quarter: 0 }, { year: 1999 }, { year: 2026.5 }, { year: 2026, month: 3 }, {}]) {
      expect(periodSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('days to answer and their median', () => {
  it('count whole days waited', () => {
    expect(daysToAnswer(0, 86_400_000 - 1)).toBe(0);
    expect(daysToAnswer(0, 3 * 86_400_000)).toBe(3);
  });

  it('take the middle value, or the mean of the middle two, and none of nothing', () => {
    expect(medianOfHistogram({})).toBeNull();
    expect(medianOfHistogram({ '4': 0 })).toBeNull();
    expect(medianOfHistogram({ '7': 1 })).toBe(7);
    // 1, 2, 2, 9: the middle two are 2 and 2.
    expect(medianOfHistogram({ '9': 1, '1': 1, '2': 2 })).toBe(2);
    // 1, 3: the mean of the two.
    expect(medianOfHistogram({ '1': 1, '3': 1 })).toBe(2);
    // 0, 0, 0, 10, 10: buckets sorted as numbers, not as text.
    expect(medianOfHistogram({ '10': 2, '0': 3 })).toBe(0);
    expect(medianOfHistogram({ '10': 3, '9': 2 })).toBe(10);
  });
});

describe('the street’s sum', () => {
  const row = (days: Record<string, number>, extra: Partial<OversightFigures> = {}): OversightFigures => ({
    ...zeroFigures(),
    answerDays: days,
    medianAnswerDays: medianOfHistogram(days),
    ...extra,
  });

  it('adds every count and takes the median of the summed histogram, not of the medians', () => {
    const a = row({ '1': 3 }, { opinions: 5, answered: 3, participants: 4, registerAdults: 100, byCategory: { 'services-01': 2 } });
    const b = row({ '10': 2 }, { opinions: 2, answered: 2, participants: 1, registerAdults: 50, byCategory: { 'services-01': 1, 'public-affairs-01': 1 } });
    const street = sumFigures([a, b]);
    expect(street).toMatchObject({ opinions: 7, answered: 5, participants: 5, registerAdults: 150, answerDays: { '1': 3, '10': 2 } });
    expect(street.byCategory).toEqual({ 'services-01': 3, 'public-affairs-01': 1 });
    // Days 1, 1, 1, 10, 10: the median is 1, where the mean of the medians (1 and 10) would be 5.5.
    expect(street.medianAnswerDays).toBe(1);
  });

  it('of no community is all zeros with no median', () => {
    expect(sumFigures([])).toEqual(zeroFigures());
  });
});
