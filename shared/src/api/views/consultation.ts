/** Views of the consultation function: the catalogue, the list and detail screens, the board, the poster and the sign-in sheet. */
import type { RefinedCategory } from '../../catalogue';
import type { Phase, State } from '../../consultation/lifecycle';
import type { PlanRecord } from '../../consultation/plan';
import type { PriorStep } from '../../consultation/priorDiscussion';
import type { CommissionNoteView } from './commission';
import type { AttachmentView, CommunityView, PhotoView } from './common';
import type { OpinionCounts, ParticipationView } from './participation';
import type { ResultSectionView } from './result';

/** The catalogue the caller's community picks from: its street's refinement (with local notes) or the static one. */
export interface CatalogueView {
  categories: RefinedCategory[];
  /** 「和平街道 第3版」, or 「省级目录」. */
  versionLabel: string;
}

export interface ConsultationSummary {
  id: string;
  title: string;
  status: State;
  statusLabel: string;
  phase: Phase;
  categoryName: string;
  startsAt?: number;
  endsAt?: number;
  place?: string;
  formLabels: string[];
  noticePublishedAt?: number;
  /** Whether opinions may be given now (the same window the opinion use case enforces). */
  opinionsOpen: boolean;
  /** Whether ballots are being taken now. */
  votingOpen: boolean;
}

export interface ConsultationListView {
  community: CommunityView;
  /** Whether the caller may start a new consultation (committee members). */
  canCreate: boolean;
  upcoming: ConsultationSummary[];
  ongoing: ConsultationSummary[];
  finished: ConsultationSummary[];
  /** Present for committee members only. */
  drafts?: ConsultationSummary[];
}

export interface TimelineEntryView {
  at: number;
  label: string;
  status: State;
  statusLabel: string;
  byName: string;
  note?: string;
}

export interface StepView {
  state: State;
  label: string;
  progress: 'done' | 'current' | 'todo';
}

/** 前置研究 on the detail page: the Party organisation's prior discussion of a statutory body's matter. */
export interface PriorDiscussionView {
  /** Whether this matter's vote waits for it (a 居民／村民会议's, 代表会议's or collective's). */
  required: boolean;
  done: boolean;
  /** The step the committee records next (the committee's view only). */
  next?: { step: PriorStep; label: string };
  steps: { step: PriorStep; label: string; heldOn: string; meeting: string; conclusion: string; photos: PhotoView[] }[];
  /** A 村's 四议两公开 in order, each with the day it was done. */
  sequence?: { label: string; doneOn?: string }[];
}

/** What the committee's next-step card offers to do (the client maps each to its button). */
export type NextAction =
  | 'editPlan'
  | 'publish'
  | 'startConsulting'
  | 'attendance'
  | 'openVote'
  | 'rescheduleVote'
  | 'recordPriorStep'
  | 'viewVote'
  | 'replyOpinions'
  | 'closeConsultation'
  | 'writeOutcome'
  | 'publishResult'
  | 'answerObjections'
  | 'startImplementation'
  | 'postProgress'
  | 'archive';

/** The committee's next step on a consultation: what to do now, or what happens by itself and when. */
export interface NextStepView {
  title: string;
  detail: string;
  action?: NextAction;
}

