import type { CatalogueCategory } from '../catalogue';
import type { Phase, State } from '../consultation/lifecycle';
import type { PlanRecord } from '../consultation/plan';
import type { PriorStep } from '../consultation/priorDiscussion';
import type { Birth, RegisterStatus } from '../membership/register';
import type { DocumentType } from '../files/documents';
import type { MemberStatus, Tenure } from '../membership/member';
import type { MemberLimits } from '../membership/limits';
import type { AttendanceKind, Channel, EntryState, Moderation, ReplyDecision, Stance } from '../participation/participation';
import type { CommunityKind, Role } from '../membership/roles';
import type { BallotChannel, VotePhase } from '../voting/ballots';
import type { ObjectionState } from '../results/results';
import type { DeliveryState, FeedKind, ReminderSettings, TemplateKey } from '../notices/notices';
import type { PetitionSettings, SuggestionChannel, SuggestionState, TriageDecision } from '../suggestions/suggestions';
import type { Check, Choice, Count, Decision } from '../voting/decide';
import type { RuleKind, RuleThresholds } from '../voting/rules';
import type { RepresentativesSetting } from '../voting/representativesSetting';
import type { PublishedMinutesView, RoomCountView } from './meetingViews';

/** What the screens receive. Each screen loads with one call that returns one of these. */

export interface CommunityView {
  id: string;
  name: string;
  kind: CommunityKind;
  kindLabel: string;
}

export interface MemberView {
  id: string;
  name: string;
  role: Role;
  roleLabel: string;
  verified: boolean;
}

/** A unit as its owner or the committee sees it. */
export interface UnitView {
  id: string;
  label: string;
  area: string;
}

/** All the caller's own membership data: what 我的 shows, and what they may delete. */
export interface MyMembershipView extends MemberView {
  status: MemberStatus;
  statusLabel: string;
  /** As the member gave it when joining. */
  address: string;
  tenure: Tenure;
  tenureLabel: string;
  /** The units the member votes for as an owner. */
  units: UnitView[];
  requestedAt: number;
  joinedAt?: number;
  /** Why the committee refused the request, or removed the member. */
  reason?: string;
}

export interface CommitteeDeskView {
  /** The community's standing invite code, to print or share as a QR code. */
  inviteCode: string;
  pendingCount: number;
  /** Opinions across the community still waiting for the committee's reply. */
  unansweredOpinions: number;
}

export interface MeView {
  /** Null when the caller has not asked to join any community. */
  member: MyMembershipView | null;
  community: CommunityView | null;
  /** Present for committee members. */
  committee?: CommitteeDeskView;
  /** Opinions a committee member entered for me, waiting for me to confirm or dispute. */
  awaitingMyConfirmation: number;
  /** Unread items in 我的 → 消息 (the tab's badge). */
  unread: number;
}

export interface InviteView {
  community: CommunityView;
  /** A committee invite makes its user the community's committee member. */
  kind: 'resident' | 'committee';
}

/** A request to join, with what the registry says about it, so approval can be one tap. */
export interface PendingRequestView {
  id: string;
  name: string;
  address: string;
  tenureLabel: string;
  requestedAt: number;
  /** The registered unit at that address, if there is one. */
  unit?: UnitView;
  /** The 花名册 lists this name at this address. */
  onRoster: boolean;
  /** The 房屋台账 names this person as the unit's owner. */
  registeredOwner: boolean;
  /** The role the roster gives them (e.g. 居民代表), applied on approval. */
  rosterRoleLabel?: string;
}

export interface MemberRowView {
  id: string;
  name: string;
  role: Role;
  roleLabel: string;
  status: MemberStatus;
  statusLabel: string;
  address: string;
  tenureLabel: string;
  joinedAt?: number;
}

export interface MemberListView {
  community: CommunityView;
  pending: PendingRequestView[];
  members: MemberRowView[];
  /** Active members by role, for the header. */
  counts: Record<Role, number>;
}

