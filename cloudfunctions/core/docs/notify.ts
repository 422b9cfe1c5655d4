/** Documents of the news: feed items, announcements and what carries them, the outbox, subscription grants. */
import type { DeliveryState, FeedKind, Scope, TemplateKey } from '@shared';

/**
 * Announcements a change wrote in its own guarded update, not yet copied to `announcements`: the
 * change and the news of it commit together, so a crash in between loses neither (the caller
 * copies them at once; the scheduler copies any a crash left). Consultations and suggestions carry them.
 */
export interface Carrying {
  announcing?: AnnouncementDoc[];
  announcePending?: boolean;
  announceSeq?: number;
}

/** One piece of news for one member: what the feed item and the outbox item share, id included. */
export interface NewsFor {
  _id: string;
  communityId: string;
  memberId: string;
  /** Absent for news about one's membership. */
  consultationId?: string;
  /** News about a suggestion (its answer) opens the suggestion. */
  suggestionId?: string;
  kind: FeedKind;
}

/**
 * News for one member alone (a reply to my opinion, a ballot entered for me): an item in their
 * 我的 feed. Its id names the event and the member, and the outbox item for the same news has the
 * same id, so telling twice writes each once. News for many is an announcement, read on demand.
 */
export interface FeedDoc extends NewsFor {
  title: string;
  body: string;
  at: number;
  /** Written by versions before the read marker (FeedRead), which marked each item itself; read as such, never written. */
  read?: boolean;
}

export interface FeedRead {
  /** Absent until the first 全部已读. */
  at?: number;
  ids: string[];
}

/**
 * Who an announcement is for, decided when a member reads their feed or the push job walks the
 * members holding a grant, from facts as they then are (notify/hearers.ts). `scope` takes anyone
 * in any of its scopes; the `not…` kinds drop those who have since answered, so a reminder
 * disappears for someone who acted on it.
 */
export type Audience =
  | { kind: 'scope'; scopes: Scope[] }
  | { kind: 'electorate'; voteId: string }
  | { kind: 'notVoted'; voteId: string }
  | { kind: 'notResponded'; scope: Scope }
  | { kind: 'notObjected'; scope: Scope }
  | { kind: 'participants' }
  /** A suggestion's author and those who co-sign it (附议) when the news is read. */
  | { kind: 'backers'; suggestionId: string; authorId: string };

/**
 * The push job of an announcement: the community's members holding a grant for its template,
 * walked in grant-id order a chunk at a time. `cursor` is the last grant id done; a chunk holds a
 * lease while it runs, so a killed chunk is taken again once the lease lapses and, its outbox ids
 * being derived, repeats no message.
 */
export interface PushJob {
  state: 'pending' | 'done';
  cursor: string;
  leaseUntil: number;
  queued: number;
  chunks: number;
  doneAt?: number;
}

/** News for many, written once (fan-out on read): each member's feed finds the ones for them. */
export interface AnnouncementDoc {
  /** Names the event, e.g. `<consultation>:notice:<version>`; an outbox item is `<id>:<member>`. */
  _id: string;
  communityId: string;
  consultationId?: string;
  suggestionId?: string;
  kind: FeedKind;
  audience: Audience;
  title: string;
  body: string;
  fields: MessageFields;
  page: string;
  at: number;
  push: PushJob;
}

/** Message fields as this product means them; a template's config maps them onto WeChat's keys. */
export interface MessageFields {
  title: string;
  /** A short status, WeChat's `phrase` (5 characters). */
  status: string;
  /** The moment the news is about (a meeting's start, a deadline), else when it happened. */
  time: number;
  note: string;
}

/**
 * The outbox: one WeChat subscription message to deliver, only for a member holding a grant for
 * its template — written by an announcement's push job, or by the use case that told one member.
 * The sender claims `pending` items with a guarded update, so two runs never both send one.
 */
export interface NotificationDoc extends NewsFor {
  template: TemplateKey;
  /** The mini-program page the message opens. */
  page: string;
  fields: MessageFields;
  state: DeliveryState;
  attempts: number;
  /** When it may next be tried (backoff after a transient error). */
  nextAt: number;
  createdAt: number;
  claimedAt?: number;
  /** The sender run that claimed it: one batched claim, then one read of what it won. */
  claim?: string;
  sentAt?: number;
  error?: { code: number; message: string };
}

/** One-time subscriptions a member accepted and not yet used, per template. Id: member:template. */
export interface GrantDoc {
  _id: string;
  /** The push job walks a community's grant holders; grants from before it was recorded lack it. */
  communityId?: string;
  memberId: string;
  template: TemplateKey;
  remaining: number;
  updatedAt: number;
}