export interface ConsultationDetailView {
  community: CommunityView;
  consultation: {
    id: string;
    version: number;
    status: State;
    statusLabel: string;
    phase: Phase;
    plan: PlanRecord;
    /** The plan's attachments, ready to open. */
    attachments: AttachmentView[];
    categoryName: string;
    categoryGroupName: string;
    /** The catalogue the matter was chosen from: 「和平街道 第3版」 or 「省级目录」. */
    catalogueLabel: string;
    formLabels: string[];
    scopeLabel?: string;
    createdByName: string;
    createdAt: number;
    updatedAt: number;
    noticePublishedAt?: number;
    withdrawReason?: string;
    /** 跨社区协商: the street leads it, across these communities (each votes under its own register). */
    joint?: { streetName: string; communityNames: string[] };
    /** 受…委托: who commissioned it, and their feedback on the report once given. */
    commission?: CommissionNoteView;
  };
  timeline: TimelineEntryView[];
  steps: StepView[];
  /** What the caller may attempt now; the cloud function still checks every guard. */
  /** `checkIn`: the meeting's check-in is open (签到); `meeting`: the committee runs the meeting's check-in. */
  can: {
    edit: boolean;
    publish: boolean;
    withdraw: boolean;
    startConsulting: boolean;
    poster: boolean;
    rescheduleVote: boolean;
    checkIn: boolean;
    meeting: boolean;
  };
  /** The residents' suggestion it was made from (立项), if any. */
  fromSuggestion?: { id: string; title: string };
  /** Whether the caller follows it (关注此议题); null for someone who is not a member. */
  following: boolean | null;
  /** Labels of plan fields still missing before publication (committee only, else empty). */
  missing: string[];
  prior?: PriorDiscussionView;
  participation: ParticipationView;
  result: ResultSectionView;
  /** What the committee may do after the talking (the cloud function checks every guard again). */
  manage: {
    closeConsultation: boolean;
    writeOutcome: boolean;
    escalate: boolean;
    publishResult: boolean;
    startImplementation: boolean;
    postProgress: boolean;
    complete: boolean;
    archive: boolean;
  };
  /** The committee's next step (committee only). */
  nextStep?: NextStepView;
  /** What any member may do: file an objection while the result is on display. */
  canObject: boolean;
  /** What the committee and the supervisory committee may read: the rating report, the archive export. */
  records: { report: boolean; export: boolean };
}

export interface DraftSavedView {
  id: string;
  version: number;
  status: State;
  missing: string[];
}

export interface BoardItemView {
  consultationId: string;
  title: string;
  /** 公告, 结果公示, 已生效, 落实进展, 已完成 */
  kindLabel: string;
  statusLabel: string;
  /** Carrying it out is past its deadline (已逾期), shown on the card. */
  overdue: boolean;
  at: number;
  summary: string;
}

export interface BoardView {
  community: CommunityView;
  items: BoardItemView[];
  page: number;
  hasMore: boolean;
}

/** A consultation as anyone may read it, member or not: the public record, names masked. */
export interface PublicConsultationView {
  community: CommunityView;
  consultation: ConsultationDetailView['consultation'];
  timeline: TimelineEntryView[];
  result: ResultSectionView;
  opinions: OpinionCounts;
}

export interface FollowView {
  consultationId: string;
  following: boolean;
}

/**
 * 公告 for the physical notice board: what the A4 sheet prints, and a code that opens the
 * consultation (a mini-program code in WeChat, a QR code of the H5 page on the local host).
 */
export interface PosterView {
  consultationId: string;
  communityName: string;
  title: string;
  statusLabel: string;
  categoryName: string;
  summary: string;
  /** 时间, 地点, 主持人, 参与对象, 报名截止… as label and value, in print order. */
  lines: { label: string; value: string }[];
  issuedAt: number;
  issuer: string;
  code: { kind: 'wxacode' | 'qrcode'; image: string; target: string };
}

/** 签到表: one page of the meeting's electorate from the register, in register order; `next` asks for the following page. */
export interface SignInSheetView {
  consultationId: string;
  communityName: string;
  title: string;
  /** 会议时间 and 会议地点 as printed; absent when the plan has none. */
  time?: string;
  place?: string;
  /** Who is expected (应到): the scope in words, e.g. 全体居民（年满十八周岁）. */
  scopeLabel: string;
  /** Households or owners sign once each; persons sign for themselves. */
  signsFor: 'persons' | 'households' | 'owners';
  rows: { name: string; address: string; group?: string }[];
  next?: string;
}