export interface RosterRowReport {
  sheet: string;
  row: number;
  /** `skipped`: a row deliberately passed over (小计／合计, a repeated header). */
  outcome: 'created' | 'updated' | 'unchanged' | 'rejected' | 'skipped';
  /** What the row describes, e.g. 1号楼1单元101 or 张伟. */
  subject: string;
  reason?: string;
  /** The row was taken, but the committee should confirm it (the reason says what). */
  doubt?: boolean;
}

export interface RosterReportView {
  dryRun: boolean;
  units: { created: number; updated: number; unchanged: number; rejected: number };
  residents: { created: number; updated: number; unchanged: number; rejected: number };
  rows: RosterRowReport[];
  /** Register headers not recognised: the committee maps each to a field once (remembered for the community). */
  unknownHeaders: { sheet: string; header: string }[];
  doubts: number;
  skipped: number;
}

export interface CatalogueView {
  categories: CatalogueCategory[];
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

export interface PhotoView {
  id: string;
  /** A URL the client can show now (temporary in production). */
  url: string;
}

/** 附件: a document residents open — on a phone by its file id, in a browser by its URL. */
export interface AttachmentView {
  /** The storage file id. */
  id: string;
  name: string;
  type: DocumentType;
  /** PDF, Word, Excel or 图片. */
  typeLabel: string;
  size: number;
  /** e.g. 1.2 MB */
  sizeLabel: string;
  /** A URL that opens or downloads it under its name (temporary in production). */
  url: string;
}

export interface ReplyView {
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

export interface OutcomeView {
  /** 协商意见: what was agreed. */
  text: string;
  /** Who carries it out. */
  responsible: string;
  dueAt: number;
  writtenByName: string;
  at: number;
  attachments: AttachmentView[];
}

export interface ObjectionView {
  id: string;
  consultationId: string;
  authorName: string;
  reason: string;
  state: ObjectionState;
  stateLabel: string;
  at: number;
  answer?: { reason: string; byName: string; at: number };
  can: { answer: boolean };
}

export interface ProgressView {
  id: string;
  text: string;
  percent: number;
  photos: PhotoView[];
  attachments: AttachmentView[];
  byName: string;
  at: number;
}

export interface EvaluationSummaryView {
  open: boolean;
  endsAt?: number;
  /** How many gave each score, 1 to 5. */
  counts: number[];
  total: number;
  /** The mean to one decimal, when there is at least one rating. */
  average?: number;
  mine?: { score: number; comment?: string };
  /** Whether I may rate: I took part (applied, gave an opinion or voted) and the window is open. */
  canEvaluate: boolean;
}

/** What became of the consultation after the talking, as the detail screen shows it. */
export interface ResultSectionView {
  outcome?: OutcomeView;
  /** The sealed vote of the latest round, if there was one. */
  vote?: { passed: boolean; explanation: string; round: number };
  publication?: {
    objectionWindowEndsAt: number;
    windowOpen: boolean;
    objections: { open: number; total: number };
  };
  implementation?: {
    progressPercent: number;
    dueAt?: number;
    overdue: boolean;
    posts: ProgressView[];
    completion?: { report: string; photos: PhotoView[]; byName: string; at: number };
  };
  evaluation?: EvaluationSummaryView;
  archive?: { hash: string; sealedAt: number };
  /** 会议纪要, once confirmed by the recorder and the host and the result published; names masked. */
  minutes?: PublishedMinutesView;
}

/** A person of the register as the committee and the supervisory committee see them (never the public). */
export interface RegisterPersonView {
  id: string;
  version: number;
  name: string;
  address: { building: string; unit: string; room: string };
  addressText: string;
  birth?: Birth;
  birthText: string;
  /** On today's date: whether they are 18 or over, or the register cannot say (the committee confirms). */
  age: 'adult' | 'minor' | 'unknown';
  group?: string;
  /** 户号 when the household has one. */
  householdNo?: string;
  householdRep: boolean;
  relation?: string;
  representative: boolean;
  collectiveMember: boolean;
  collectiveRepresentative: boolean;
  phoneLast4?: string;
  status: RegisterStatus;
  statusLabel: string;
  leftOn?: string;
  usesApp: boolean;
}

export interface RegisterListView {
  people: RegisterPersonView[];
  matching: number;
  total: number;
}

/** 名册概况: the counts a statutory vote is measured against, at a glance. */
export interface RegisterSummaryView {
  /** The day the ages are counted on (China time). */
  today: string;
  persons: number;
  adults: number;
  /** People whose 18th birthday the register cannot place: the committee completes their birth. */
  undecided: number;
  households: number;
  withApp: number;
  left: number;
  groups: { group: string; persons: number; adults: number; households: number }[];
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
    formLabels: string[];
    scopeLabel?: string;
    createdByName: string;
    createdAt: number;
    updatedAt: number;
    noticePublishedAt?: number;
    withdrawReason?: string;
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

export interface VoteTotalsView {
  agree: Count;
  disagree: Count;
  abstain: Count;
  /** Ballots counted so far, against the electorate. */
  ballots: number;
  electors: number;
  /** m², on the owners' rules. */
  areaVoted?: number;
  areaTotal?: number;
}

export interface VoteResultView {
  passed: boolean;
  quorumMet: boolean;
  explanation: string;
  checks: Check[];
  agree: Count;
  disagree: Count;
  abstain: Count;
  turnout: Decision['turnout'];
  /** Ballots not counted (not in the electorate, or a second ballot). */
  rejected: number;
  /** The thresholds the result was measured against, to draw them on the bars. */
  thresholds: RuleThresholds;
  sealedAt: number;
}

export interface MyBallotView {
  channel: BallotChannel;
  channelLabel: string;
  at: number;
  /** Absent on a secret ballot: not even the screen shows who chose what. */
  choice?: Choice;
  choiceLabel?: string;
  /** A paper or proxy ballot the committee entered for me, waiting for me to confirm or dispute it. */
  entry?: { enteredByName: string; state: 'pending' | 'confirmed' | 'disputed'; stateLabel: string; note?: string };
}

/** The vote screen, and its results once sealed, in one call. */
export interface VoteView {
  consultation: { id: string; title: string; statusLabel: string };
  vote: {
    question: string;
    rule: RuleKind;
    ruleLabel: string;
    /** The rule in plain words. */
    ruleText: string;
    scopeLabel: string;
    opensAt: number;
    closesAt: number;
    secret: boolean;
    phase: VotePhase;
  };
  me: {
    /** Whether I am (or vote for) an elector of this vote, and which. */
    electorLabel?: string;
    canCast: boolean;
    /** Why I cannot cast, in words. */
    why?: string;
    ballot?: MyBallotView;
    canRespond: boolean;
  };
  /** 应到: the electorate the register gave when the vote opened, and how many of them use the app. */
  electorate?: { electors: number; online?: number; unit: '人' | '户' };
  /** Running totals of an open, non-secret vote. */
  live?: VoteTotalsView;
  /** While the electorate is written: how many of `electorate.electors` are in so far. */
  preparing?: { written: number };
  /** While the recount runs: how many ballots it has counted so far. */
  counting?: { ballots: number };
  /** The sealed result, after close. */
  result?: VoteResultView;
  /** A meeting vote's count in the room, once entered (a secret vote's too: it names no one's choice). */
  room?: RoomCountView;
  /** `recordPrior`: the vote waits for the Party organisation's prior discussion (committee only); `roomCount`: 会场计票 may be entered. */
  can: {
    /** I may cast or change my ballot now (the same answer as `me.canCast`). */
    cast: boolean;
    /** I run this vote: the committee's panel. */
    manage: boolean;
    open: boolean;
    reschedule: boolean;
    close: boolean;
    enterPaper: boolean;
    participation: boolean;
    electors: boolean;
    preview: boolean;
    recordPrior: boolean;
    roomCount: boolean;
  };
  /** Why 会场计票 cannot be entered now, for a meeting vote (committee only). */
  roomCountWhy?: string;
  /** 实到 when check-in closed, which the room's count must add up to (committee, while it may be entered). */
  roomPresent?: number;
  /** How many electors one proxy may represent here (committee only). */
  proxyLimit?: number;
}

export interface BallotEntryView {
  electorId: string;
  electorLabel: string;
  channel: BallotChannel;
  channelLabel: string;
  choiceLabel?: string;
  at: number;
}

/**
 * 应到: the committee's view of a vote's electorate before it opens, from the register on the
 * opening day — "本次表决应到 1,204 人，其中已使用小程序 213 人" — and who the register cannot yet place.
 */
export interface ElectoratePreviewView {
  /** The day the ages are counted on: the opening day, or today once that has passed. */
  onDate: string;
  /** persons, households or members, as the scope counts them. */
  unit: '人' | '户';
  electors: number;
  online: number;
  /** People (or households) whose 18th birthday the register cannot place: opening waits for them. */
  undecided: string[];
}

/** The electorate, by label, for finding the elector a paper ballot is for (secret votes too). */
export interface VoteElectorsView {
  /** `voted`: a ballot is already in for them (online or entered), so none can be entered now. */
  electors: { electorId: string; label: string; voted: boolean }[];
  /** How many match, of which up to 50 are listed. */
  matching: number;
  total: number;
}

export interface VoteParticipationView {
  /** Electors who have not voted yet (open ballots only), by label, and how many there are. */
  notVoted: { electorId: string; label: string; voters: number }[];
  notVotedCount: number;
  ballots: number;
  electors: number;
}

export interface ObjectionListView {
  consultation: { id: string; title: string; statusLabel: string };
  objections: ObjectionView[];
  windowEndsAt?: number;
}

export interface FeedItemView {
  id: string;
  kind: FeedKind;
  kindLabel: string;
  /** Absent for news about one's membership (an approved application). */
  consultationId?: string;
  /** News about a suggestion opens it. */
  suggestionId?: string;
  title: string;
  body: string;
  at: number;
  read: boolean;
}

export interface FeedView {
  items: FeedItemView[];
  unread: number;
  page: number;
  hasMore: boolean;
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

export interface EvaluationReportView {
  consultation: { id: string; title: string; statusLabel: string };
  evaluation: EvaluationSummaryView;
  participants: number;
  /** Comments with the rater's name (the supervisory committee sees who said what). */
  comments: { name: string; score: number; comment: string; at: number }[];
  objections: { total: number; upheld: number; dismissed: number };
  implementation: { dueAt?: number; completedAt?: number; overdue: boolean; posts: number };
  opinions: { total: number; adopted: number; partly: number; rejected: number; /** 重复意见 or 与议题无关. */ moderated: number };
}

export interface ArchiveView {
  consultationId: string;
  hash: string;
  sealedAt: number;
  parts: string[];
}

export interface ArchiveExportView {
  xlsxUrl: string;
  htmlUrl: string;
  /** The storage ids, for the mini program to download through wx.cloud (no domain allow-list needed). */
  xlsxFileId: string;
  htmlFileId: string;
  /** What each file downloads as: 一事一档-<议题>.xlsx / .html. */
  xlsxFileName: string;
  htmlFileName: string;
  hash: string;
}

/** The subscription templates the client may ask a member to accept (WeChat: at most three per prompt). */
export interface SubscriptionTemplatesView {
  templates: { key: TemplateKey; id: string; title: string }[];
}

/** How many one-time messages of each template the member has left. */
export interface SubscriptionGrantsView {
  grants: { key: TemplateKey; title: string; remaining: number }[];
}

export interface FollowView {
  consultationId: string;
  following: boolean;
}

/** A community's settings as the committee edits them. */
export interface CommunitySettingsView {
  community: CommunityView;
  reminders: ReminderSettings;
  suggestions: SuggestionSettingsView;
  objectionDays: number;
  evaluationDays: number;
  defaultNoticeDays: number;
  /** 社区 only: the 居民代表会议's thresholds in force (the default until the committee sets its own). */
  residentRepresentatives?: RepresentativesSetting;
  /** What one member may send (MEMBER_LIMITS): the community's own or the default. */
  limits: MemberLimits;
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

/** What the local sender recorded (embedded default only): the messages WeChat would have sent. */
export interface OutboxItemView {
  id: string;
  memberName: string;
  kind: FeedKind;
  template: TemplateKey;
  state: DeliveryState;
  stateLabel: string;
  attempts: number;
  error?: string;
}

/** A suggestion as the viewer may see it: names masked or hidden for members, in full for the committee. */
export interface SuggestionView {
  id: string;
  version: number;
  title: string;
  description: string;
  categoryId?: string;
  categoryName: string;
  place: string;
  photos: PhotoView[];
  /** 匿名 when the author hid their name, unless the viewer is the committee. */
  authorName: string;
  channel: SuggestionChannel;
  channelLabel: string;
  state: SuggestionState;
  stateLabel: string;
  createdAt: number;
  answerDueAt: number;
  /** Open past its answer period: the ledger highlights it. */
  overdue: boolean;
  cosigns: number;
  /** When the proposers reached the share that obliges a meeting (已达法定提议人数). */
  /** basisLabel: what it was counted by (居民 / 村民 / 户); unit: 人 or 户. */
  legalThreshold?: { reachedAt: number; basisLabel: string; unit: string; count: number; needed: number };
  answer?: {
    decision: TriageDecision;
    decisionLabel: string;
    text: string;
    byName: string;
    at: number;
    /** accept: the draft consultation made from it. */
    consultation?: { id: string; title: string };
    /** merge: the suggestion it went into. */
    mergedInto?: { id: string; title: string };
  };
  /** Held by the content check: the author and the committee see it, nobody else. */
  underReview: boolean;
  /** For the viewer. */
  mine: boolean;
  cosignedByMe: boolean;
  can: { cosign: boolean; triage: boolean; moderate: boolean };
  /** Committee only: for the ledger and follow-up. */
  authorId?: string;
  enteredByName?: string;
}

export interface SuggestionListView {
  items: SuggestionView[];
  page: number;
  hasMore: boolean;
}

/** 群众意见台账: the committee's filtered ledger, with counts. */
export interface SuggestionLedgerView {
  items: SuggestionView[];
  page: number;
  hasMore: boolean;
  /** Matching the filters, by state; `overdue` counts open ones past their period. */
  counts: { total: number; overdue: number; byState: Record<SuggestionState, number> };
}

export interface SuggestionExportView {
  fileId: string;
  url: string;
  /** What the file downloads as: 群众意见台账-<date>.xlsx. */
  fileName: string;
  rows: number;
}

/** The answer period and the legal shares, as the committee edits them. */
export interface SuggestionSettingsView {
  answerDays: number;
  petition: PetitionSettings;
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

/** 表决票: one page of an open vote's electors as paper ballots; `next` asks for the following page. */
export interface BallotPapersView {
  consultationId: string;
  communityName: string;
  title: string;
  question: string;
  /** A secret vote's ballots carry the code alone, no name. */
  secret: boolean;
  /** Electors in the whole round, so the page can say how far loading has come. */
  total: number;
  ballots: {
    electorId: string;
    /** Absent on a secret vote's ballots. */
    label?: string;
    place?: string;
    /** m² with two decimals, for owners' rules only (and not on a secret vote). */
    area?: string;
  }[];
  next?: string;
}

/** 计票单: what the counting table fills in by hand, with what the record already knows. */
export interface TallySheetView {
  consultationId: string;
  communityName: string;
  title: string;
  question: string;
  ruleLabel: string;
  ruleText: string;
  /** 应到: the electors of the round. */
  electors: number;
  /** For owners' rules: the total registered area in m², two decimals. */
  areaTotal?: string;
}
