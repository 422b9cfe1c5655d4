import { formatChinaTime, toChinaDateTimeParts } from '@shared/time';

/** An instant's China-time calendar day, from the shared wall-clock parts (so no Intl is needed). */
function chinaDay(ms: number): { year: number; month: number; day: number } {
  const [year, month, day] = toChinaDateTimeParts(ms).date.split('-').map(Number);
  return { year, month, day };
}

/** 2026年11月21日: the date a printed notice is signed with. */
export function formatChinaDate(ms: number): string {
  const { year, month, day } = chinaDay(ms);
  return `${year}年${month}月${day}日`;
}

/** 11月30日: short enough for a share card's one line. */
export function formatMonthDay(ms: number): string {
  const { month, day } = chinaDay(ms);
  return `${month}月${day}日`;
}

/** 2026年1月5日 from a calendar day as the server writes it (2026-01-05): a meeting's date, read aloud. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

/** 协商时间 as the notice shows it and 朗读 reads it: the start, and the end when there is one. */
export function scheduleText(schedule?: { startsAt?: number; endsAt?: number }): string | undefined {
  if (schedule?.startsAt === undefined) return undefined;
  return `${formatChinaTime(schedule.startsAt)}${schedule.endsAt ? ` 至 ${formatChinaTime(schedule.endsAt)}` : ''}`;
}
