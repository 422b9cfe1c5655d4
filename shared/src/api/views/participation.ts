/** Views of the participation function: attendance and opinions, with their replies. */
import type { AttendanceKind, Channel, EntryState, Moderation, ReplyDecision, Stance } from '../../participation/participation';
import type { PhotoView } from './common';

interface ReplyView {
  decision: ReplyDecision;
  decisionLabel: string;
  reason: string;
  byName: string;
  at: number;
}

/**
 * One opinion as this viewer may see it: the public sees masked names and no evidence; the
 * author and the committee see everything about it.
 */
export interface OpinionView {
  id: string;
  consultationId: string;
  authorName: string;
  stance: Stance;
  stanceLabel: string;
  channel: Channel;
  channelLabel: string;
  text: string;
  /** Shown to everyone. */
  photos: PhotoView[];
  /**
   * Photos of the original — a signed written opinion, the paper handed in, the meeting record —
   * for the author and the committee only: a signature is not for the whole community to see.
   */
  evidence?: PhotoView[];
  createdAt: number;
  reply?: ReplyView;
  /** For the author and the committee only. */
  moderation?: Moderation;
  moderationLabel?: string;
  /** Entered by a committee member on the author's behalf (书面 handed in, 现场 remark). */
  entry?: {
    enteredByName: string;
    state: EntryState;
    stateLabel: string;
    note?: string;
  };
  /** Entered by a member of the author's household (家人代办): the mark, and who (masked where others read it). */
  family?: { label: string; helperName: string };
  /** Committee only: for filters and follow-up. */
  authorId?: string;
  building?: string;
  /** What the caller may do with it now. */
  can: { reply: boolean; moderate: boolean; respondToEntry: boolean };
}

export interface OpinionCounts {
  total: number;
  unanswered: number;
  byStance: Record<Stance, number>;
  /** Committee only: held by the content check, waiting for a decision. */
  underReview?: number;
}

export interface OpinionListView {
  consultation: { id: string; title: string; statusLabel: string };
  viewer: 'public' | 'committee';
  counts: OpinionCounts;
  opinions: OpinionView[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

export interface MyOpinionsView {
  opinions: (OpinionView & { consultationTitle: string })[];
  /** Entries made on my behalf that wait for me to confirm or dispute. */
  awaitingMyConfirmation: number;
  page: number;
  hasMore: boolean;
}

export interface ReplyQueueView {
  opinions: (OpinionView & { consultationTitle: string })[];
  total: number;
  page: number;
  hasMore: boolean;
}

export interface AttendanceRowView {
  memberId: string;
  name: string;
  address: string;
  kind: AttendanceKind;
  kindLabel: string;
  confirmed: boolean;
  /** 委员会已确认 / 待委员会确认 / 报名未经确认, for a participant. */
  placeLabel?: string;
  /** The committee may confirm this applicant now. */
  confirmable: boolean;
  at: number;
}

export interface AttendanceListView {
  consultation: { id: string; title: string; statusLabel: string };
  rows: AttendanceRowView[];
  counts: Record<AttendanceKind, number>;
}

/** The participation part of the detail screen: who comes, what was said, and where I stand. */
export interface ParticipationView {
  /** The viewer is on the committee: confirms attendance, records on behalf, replies. */
  committee: boolean;
  /** Applying to attend is open while the notice is up; opinions while announced or consulting. */
  window: { attendanceOpen: boolean; opinionsOpen: boolean; closesAt?: number };
  attendance: {
    counts: Record<AttendanceKind, number>;
    /** Masked names of confirmed participants and registered observers. */
    coming: { name: string; kindLabel: string; confirmed: boolean }[];
  };
  opinions: OpinionCounts;
  mine: {
    /** An approved member may take part; someone still waiting may only read. */
    active: boolean;
    /** Whether I am among the 协商主体 of this consultation's scope. */
    inScope: boolean;
    /** My name as others will read it under what I write (masked), for the preview before sending. */
    publicName: string;
    attendance?: { kind: AttendanceKind; kindLabel: string; confirmed: boolean; placeLabel?: string };
    opinions: OpinionView[];
  };
}

/** A count the committee can check: the opinions behind it, and whether it counts them or their authors. */
export interface FigureView {
  n: number;
  counts: 'opinions' | 'people';
  opinionIds: string[];
}

/** What a theme's or a group's opinions say, and how far they are answered. */
export interface OpinionSetView {
  /** Stable while the opinions stay the same: the first opinion's id. */
  key: string;
  opinionIds: string[];
  count: number;
  people: number;
  /** Those still waiting for an answer: what a reply to the whole set answers. */
  unanswered: number;
  stances: Record<Stance, number>;
}

export interface OpinionThemeView extends OpinionSetView {
  /** The community matter it is about (费用, 车位, 消防…), when its words say so clearly. */
  matter?: string;
  keywords: string[];
  /** Its name: the matter and the keywords (费用：月租、收费、价格). */
  label: string;
  /** Two or three opinions that say it best, quoted in full. */
  quotes: { id: string; authorName: string; stanceLabel: string; text: string }[];
  /** Near-duplicate groups inside it. */
  groupKeys: string[];
}

/** Opinions that say the same thing, shown once with their count. */
export interface DuplicateGroupView extends OpinionSetView {
  text: string;
  /** The theme it falls in, if any. */
  themeKey?: string;
}

/** The stance split over one place: a building, a unit of a building, or a floor. */
export interface PlaceRowView {
  label: string;
  total: number;
  stances: Record<Stance, number>;
}

/** One paragraph of the drafted summary: text, with each figure linked to the opinions behind it. */
export type SummaryPart = { text: string } | { figure: FigureView };

export interface OpinionThemesView {
  consultation: { id: string; title: string; statusLabel: string };
  /** Opinions read: those shown to the public (held or hidden ones are not summed up). */
  total: FigureView;
  people: FigureView;
  themes: OpinionThemeView[];
  /** Opinions in no theme. */
  rest: OpinionSetView;
  /** Opinions held for the committee's review: not summed up until approved, yet each needs its answer. */
  underReview: number;
  groups: DuplicateGroupView[];
  /** By building, unit and floor, from the authors' addresses; empty rows are left out. */
  places: { buildings: PlaceRowView[]; units: PlaceRowView[]; floors: PlaceRowView[] };
  /** The drafted start of the 协商意见, paragraph by paragraph. */
  summary: SummaryPart[][];
  /** The committee may answer these opinions now. */
  canReply: boolean;
}

export interface GroupReplyView {
  /** Opinions this reply answered. */
  replied: number;
  /** Opinions of the set that already had their own answer, which stays. */
  kept: number;
}

/** One person of the caller's household they may act for (家人代办). */
export interface FamilyMemberView {
  entryId: string;
  name: string;
  /** Whether they use the app themselves: then they are told, and may confirm or dispute. */
  onApp: boolean;
}

/** 为家人代办: the caller's household members they may act for; none, and 我的 offers no entry. */
export interface FamilyView {
  members: FamilyMemberView[];
}
