import type { FeedKind } from '@shared';
import { insertOnce } from '../batches';
import type { SystemContext } from '../context';
import type { AnnouncementDoc, Audience, Carrying, MessageFields } from '../docs';
import type { Update } from '../store/port';

/** News for many: what the caller says; the rest (time, page, push job) follows. */
export interface AnnouncementDraft {
  /** Names the event; a retry or a racing run that names it again writes nothing new. */
  key: string;
  kind: FeedKind;
  communityId: string;
  consultationId?: string;
  suggestionId?: string;
  audience: Audience;
  title: string;
  body: string;
  fields: MessageFields;
  /** Where the message opens; the consultation's page by default. */
  page?: string;
}

export function consultationPage(consultationId: string): string {
  return `consultation/detail/index?id=${consultationId}`;
}

/** @internal The tests build stored announcements with it. */
export function announcement(now: number, draft: AnnouncementDraft): AnnouncementDoc {
  const { key, page, ...rest } = draft;
  return {
    _id: key,
    ...rest,
    page: page ?? (draft.consultationId ? consultationPage(draft.consultationId) : 'pages/me/index'),
    at: now,
    push: { state: 'pending', cursor: '', leaseUntil: 0, queued: 0, chunks: 0 },
  };
}

/**
 * Writes an announcement that no guarded change carries (a reminder, whose `reminded` flag is set
 * after it: a run killed in between writes the same id again). One write, whatever the audience.
 */
export function announce(ctx: SystemContext, draft: AnnouncementDraft): Promise<void> {
  return insertOnce(ctx.store, 'announcements', announcement(ctx.now, draft));
}

/**
 * What a consultation's guarded update adds to carry its announcements: they commit with the
 * change or not at all. `announceSeq` moves with every one, so clearing them after the copy
 * never drops one a later write added meanwhile.
 */
export function carrying(now: number, drafts: AnnouncementDraft[]): Required<Pick<Update, 'set' | 'inc' | 'push'>> {
  return {
    set: { announcePending: true },
    inc: { announceSeq: 1 },
    push: { announcing: drafts.map((d) => announcement(now, d)) },
  };
}

/** The collections whose guarded updates carry announcements. */
export const CARRIERS = ['consultations', 'suggestions'] as const;
export type Carrier = (typeof CARRIERS)[number];

/** Copies a record's carried announcements to `announcements`; by the caller at once, or by the scheduler after a crash. */
export async function copyCarried(ctx: SystemContext, doc: Carrying & { _id: string }, from: Carrier = 'consultations'): Promise<void> {
  if (!doc.announcePending) return;
  for (const a of doc.announcing ?? []) await insertOnce(ctx.store, 'announcements', a);
  await ctx.store.update(from, { _id: doc._id, announceSeq: doc.announceSeq ?? 0 }, { set: { announcing: [], announcePending: false } });
}

/**
 * The copy right after the change, by the use case that made it. The change has committed and the
 * news goes with it: if the copy fails, the scheduler's next run copies it, so the caller is told
 * their change succeeded rather than shown an error for something that will still happen.
 */
export function copyCarriedNow(ctx: SystemContext, doc: Carrying & { _id: string }, from: Carrier = 'consultations'): Promise<void> {
  return copyCarried(ctx, doc, from).catch(() => undefined);
}
