/** Views of the meeting function: the host's meeting screen, check-in, the room's count and the minutes. */
import type { AttendanceQuorum, RoomCounts, RoomMethod } from '../../meeting/meeting';

/** What the meeting-day screens receive: the host's screen, a resident's check-in, the hall's projector (its page: ./screen). */

/** 应到 / 实到 / the quorum line, and what one present is counted as (人 or 户). */
export type QuorumView = AttendanceQuorum & { unit: string };

export interface CheckinRowView {
  electorId: string;
  label: string;
  wayLabel: string;
  present: boolean;
  at: number;
  proxyName?: string;
}

/** The host's meeting screen; `none` before check-in was ever opened. */
export type MeetingView =
  | { consultationId: string; title: string; status: 'none'; mayOpen: boolean }
  | {
      consultationId: string;
      title: string;
      status: 'open' | 'closed' | 'counted';
      /** The body whose quorum applies (居民会议, 村民代表会议 …), or 参会人员 for a meeting without a vote. */
      body: string;
      quorum: QuorumView;
      /** The projector's code while it opens the counts. */
      screen: { code: string; until: number } | null;
      /** The latest check-ins, latest first. */
      recent: CheckinRowView[];
    };

/** A resident's own check-in. `already`: they were in before this tap. */
export interface CheckInView {
  title: string;
  label: string;
  at: number;
  already: boolean;
}

/** People of the register the host may check in, found by name or initials. */
export interface AttendeesView {
  people: { entryId: string; label: string; electorId?: string; present: boolean; problem?: string }[];
}
export type AttendeeView = AttendeesView['people'][number];

/** A meeting vote's room count, as the vote screen shows it. */
export interface RoomCountView {
  methodLabel: string;
  counts: RoomCounts;
  present: number;
  teller: string;
  scrutineer: string;
  at: number;
}
export type { RoomMethod };

/** One remark in the minutes; `opinionId` links it to the remark recorded on the speaker's behalf. */
export interface SpeechView {
  speaker: string;
  text: string;
  opinionId?: string;
}

/** What the minutes say of the meeting itself, from the record: the committee edits the rest. */
export interface MinutesFacts {
  /** When check-in opened: the meeting's day and hour. */
  heldAt: number;
  place: string;
  host: string;
  expected: number;
  present: number;
  unit: string;
  /** Those present, by name (masked for the public), the first `attendanceShown`; `present` says how many. */
  attendance: string[];
  /** The room's count with who counted and watched, once entered. */
  room?: RoomCountView;
  /** The vote's verdict, once counted. */
  verdict?: string;
}

/** The minutes as the committee edits and confirms them. */
export interface MinutesView {
  consultationId: string;
  title: string;
  facts: MinutesFacts;
  /** 0 until first saved; the form sends it back. */
  version: number;
  recorder: string;
  agenda: string;
  speeches: SpeechView[];
  decisions: string;
  /** Who confirmed, as whom, when. */
  confirmed: { role: 'recorder' | 'host'; roleLabel: string; byName: string; at: number }[];
  /** A draft not yet saved: filled from the plan, the remarks recorded in the room and the count. */
  prefilled: boolean;
  can: { save: boolean; confirmAsRecorder: boolean; confirmAsHost: boolean };
  /** Why the caller cannot confirm as either, in words. */
  confirmWhy?: string;
}

/** The confirmed minutes as published with the result. */
export interface PublishedMinutesView {
  facts: MinutesFacts;
  recorder: string;
  agenda: string;
  speeches: SpeechView[];
  decisions: string;
}
