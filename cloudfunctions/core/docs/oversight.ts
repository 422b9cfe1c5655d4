/** Documents of 街道督导: a community's counters by year and month, its figures now, and who took part in a period. */
import type { Counted } from './common';

/**
 * What one month of a community adds to the street's figures (oversight/counters.ts). Paths are
 * created by the first increment that names them, so any may be absent (read as 0).
 */
export interface MonthTally {
  /** Consultations created this month, by their state now, catalogue category and form. */
  byState?: Record<string, number>;
  byCategory?: Record<string, number>;
  byForm?: Record<string, number>;
  /** Opinions received this month; of them, those answered, by whole days to their first answer. */
  opinions?: number;
  answered?: number;
  answerDays?: Record<string, number>;
  /** 满意度测评 given this month, by score. */
  evaluations?: Record<string, number>;
}

/** One community's counters for one China-time year. Id: `<community>:<year>`. */
export interface OversightYearDoc extends Counted {
  _id: string;
  communityId: string;
  kind: 'year';
  year: number;
  /** By month `01`…`12`. */
  months?: Record<string, MonthTally>;
  /** Distinct people who took part, by quarter (`q1`…`q4`) and for the `year`. */
  participants?: Record<string, number>;
}

/** One community's figures as they stand now. Id: `<community>:now`. */
export interface OversightNowDoc extends Counted {
  _id: string;
  communityId: string;
  kind: 'now';
  /** Implementations flagged overdue (scheduler/flagOverdue.ts) and still being carried out. */
  overdueImplementations?: number;
  /** Open suggestions flagged past their answer date (scheduler/flagOverdueSuggestions.ts). */
  overdueSuggestions?: number;
  /** The register's adults on `adultsOn` (YYYY-MM-DD), refreshed daily by the scheduler. */
  registerAdults?: number;
  adultsOn?: string;
}

export type OversightDoc = OversightYearDoc | OversightNowDoc;

/**
 * A person's first part in a period (an opinion or a ballot): inserted under an id that follows
 * from community, period and person, so a retry or a race inserts it once and counts it once.
 */
export interface ParticipantMarkDoc {
  _id: string;
  communityId: string;
  /** `2026`, or `2026-q3`. */
  period: string;
  /** The register entry of the person when linked, else their member id; a ballot's elector. */
  person: string;
  at: number;
}
