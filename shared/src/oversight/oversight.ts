import { z } from 'zod';
import { FORMS, type Form } from '../consultation/planFields';
import { STATES, type State } from '../consultation/lifecycle';
import { SCORES } from '../result/result';
import { DAY_MS, toChinaDateTimeParts } from '../time';

/**
 * 街道督导: what a street officer reads of each community over a quarter or a year. The figures are
 * kept as counters per community and month (cloudfunctions/core/oversight/), so a period's are
 * the sum of its months; this file is the pure part both sides share.
 */

/** A quarter (1–4) of a year, or the whole year when `quarter` is absent: the dashboard's and the report's period. */
export const periodSchema = z
  .object({
    year: z.number().int().min(2000, '年份有误').max(2099, '年份有误'),
    quarter: z.number().int().min(1, '季度有误').max(4, '季度有误').optional(),
  })
  .strict();
export type Period = z.infer<typeof periodSchema>;

/** The China-time calendar month of an instant, `YYYY-MM`. */
export const monthKeyOf = (ms: number): string => toChinaDateTimeParts(ms).date.slice(0, 7);

/** The China-time year of an instant. */
export const yearOf = (ms: number): number => Number(monthKeyOf(ms).slice(0, 4));

/** The months of a period, `YYYY-MM`, in order. */
export function monthsOf(period: Period): string[] {
  const first = period.quarter ? (period.quarter - 1) * 3 + 1 : 1;
  const count = period.quarter ? 3 : 12;
  return Array.from({ length: count }, (_, i) => `${period.year}-${String(first + i).padStart(2, '0')}`);
}

/** The quarter and the year an instant falls in (China time): a person takes part in both. */
export function periodsOf(ms: number): [Period, Period] {
  const [year, month] = monthKeyOf(ms).split('-').map(Number);
  return [{ year, quarter: Math.ceil(month / 3) }, { year }];
}

/** The key a period's distinct participants are counted under: `q1`…`q4`, or `year`. */
export const participantsKey = (period: Period): string => (period.quarter ? `q${period.quarter}` : 'year');

/** Whole days (24 h) from an opinion's receipt to its first answer: the median's histogram bucket. */
export const daysToAnswer = (receivedAt: number, answeredAt: number): number => Math.max(0, Math.floor((answeredAt - receivedAt) / DAY_MS));

/** One community's figures over a period (or the street's, summed). */
export interface OversightFigures {
  /** Consultations created in the period, by their state now. */
  byState: Record<State, number>;
  /** The same consultations by catalogue category id. */
  byCategory: Record<string, number>;
  /** By form; a consultation held in two forms counts in both. */
  byForm: Record<Form, number>;
  /** Distinct people who gave an opinion or whose ballot was cast in the period. */
  participants: number;
  /** The register's adults now, what participation is measured against. */
  registerAdults: number;
  /** Opinions received in the period, and of those the ones answered. */
  opinions: number;
  answered: number;
  /** Opinions answered, by whole days from receipt to first answer: the median comes from it. */
  answerDays: Record<string, number>;
  medianAnswerDays: number | null;
  /** Implementations past their deadline now, and suggestions past their answer date now. */
  overdueImplementations: number;
  overdueSuggestions: number;
  /** 满意度测评 in the period, by score '1'–'5'. */
  evaluations: Record<string, number>;
}

/** The figures of nothing: every key present, every number 0. */
export function zeroFigures(): OversightFigures {
  return {
    byState: Object.fromEntries(STATES.map((s) => [s, 0])) as Record<State, number>,
    byCategory: {},
    byForm: Object.fromEntries(FORMS.map((f) => [f, 0])) as Record<Form, number>,
    participants: 0,
    registerAdults: 0,
    opinions: 0,
    answered: 0,
    answerDays: {},
    medianAnswerDays: null,
    overdueImplementations: 0,
    overdueSuggestions: 0,
    evaluations: Object.fromEntries(SCORES.map((s) => [String(s), 0])),
  };
}

/**
 * The median of whole days in a histogram (days → how many): the middle value, or the mean of the
 * two middle values when the count is even; null when empty.
 */
export function medianOfHistogram(histogram: Record<string, number>): number | null {
  const buckets = Object.entries(histogram)
    .map(([days, n]) => [Number(days), n] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  // The values at 0-based ranks lo and hi (equal when the count is odd).
  const at = (rank: number) => {
    let seen = 0;
    for (const [days, n] of buckets) {
      seen += n;
      if (rank < seen) return days;
    }
    return buckets[buckets.length - 1][0];
  };
  return (at(Math.floor((total - 1) / 2)) + at(Math.floor(total / 2))) / 2;
}

function addInto(into: Record<string, number>, from: Record<string, number>) {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
}

/**
 * The street's figures: every count summed, the median taken again from the summed histogram
 * (a median of medians would not be the street's median).
 */
export function sumFigures(rows: OversightFigures[]): OversightFigures {
  const total = zeroFigures();
  for (const r of rows) {
    addInto(total.byState, r.byState);
    addInto(total.byCategory, r.byCategory);
    addInto(total.byForm, r.byForm);
    addInto(total.answerDays, r.answerDays);
    addInto(total.evaluations, r.evaluations);
    total.participants += r.participants;
    total.registerAdults += r.registerAdults;
    total.opinions += r.opinions;
    total.answered += r.answered;
    total.overdueImplementations += r.overdueImplementations;
    total.overdueSuggestions += r.overdueSuggestions;
  }
  total.medianAnswerDays = medianOfHistogram(total.answerDays);
  return total;
}

/** 2026年第四季度, or 2026年. */
export const periodLabel = (p: Period): string => `${p.year}年${p.quarter ? `第${'一二三四'[p.quarter - 1]}季度` : ''}`;
