import type { AttendanceDoc, FollowDoc, InvolvementDoc } from '../docs';
import { insertOnce } from '../batches';
import { isStoreConflict, type Store, type Update } from '../store/port';

/**
 * A member's part in a consultation as its detail screen shows them — their answer to the notice
 * and whether they follow it — mirrored into one document, so the screen reads both in one
 * request. `attendance` and `follows` stay the record: the committee's lists, the notices and
 * 一事一档 read those. Each use case that changes one writes the mirror right after it.
 */

export const involvementId = (consultationId: string, memberId: string) => `${consultationId}:${memberId}`;

type Fields = Pick<InvolvementDoc, 'communityId' | 'consultationId' | 'memberId'>;

/**
 * Writes `set` onto the member's mirror where `newer` holds of it, creating the mirror when there
 * is none. Where `newer` does not hold, the mirror already has this change or a later one.
 */
async function mirror(store: Store, fields: Fields, newer: Record<string, unknown>, set: Partial<InvolvementDoc>): Promise<void> {
  const _id = involvementId(fields.consultationId, fields.memberId);
  const update: Update = { set };
  if (await store.update('involvements', { _id, ...newer }, update)) return;
  const doc: InvolvementDoc = { _id, ...fields, attendanceVersion: 0, following: false, ...set };
  try {
    await store.insert('involvements', doc);
  } catch (e) {
    if (!isStoreConflict(e)) throw e;
    // Created meanwhile by the member's other change (an answer, a follow): write onto it.
    await store.update('involvements', { _id, ...newer }, update);
  }
}

/**
 * Mirrors an answer to the notice. The answer carries its attendance version, so a slower request
 * never puts back an older answer over a newer one; writing the same answer again changes nothing.
 */
export function mirrorAttendance(store: Store, a: AttendanceDoc): Promise<void> {
  return mirror(
    store,
    a,
    { attendanceVersion: { $lt: a.version } },
    {
      attendance: { kind: a.kind, confirmed: a.confirmed },
      attendanceVersion: a.version,
    },
  );
}

/** Mirrors following or not following; the later of two taps wins here as it does in `follows`. */
export function mirrorFollowing(store: Store, fields: Fields, following: boolean): Promise<void> {
  return mirror(store, fields, {}, { following });
}

/**
 * The repair step: rewrites a consultation's mirrors from the records, for mirrors a request left
 * behind when it stopped between the record and the mirror. Writes only the mirrors that differ,
 * and says how each differed.
 */
export async function repairInvolvements(store: Store, consultationId: string): Promise<string[]> {
  const [answers, follows, mirrors] = await Promise.all([
    store.find<AttendanceDoc>('attendance', { consultationId }),
    store.find<FollowDoc>('follows', { consultationId }),
    store.find<InvolvementDoc>('involvements', { consultationId }),
  ]);
  const followed = new Set(follows.map((f) => f.memberId));
  const answered = new Map(answers.map((a) => [a.memberId, a]));
  const kept = new Map(mirrors.map((m) => [m.memberId, m]));
  const people = new Map<string, Fields>(
    [...mirrors, ...answers, ...follows].map((d) => [d.memberId, { communityId: d.communityId, consultationId, memberId: d.memberId }]),
  );
  const drift: string[] = [];
  for (const [memberId, fields] of people) {
    const a = answered.get(memberId);
    const set: Partial<InvolvementDoc> = {
      following: followed.has(memberId),
      attendanceVersion: a?.version ?? 0,
      ...(a ? { attendance: { kind: a.kind, confirmed: a.confirmed } } : {}),
    };
    const was = kept.get(memberId);
    const shown = (m: Partial<InvolvementDoc> | undefined) =>
      m ? JSON.stringify({ following: m.following, attendanceVersion: m.attendanceVersion, attendance: m.attendance }) : '无';
    if (shown(was) === shown(set)) continue;
    drift.push(`involvements.${memberId}: ${shown(was)} → ${shown(set)}`);
    const _id = involvementId(consultationId, memberId);
    if (await store.update('involvements', { _id }, { set, ...(a ? {} : { unset: ['attendance'] }) })) continue;
    await insertOnce(store, 'involvements', { _id, ...fields, attendanceVersion: 0, following: false, ...set });
  }
  return drift;
}
