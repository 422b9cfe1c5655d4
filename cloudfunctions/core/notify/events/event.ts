import type { FeedKind, Scope, TEMPLATE_OF } from '@shared';
import type { SystemContext } from '../../context';
import type { Audience, ConsultationDoc } from '../../docs';
import type { AnnouncementDraft } from '../announce';

/**
 * One event a member may hear about, defined in one place (a file of this folder each): its kind
 * and label, the subscription template its message uses, to whom it goes, and what it says. A use case raises
 * it with `notify(ctx, event, facts)`, or, when the news must commit with its own guarded write,
 * puts `announcementOf(ctx, event, facts)` in that write (notify/notify.ts).
 */
interface EventBase<K extends FeedKind, F> {
  kind: K;
  /** Its name in 我的 → 消息 (each item's kind label) and on the local host's messages page. */
  label: string;
  /** The WeChat subscription template of its message; the shared TEMPLATE_OF must agree. */
  template: (typeof TEMPLATE_OF)[K];
  /** What one occurrence says: the feed item's title and body, the message's fields and the page it opens. */
  says(facts: F, now: number): Said;
}

/** What an occurrence says, and the key that names it: a retry names it again, so nobody is told twice. */
export type Said = Omit<AnnouncementDraft, 'kind' | 'audience'>;

/**
 * News for many: one announcement, whose hearers are decided when it is read (hearers.ts), so it
 * costs one write however many they are.
 */
export interface AnnouncedEvent<K extends FeedKind = FeedKind, F = never> extends EventBase<K, F> {
  delivery: 'announcement';
  audience(facts: F): Audience;
}

/** News for members named when it happens (the member approved, an opinion's author, the committee…): written to each at once. */
export interface DirectEvent<K extends FeedKind = FeedKind, F = never> extends EventBase<K, F> {
  delivery: 'direct';
  audience(facts: F, ctx: SystemContext): string[] | Promise<string[]>;
}

export type NewsEvent<K extends FeedKind = FeedKind, F = never> = AnnouncedEvent<K, F> | DirectEvent<K, F>;

export const announced = <K extends FeedKind, F>(event: Omit<AnnouncedEvent<K, F>, 'delivery'>): AnnouncedEvent<K, F> => ({
  delivery: 'announcement',
  ...event,
});

export const direct = <K extends FeedKind, F>(event: Omit<DirectEvent<K, F>, 'delivery'>): DirectEvent<K, F> => ({ delivery: 'direct', ...event });

/** A consultation without a scope is the whole community's. */
export const scopeOf = (scope: Scope | undefined): Scope => scope ?? { kind: 'residents' };

/** What a consultation's news is about. */
export const aboutConsultation = (c: ConsultationDoc) => ({ communityId: c.communityId, consultationId: c._id });

/**
 * What news of what became of a consultation says to those who took part (the audience
 * `participants`): the consultation's title, a short status, and the body again as the note.
 */
export function toParticipants(c: ConsultationDoc, now: number, said: { key: string; title: string; body: string; status: string; time?: number }): Said {
  return {
    key: said.key,
    ...aboutConsultation(c),
    title: said.title,
    body: said.body,
    fields: { title: c.plan.title, status: said.status, time: said.time ?? now, note: said.body },
  };
}

/** What a reminder is raised with (notify/remind.ts): the consultation and the deadline it counts back from. */
export interface Due {
  c: ConsultationDoc;
  deadline: number;
}
