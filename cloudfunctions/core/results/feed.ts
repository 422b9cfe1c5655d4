import type { FeedKind } from '@shared';
import type { ConsultationDoc } from '../docs';
import type { AnnouncementDraft } from '../notify/announce';

/**
 * News for everyone who took part in a consultation (or follows it) of what became of it: in
 * their 我的 feed, and as a WeChat message where they subscribed. Who took part is decided when
 * it is read (notify/hearers.ts), so telling them costs one write however many they are.
 * `status` is the message's short status.
 */
export function participantsNews(
  c: ConsultationDoc,
  now: number,
  event: { key: string; kind: FeedKind; title: string; body: string; status: string; time?: number },
): AnnouncementDraft {
  return {
    key: event.key,
    kind: event.kind,
    communityId: c.communityId,
    consultationId: c._id,
    audience: { kind: 'participants' },
    title: event.title,
    body: event.body,
    fields: { title: c.plan.title, status: event.status, time: event.time ?? now, note: event.body },
  };
}
