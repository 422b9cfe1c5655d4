/** Documents of participation: answers to a notice, opinions, and a member's part in a consultation. */
import type { AttendanceKind, Channel, EntryState, Moderation, ReplyDecision, Stance } from '@shared';

/** One member's answer to a notice: coming as a participant or observer, or not able to. Id: consultation:member. */
export interface AttendanceDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  memberId: string;
  kind: AttendanceKind;
  /** A participant's place is confirmed by the committee; observers and absences need no confirming. */
  confirmed: boolean;
  confirmedBy?: string;
  at: number;
  version: number;
}

/**
 * An opinion. Its id follows from who entered it and their request id, so a retry never makes a
 * second. The reply lives on the opinion: one read shows both, and `answered` is what the
 * unanswered count and the reply queue filter on.
 */
export interface OpinionDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  authorId: string;
  /** The sender's request id: a retry finds its first attempt by it (absent on opinions stored before it was kept). */
  requestId?: string;
  /** The author's building when they spoke, normalised, for the committee's filter. */
  buildingKey: string;
  building: string;
  stance: Stance;
  text: string;
  /** Shown to everyone. */
  photos: string[];
  /** Photos of the original (signed paper, meeting record): author and committee only. */
  evidence: string[];
  channel: Channel;
  moderation: Moderation;
  answered: boolean;
  /** When it was first answered (a later answer keeps it): the street's days to answer; absent on opinions answered before it was kept. */
  answeredAt?: number;
  /** `request` names the group reply (统一答复) that gave it, absent on an answer of its own. */
  reply?: { decision: ReplyDecision; reason: string; by: string; at: number; request?: string };
  /** Present when a committee member entered it for the author. */
  entry?: { enteredBy: string; state: EntryState; note?: string; respondedAt?: number };
  /**
   * Present when a member of the author's household entered it (家人代办): who, and for which register
   * entry. An author without the app is that entry (authorId is the entry's id), named from it by
   * `name`; an author on the app is named by their membership, so nothing here outlives its deletion.
   */
  family?: { helperId: string; entryId: string; name?: string };
  createdAt: number;
  version: number;
}

/**
 * A member's part in a consultation as its detail screen shows them, in one document: their answer
 * to the notice and whether they follow it (participation/involvement.ts). A mirror of
 * `attendance` and `follows`, which stay the record. Id: consultation:member.
 */
export interface InvolvementDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  memberId: string;
  attendance?: Pick<AttendanceDoc, 'kind' | 'confirmed'>;
  /** The version of the attendance mirrored; 0 before any answer. */
  attendanceVersion: number;
  following: boolean;
}
