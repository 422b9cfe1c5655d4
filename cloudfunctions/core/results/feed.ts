import type { FeedKind } from '@shared';
import type { SystemContext } from '../context';
import type { ConsultationDoc, FollowDoc } from '../docs';
import { notify } from '../notify/notify';
import { participantsOf } from './participants';

/**
 * Tells everyone who took part (or follows it) what became of the consultation: in their 我的
 * feed, and as a WeChat message where they subscribed. `status` is the message's short status.
 */
export async function tellParticipants(
  ctx: SystemContext,
  c: ConsultationDoc,
  event: { key: string; kind: FeedKind; title: string; body: string; status: string; time?: number },
): Promise<number> {
  const [people, follows] = await Promise.all([
    participantsOf(ctx, c),
    ctx.store.find<FollowDoc>('follows', { consultationId: c._id }),
  ]);
  return notify(ctx, [...people, ...follows.map((f) => f.memberId)], {
    key: event.key,
    kind: event.kind,
    communityId: c.communityId,
    consultationId: c._id,
    title: event.title,
    body: event.body,
    fields: { title: c.plan.title, status: event.status, time: event.time ?? ctx.now, note: event.body },
  });
}
