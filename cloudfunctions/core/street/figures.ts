import {
  CATALOGUE,
  FORM_LABELS,
  STATE_LABELS,
  STATES,
  periodLabel,
  periodsOf,
  type Form,
  type OversightFigures,
  type OversightFiguresView,
  type Period,
  type PeriodView,
} from '@shared';

/** part/whole in whole per mille, rounded down (so 2 of 3 is 666‰, never shown above what it is); null with no whole. */
const permille = (part: number, whole: number): number | null => (whole > 0 ? Math.floor((part * 1000) / whole) : null);
const percentText = (pm: number | null): string => (pm === null ? '—' : `${Math.floor(pm / 10)}.${pm % 10}%`);

/** The catalogue category a matter's item belongs to, by the item's id (a street's own items are 本地事项). */
const CATEGORY_OF = new Map(CATALOGUE.flatMap((c) => c.items.map((i) => [i.id, c.name] as const)));
const categoryOf = (itemId: string) => CATEGORY_OF.get(itemId) ?? '本地事项';

function grouped(counts: Record<string, number>, label: (key: string) => string) {
  const sums = new Map<string, number>();
  for (const [key, n] of Object.entries(counts)) if (n > 0) sums.set(label(key), (sums.get(label(key)) ?? 0) + n);
  return [...sums].map(([l, count]) => ({ label: l, count })).sort((a, b) => b.count - a.count);
}

/**
 * The figures as the dashboard and the report to 民政 both show them: the same shares, worded the
 * same way, from the same counters.
 */
export function toFiguresView(f: OversightFigures): OversightFiguresView {
  const scores = Object.entries(f.evaluations);
  const evaluations = scores.reduce((n, [, c]) => n + c, 0);
  const scoreSum = scores.reduce((n, [s, c]) => n + Number(s) * c, 0);
  const satisfactionTenths = evaluations > 0 ? Math.round((scoreSum * 10) / evaluations) : null;
  const participationPermille = permille(f.participants, f.registerAdults);
  const answeredPermille = permille(f.answered, f.opinions);
  return {
    consultations: STATES.reduce((n, s) => n + (f.byState[s] ?? 0), 0),
    byState: STATES.filter((s) => (f.byState[s] ?? 0) > 0).map((s) => ({ label: STATE_LABELS[s], count: f.byState[s] })),
    byCategory: grouped(f.byCategory, categoryOf),
    byForm: grouped(f.byForm, (form) => FORM_LABELS[form as Form] ?? form),
    participants: f.participants,
    registerAdults: f.registerAdults,
    participationPermille,
    participationText: percentText(participationPermille),
    opinions: f.opinions,
    answered: f.answered,
    answeredPermille,
    answeredText: percentText(answeredPermille),
    medianAnswerDays: f.medianAnswerDays,
    overdueImplementations: f.overdueImplementations,
    overdueSuggestions: f.overdueSuggestions,
    evaluations,
    satisfactionTenths,
    satisfactionText: satisfactionTenths === null ? '—' : `${Math.floor(satisfactionTenths / 10)}.${satisfactionTenths % 10} 分`,
  };
}

export const toPeriodView = (p: Period): PeriodView => ({ ...p, label: periodLabel(p) });

/** The periods on offer at `now`: this quarter and the three before it, this year and last. */
export function periodsOffered(now: number): PeriodView[] {
  const [quarter, year] = periodsOf(now);
  const quarters: Period[] = [quarter];
  for (let i = 1; i < 4; i++) {
    const last = quarters[i - 1];
    quarters.push(last.quarter === 1 ? { year: last.year - 1, quarter: 4 } : { year: last.year, quarter: last.quarter! - 1 });
  }
  return [...quarters, year, { year: year.year - 1 }].map(toPeriodView);
}
