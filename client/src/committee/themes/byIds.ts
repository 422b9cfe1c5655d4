import type { GroupReplyView, OpinionListView } from '@shared/api/views';
import { OPINION_LIMITS, type ReplyDecision } from '@shared/participation/participation';
import { call } from '../../api';

/** Ids the server takes in one call (one read of them); a theme of a large consultation can hold more. */
const CHUNK = OPINION_LIMITS.groupMax;
/** The server pages within the ids it is given: this many pages cover one call's ids. */
const PAGES_PER_CHUNK = Math.ceil(CHUNK / OPINION_LIMITS.pageSize);

/** One page of the opinions behind a theme, a group or a figure, however many they are: page p lies in the p ÷ 25th call's ids. */
export function listByIds(consultationId: string, ids: readonly string[], page: number): Promise<OpinionListView> {
  const chunk = Math.floor(page / PAGES_PER_CHUNK);
  const opinionIds = ids.slice(chunk * CHUNK, (chunk + 1) * CHUNK);
  return call('participation', 'opinion.list', { consultationId, ids: opinionIds, page: page % PAGES_PER_CHUNK }).then((v) => ({
    ...v,
    page,
    hasMore: v.hasMore || (chunk + 1) * CHUNK < ids.length,
  }));
}

/**
 * 统一答复 over any number of opinions, 500 a call. Each call has its own request id (the form's,
 * then …-1, …-2): the server tells a call's authors once per request id, and sending the form again
 * after a failure repeats each call as the same reply, answering nobody twice.
 */
export async function replyByIds(
  consultationId: string,
  requestId: string,
  ids: readonly string[],
  decision: ReplyDecision,
  reason: string,
): Promise<GroupReplyView> {
  const total = { replied: 0, kept: 0 };
  for (let i = 0; i * CHUNK < ids.length; i++) {
    const opinionIds = ids.slice(i * CHUNK, (i + 1) * CHUNK);
    const r = await call('participation', 'opinion.replyGroup', {
      consultationId,
      requestId: i ? `${requestId}-${i}` : requestId,
      opinionIds,
      decision,
      reason,
    });
    total.replied += r.replied;
    total.kept += r.kept;
  }
  return total;
}
