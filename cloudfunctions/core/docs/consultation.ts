/** Documents of a consultation: the consultation with its timeline, prior discussion and counts, and who follows it. */
import type {
  Attachment,
  AttendanceKind,
  CatalogueRef,
  CommunityKind,
  FeedbackDecision,
  PlanRecord,
  PriorStep,
  ReminderKind,
  Role,
  Stance,
  State,
  TimelineAction,
} from '@shared';
import type { Counted, StaffActor } from './common';
import type { Carrying } from './notify';

/** One recorded step of the prior discussion (前置研究 / 四议两公开). */
export interface PriorStepRecord {
  step: PriorStep;
  /** The day the meeting was held, YYYY-MM-DD. */
  heldOn: string;
  /** Which meeting: 党委会, 两委联席会, 党员大会 … */
  meeting: string;
  conclusion: string;
  /** Photos of the minutes (会议记录). */
  evidence: string[];
  by: string;
  at: number;
}

/**
 * The catalogue matter as chosen: its name and category's name, and the catalogue (version) it was
 * chosen from, copied so a screen or dossier names it without the street's catalogue, which moves on.
 */
export interface MatterRecord {
  itemName: string;
  categoryName: string;
  catalogue: CatalogueRef;
}

export interface TimelineEntry {
  at: number;
  /** The transition that happened, or the draft's creation. */
  action: TimelineAction;
  status: State;
  by: { memberId: string; role: Role } | { system: true } | StaffActor;
  note?: string;
}

export interface ConsultationDoc extends Carrying, Counted {
  _id: string;
  communityId: string;
  /**
   * The community's name and kind, copied when the topic is drafted (neither ever changes), so a
   * screen of this consultation names its community without reading it. Absent on older records.
   */
  community?: { name: string; kind: CommunityKind };
  status: State;
  /** Bumped on every write; an edit or publication names the version it saw. */
  version: number;
  plan: PlanRecord;
  /** A cross-community matter's part (跨社区协商): the street leads it; its other communities are named. */
  joint?: { id: string; streetName: string; communityNames: string[] };
  /** The plan's catalogue matter as chosen (`plan.categoryId`); absent on older records, named from the static catalogue. */
  matter?: MatterRecord;
  /** The suggestion this topic was made from (立项), if any. */
  fromSuggestion?: string;
  /** That suggestion's title, copied when the draft was made (a suggestion's title never changes). */
  fromSuggestionTitle?: string;
  /**
   * The commissioned matter it was made from (委托协商): its id, who commissioned it in words, and
   * the street's feedback on the report once given, copied here so its screens read nothing more.
   */
  fromCommission?: { id: string; commissioner: string; feedback?: { decision: FeedbackDecision; reasons?: string; at: number } };
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  noticePublishedAt?: number;
  withdrawReason?: string;
  timeline: TimelineEntry[];
  /** 协商意见: what was agreed, who carries it out, by when. */
  outcome?: { text: string; responsible: string; dueAt: number; by: string; at: number; attachments?: Attachment[] };
  /** 前置研究: the Party organisation's prior discussion, step by step, each with its evidence. */
  priorSteps?: PriorStepRecord[];
  /** Which voting round the plan's vote is: a statutory meeting after escalation is round 2, 3, … */
  voteRound?: number;
  /** The current round's vote has been opened (by the committee or the scheduler); escalation starts a round unopened. */
  voteOpened?: boolean;
  /**
   * A sealed round's verdict, copied from its tally when sealed, so the detail screen shows it
   * without reading the tally. It names its round: after escalation it is an earlier round's.
   */
  verdict?: { voteId: string; round: number; passed: boolean; explanation: string };
  /** Set when the result is published: objections (异议) may be filed until then. */
  objectionWindowEndsAt?: number;
  /** Implementation past its deadline (flagged by the scheduler). */
  overdue?: boolean;
  /** The latest progress reported, 0–100. */
  progressPercent?: number;
  /** The final report of a completed implementation. */
  completion?: { report: string; photos: string[]; by: string; at: number };
  /** Participants rate the outcome until then. */
  evaluationEndsAt?: number;
  /** The reminders the scheduler has sent (one run per kind, per consultation). */
  reminded?: Partial<Record<ReminderKind, true>>;
  /** The current round's meeting, and whether its check-in is open (so the detail screen offers 签到 without reading it). */
  meeting?: { id: string; checkinOpen: boolean };
  /** What the screens show of its answers, opinions, objections and ratings (consultation/counts.ts); absent on older records. */
  counts?: ConsultationCounts;
}

/** One moderation state's opinions: all of them, those not yet answered, and each stance. */
export type OpinionTally = { total: number; unanswered: number } & Record<Stance, number>;

/** A consultation's counts, moved by atomic increments as the facts are written (consultation/counts.ts). */
export interface ConsultationCounts {
  /** Which counting these are; counts of another version are recounted, never incremented. */
  v: number;
  attendance: Record<AttendanceKind, number>;
  /** Hidden opinions are counted nowhere; the public sees `visible`, the committee both. */
  opinions: { visible: OpinionTally; review: OpinionTally };
  objections: { total: number; open: number };
  /** Ratings by score, '1' to '5'. */
  evaluations: Record<string, number>;
}

/** 关注此议题: a member who follows a consultation hears of it as a participant does. Id: consultation:member. */
export interface FollowDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  memberId: string;
  at: number;
}
