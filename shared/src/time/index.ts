/** Times are epoch milliseconds everywhere; people read them in China Standard Time (UTC+8, no DST). */
export const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 2026年11月21日 14:30 — built by hand because Intl is missing on some mini-program runtimes. */
export function formatChinaTime(ms: number): string {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The China-time wall clock of an instant as `YYYY-MM-DD` and `HH:mm`, the values date/time pickers use. */
export function toChinaDateTimeParts(ms: number): { date: string; time: string } {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

/** The instant of a China-time wall clock given as `YYYY-MM-DD` and `HH:mm`; NaN when malformed. */
export function fromChinaDateTimeParts(date: string, time: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || !t) return Number.NaN;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +t[1], +t[2]) - CHINA_OFFSET_MS;
}

/**
 * The instants the product takes from anyone: 2000-01-01 to 2100-01-01 (UTC). Wider than any
 * consultation, narrow enough that every formatter and pager reads them (a date near the largest
 * JavaScript date prints as NaN年NaN月NaN日 in every feed and outbox).
 */
export const INSTANT_RANGE = { min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) } as const;

/** The instant the China-time day of `ms` ends (the next midnight in Beijing). */
export function chinaDayEnd(ms: number): number {
  return (Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS) + 1) * DAY_MS - CHINA_OFFSET_MS;
}
