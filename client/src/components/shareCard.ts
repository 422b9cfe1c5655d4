import type { ConsultationDetailView, ResultSectionView } from '@shared/api/views';
import { formatMonthDay } from '../dates';
import { now } from '../clock';

/** What a share card is made of: the members' detail and the public record both carry it. */
interface Shareable {
  consultation: ConsultationDetailView['consultation'];
  result: ResultSectionView;
}

interface Deadline {
  at: number;
  words: (day: string) => string;
}

/**
 * The next date the reader must act by — the meeting, the vote's close, the end of the objection
 * window — in words, or undefined when none is ahead (or the matter is over).
 */
function nextDeadline({ consultation: c, result }: Shareable, now: number): string | undefined {
  if (c.phase === 'finished') return undefined;
  const dates: (Omit<Deadline, 'at'> & { at?: number })[] = [
    { at: c.plan.schedule?.startsAt, words: (day) => `${day}召开` },
    { at: c.plan.vote?.closesAt, words: (day) => `表决截止${day}` },
    { at: result.publication?.objectionWindowEndsAt, words: (day) => `公示截止${day}` },
  ];
  const ahead = dates.filter((d): d is Deadline => d.at !== undefined && d.at > now);
  if (ahead.length === 0) return undefined;
  const next = ahead.reduce((a, b) => (b.at < a.at ? b : a));
  return next.words(formatMonthDay(next.at));
}

/**
 * The card a chat shows for a shared consultation: 【公示中】议题标题 · 11月30日召开, opening `path`.
 * Before the page has loaded there is no title to give; WeChat then uses the mini program's name.
 */
export function shareCard(view: Shareable | null, path: string): { title?: string; path: string } {
  if (!view) return { path };
  const deadline = nextDeadline(view, now());
  return { title: `【${view.consultation.statusLabel}】${view.consultation.plan.title}${deadline ? ` · ${deadline}` : ''}`, path };
}
