import { CHECKIN_WAY_LABELS, DomainError } from '@shared';
import { appendAudit } from '../audit';
import type { UseCaseContext } from '../context';
import type { CheckinDoc, MeetingDoc, MemberDoc } from '../docs';
import { isStoreConflict } from '../store/port';
import { checkinId } from './meetings';

export type Arrival = Pick<CheckinDoc, 'electorId' | 'name' | 'label' | 'way'> & Partial<Pick<CheckinDoc, 'entryId' | 'memberId' | 'proxy'>>;

/**
 * Checks an elector in once. The check-in's id is the elector's, so a retry, a second tap or two
 * hosts at once find it there and count nobody twice; someone who left is back by a guarded
 * update of the same record. Returns whether this call checked them in (false: already present).
 */
export async function recordCheckin(
  ctx: UseCaseContext,
  meeting: MeetingDoc,
  arrival: Arrival,
  by: MemberDoc,
): Promise<{ checkin: CheckinDoc; arrived: boolean }> {
  const _id = checkinId(meeting._id, arrival.electorId);
  const doc: CheckinDoc = {
    _id,
    communityId: meeting.communityId,
    consultationId: meeting.consultationId,
    meetingId: meeting._id,
    ...arrival,
    present: true,
    by: by._id,
    at: ctx.now,
    version: 1,
  };
  try {
    await ctx.store.insert('checkins', doc);
    await audited(ctx, doc, by, null);
    return { checkin: doc, arrived: true };
  } catch (e) {
    if (!isStoreConflict(e)) throw e;
  }
  const was = (await ctx.store.get<CheckinDoc>('checkins', _id))!;
  if (was.present) return { checkin: was, arrived: false };
  const back = { ...doc, version: was.version + 1 };
  const { _id: _, ...fields } = back;
  const moved = await ctx.store.update('checkins', { _id, present: false, version: was.version }, { set: fields, unset: ['leftAt'] });
  // Another host brought them back at the same moment: they are present once.
  if (!moved) return { checkin: (await ctx.store.get<CheckinDoc>('checkins', _id))!, arrived: false };
  await audited(ctx, back, by, was);
  return { checkin: back, arrived: true };
}

function audited(ctx: UseCaseContext, doc: CheckinDoc, by: MemberDoc, was: CheckinDoc | null): Promise<void> {
  return appendAudit(ctx.store, {
    communityId: doc.communityId,
    at: ctx.now,
    actor: { memberId: by._id, role: by.role },
    action: 'checkin.in',
    entity: 'checkin',
    entityId: doc._id,
    before: was ? { status: 'left', version: was.version } : null,
    after: { status: 'present', version: doc.version },
    note: `${CHECKIN_WAY_LABELS[doc.way]}：${doc.label}${doc.proxy ? `，代理人 ${doc.proxy.name}` : ''}`,
  });
}

/** Someone the meeting's body does not include is refused, with the register's reason, before anything is written. */
export function requireInScope<T extends { electorId: string } | { problem: string }>(found: T): Extract<T, { electorId: string }> {
  if ('problem' in found) throw new DomainError('OUT_OF_SCOPE', found.problem);
  return found as Extract<T, { electorId: string }>;
}
