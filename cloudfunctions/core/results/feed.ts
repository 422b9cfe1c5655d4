import type { FeedKind } from '@shared';
import { inBatches, insertOnce } from '../batches';
import type { SystemContext } from '../context';
import type { ConsultationDoc, FeedDoc } from '../docs';
import { participantsOf } from './participants';

/**
 * Tells everyone who took part what became of the consultation, in their 我的 feed (push
 * messages come with «Notices out»). Each item's id names the event and the member, so telling
 * twice (a retry, two scheduler runs) writes each item once.
 */
export async function tellParticipants(
  ctx: SystemContext,
  c: ConsultationDoc,
  event: { key: string; kind: FeedKind; title: string; body: string },
): Promise<number> {
  const people = [...(await participantsOf(ctx, c))];
  await inBatches(people, (memberId) => {
    const item: FeedDoc = {
      _id: `${event.key}:${memberId}`,
      communityId: c.communityId,
      memberId,
      consultationId: c._id,
      kind: event.kind,
      title: event.title,
      body: event.body,
      at: ctx.now,
      read: false,
    };
    return insertOnce(ctx.store, 'feed', item);
  });
  return people.length;
}
