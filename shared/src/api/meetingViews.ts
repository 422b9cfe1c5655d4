import type { AttendanceQuorum, RoomCounts, RoomMethod } from '../meeting/meeting';

/** What the meeting-day screens receive: the host's screen, a resident's check-in, the hall's projector. */

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

/** The projector's page: counts only, no names. */
export interface ScreenView {
  title: string;
  community: string;
  status: 'open' | 'closed' | 'counted';
  quorum: QuorumView;
  at: number;
}

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
