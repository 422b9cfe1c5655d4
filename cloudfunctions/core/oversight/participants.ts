import { participantsKey, periodsOf, type Period } from '@shared';
import type { MemberDoc, ParticipantMarkDoc } from '../docs';
import { stableId } from '../member/ids';
import { isStoreConflict, type Store } from '../store/port';
import { yearDocId, type OversightMoves } from './counters';

/**
 * Distinct participants: a person's first opinion or ballot in a quarter or a year inserts a mark
 * under an id that follows from community, period and person, and only the request that inserted
 * it counts it — a retry or a second request at the same moment finds the mark and counts nothing.
 */

/** Who took part, as the dashboard counts people: their register entry when linked, else their member id. */
export const personOf = (author: Pick<MemberDoc, '_id'> & Partial<Pick<MemberDoc, 'register'>>): string => author.register?.entryId ?? author._id;

/** `2026`, or `2026-q3`. */
const periodName = (p: Period): string => (p.quarter ? `${p.year}-q${p.quarter}` : String(p.year));

export function participantMark(communityId: string, period: Period, person: string, at: number): ParticipantMarkDoc {
  const name = periodName(period);
  return { _id: stableId('pm', communityId, name, person), communityId, period: name, person, at };
}

/**
 * Counts `person` as having taken part at `at`, once per quarter and year. The quarter's mark comes
 * first: when it is there already so is the year's (both are written by the request that wrote
 * the quarter's, and one that died in between is recounted), so a person's later opinions in the
 * quarter cost one insert each.
 */
export async function tookPart(store: Store, moves: OversightMoves, person: string, at: number): Promise<void> {
  for (const period of periodsOf(at)) {
    try {
      await store.insert('participantMarks', participantMark(moves.communityId, period, person, at));
    } catch (e) {
      if (isStoreConflict(e)) return;
      throw e;
    }
    moves.add(yearDocId(moves.communityId, period.year), `participants.${participantsKey(period)}`, 1);
  }
}
