import type {
  Address,
  RepresentativesSetting,
  MemberLimits,
  RuleThresholds,
  RegisterField,
  PriorStep,
  Birth,
  ElectorateForm,
  RegisterStatus,
  AuditAction,
  AuditEntity,
  Attachment,
  AttendanceKind,
  BallotChannel,
  Choice,
  ChoiceCounts,
  Decision,
  RuleKind,
  Channel,
  CommunityKind,
  EntryState,
  DeliveryState,
  FeedKind,
  PetitionSettings,
  PetitionBasis,
  ReminderKind,
  SuggestionChannel,
  SuggestionState,
  TriageDecision,
  ReminderSettings,
  TemplateKey,
  ObjectionState,
  MemberStatus,
  Moderation,
  PlanRecord,
  ReplyDecision,
  Role,
  Scope,
  Stance,
  CheckinWay,
  MinutesRole,
  RoomCounts,
  RoomMethod,
  State,
  Tenure,
  TimelineAction,
} from '@shared';

/** The documents as stored. Every document belongs to one community except the audit's own keys. */

/** `committeeCount` is kept on it: marked while a request moves it (counting/marks.ts). */
export interface CommunityDoc extends Counted {
  _id: string;
  name: string;
  kind: CommunityKind;
  /** 街道 / 乡镇 this community belongs to, for cross-community matters. */
  parentName?: string;
  /** The community's own rules: notice period; how many electors one proxy may represent (委托). */
  settings: {
    defaultNoticeDays: number;
    proxyLimit?: number;
    objectionDays?: number;
    evaluationDays?: number;
    /** Hours before each deadline to remind those who have not responded (defaults: DEFAULT_REMINDERS). */
    reminders?: ReminderSettings;
    /** Days the committee has to answer a suggestion, and the legal shares of proposers (defaults by kind). */
    suggestions?: { answerDays: number; petition: PetitionSettings };
    /** 居民代表会议's thresholds, when the committee set its own (DEFAULT_RESIDENT_REPRESENTATIVES otherwise). */
    residentRepresentatives?: RepresentativesSetting;
    /** What one member may send, where the committee set its own (MEMBER_LIMITS otherwise). */
    limits?: MemberLimits;
  };
  /** Bumped on every settings change, so two committee members saving at once cannot both win. */
  settingsVersion: number;
  /** How this committee's register workbook names the columns the import does not know (mapped once). */
  rosterHeaderMap?: Record<string, RegisterField>;
  /** The standing code residents join with (also in `invites`), shown to the committee to share. */
  inviteCode: string;
  /**
   * Active committee members, kept with atomic increments; taking the last seat is refused by a
   * guarded decrement, so two members demoting each other at once cannot leave the community without one.
   */
  committeeCount: number;
  /** Which counting of the register its households' marks follow (register/population.ts); absent until first counted. */
  registerCounting?: number;
  createdAt: number;
}

/**
 * One person's membership of one community. The id is derived from the openid, so a person has
 * one membership document whatever they do; a rejected or removed person asking again reuses it.
 */
export interface MemberDoc {
  _id: string;
  /** Replaced by a tombstone value when the member deletes their data. */
  openid: string;
  communityId: string;
  name: string;
  role: Role;
  status: MemberStatus;
  /** Bumped on every change, so two committee members acting at once cannot both win. */
  version: number;
  /** Where they say they live, as they typed it. */
  address: Address;
  tenure: Tenure;
  /** The registered unit they live in: their household (户). */
  unitId?: string;
  /** The owner record they cast the vote of, under the owners' rules. */
  ownerId?: string;
  /**
   * What the register (名册) says of them, copied when they are linked to their entry and kept in
   * step with it, so whether they are in a group's or a collective's scope needs no second read.
   */
  register?: RegisterFacts;
  requestedAt: number;
  joinedAt?: number;
  /** How far they have read 我的 → 消息: everything up to `at`, and the items named in `ids` after it. */
  feedRead?: FeedRead;
  decidedBy?: string;
  rejectReason?: string;
  removeReason?: string;
}

/** A 专有部分 (flat) in a 社区, or a household in a 村. */
export interface UnitDoc {
  _id: string;
  communityId: string;
  /** 楼栋, or 村民小组. */
  building: string;
  /** 单元; empty in villages. */
  unit: string;
  /** 房号, or 户号. */
  room: string;
  /** Registered area in hundredths of m² (RULES.md: never compare floats); null where none is registered. */
  areaHundredths: number | null;
  /** Its owner record; none while the owner is unknown. */
  ownerId?: string;
}

/**
 * An owner as the owners' rules count them (RULES.md): a buyer of several units is one owner;
 * the developer's unsold units together are one; co-owners of a unit are one, voting through
 * one designated member.
 */
export interface OwnerDoc {
  _id: string;
  communityId: string;
  kind: 'person' | 'developer' | 'co_owners';
  name: string;
  /** Only to match a joining resident to the 房屋台账; never shown. */
  phoneLast4?: string;
  /** The member who casts this owner's vote; null until one is approved (a guarded update claims it). */
  voterMemberId: string | null;
}

/**
 * One person of the register (居民／村民名册), app user or not: a statutory vote counts them all.
 * Kept when they leave (迁出／死亡), marked with the date, so every record that names them stands.
 * Fields after `memberId` were added with the register; entries imported before it lack them.
 */
export interface RosterEntryDoc {
  _id: string;
  communityId: string;
  name: string;
  address: Address;
  tenure: Tenure;
  representative: boolean;
  phoneLast4?: string;
  /** The member this entry was matched to on approval. */
  memberId?: string;
  /** The 户 they belong to: from its 户号, or its address (never a name alone). */
  householdKey?: string;
  /** 户代表: who casts the household's vote in household form (any adult of it may). */
  householdRep?: boolean;
  relation?: string;
  birth?: Birth;
  /** 居民小组／村民小组 */
  group?: string;
  collectiveMember?: boolean;
  collectiveRepresentative?: boolean;
  status?: RegisterStatus;
  /** The day they moved out or died, YYYY-MM-DD. */
  leftOn?: string;
  /** Pinyin initials of the name (wxy), for finding an elder by typing on a phone. */
  initials?: string;
  version?: number;
  /**
   * On the one person of the household on the register now who comes of age first: that day
   * (20261121), so a count finds the households with an adult on any day (register/population.ts).
   */
  householdAdultFrom?: number;
  /**
   * Written with a change to this entry and taken off once its households are marked again: the
   * households (户 keys) whose marks it may have moved, and when. Left on, a request died in
   * between, and the scheduler marks them again (register/settleHouseholds.ts).
   */
  unsettled?: { households: string[]; at: number };
}

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

/** The register facts a scope asks about. */
export interface RegisterFacts {
  entryId: string;
  group?: string;
  representative: boolean;
  collectiveMember: boolean;
  collectiveRepresentative: boolean;
}

/** A code to join a community with: the standing resident code, or a one-time committee code. */
export interface InviteDoc {
  _id: string;
  communityId: string;
  kind: 'resident' | 'committee';
  oneTime: boolean;
  /** Who used a one-time code; null while unused (a guarded update claims it). */
  usedBy: string | null;
  usedAt?: number;
  createdAt: number;
}

export interface TimelineEntry {
  at: number;
  /** The transition that happened, or the draft's creation. */
  action: TimelineAction;
  status: State;
  by: { memberId: string; role: Role } | { system: true };
  note?: string;
}

/**
 * A record whose counts other requests move after writing their facts (counting/marks.ts): how
 * many such requests are between their fact and their count, how many have begun, and when the
 * last began. Pending past a function's time limit is a request that died: the scheduler recounts.
 */
export interface RecountMark {
  pending: number;
  seq: number;
  at: number;
}

/** A record some counts are kept on (consultations, suggestions, tallies, communities). */
export interface Counted {
  recount?: RecountMark;
}

/**
 * Announcements a change wrote in its own guarded update, not yet copied to `announcements`: the
 * change and the news of it commit together, so a crash in between loses neither (the caller
 * copies them at once; the scheduler copies any a crash left). Consultations and suggestions carry them.
 */
export interface Carrying {
  announcing?: AnnouncementDoc[];
  announcePending?: boolean;
  announceSeq?: number;
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
  /** The suggestion this topic was made from (立项), if any. */
  fromSuggestion?: string;
  /** That suggestion's title, copied when the draft was made (a suggestion's title never changes). */
  fromSuggestionTitle?: string;
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

/**
 * A meeting of a consultation round (会议), and its check-in (签到) that the host opens and closes.
 * Id: `<consultation>:m<round>`. Who is present are the check-ins; this holds what they are counted
 * against: the body (the vote's rule and scope, or the plan's scope) and its size on the day.
 */
export interface MeetingDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  /** The consultation's title and community's name (neither changes once published), for the hall's screen to show without reading them. */
  title: string;
  communityName: string;
  round: number;
  /** The vote's rule, whose quorum the attendance is held to; none for a meeting without a vote. */
  rule?: RuleKind;
  thresholds?: RuleThresholds;
  scope: Scope;
  form: ElectorateForm;
  /** 应到 from the register on the day check-in opened; the vote's snapshot replaces it once taken. */
  expected: number;
  /** The day (YYYY-MM-DD) whose adults are the body. */
  onDate: string;
  /** `counted` once the room's count is entered: who was present is then fixed. */
  status: 'open' | 'closed' | 'counted';
  /** The projector's code: it opens this meeting's counts and nothing else, until it lapses. */
  screenCode: string;
  screenCodeUntil: number;
  openedBy: string;
  openedAt: number;
  closedAt?: number;
  version: number;
  /** 会议纪要, as the committee last saved it; an edit takes back both confirmations. */
  minutes?: MinutesRecord;
}

/** The parts of the minutes people write; the rest (when, where, who came, the count) comes from the record. */
export interface MinutesRecord {
  recorder: string;
  agenda: string;
  speeches: { speaker: string; text: string; opinionId?: string }[];
  decisions: string;
  version: number;
  savedBy: string;
  savedAt: number;
  confirmed: Partial<Record<MinutesRole, { by: string; at: number }>>;
}

/**
 * One elector present at a meeting: a person, or in household form their household. Id:
 * `<meeting>:<elector>`, the elector as the vote's snapshot names them, so a retry or two hosts at
 * once check them in once and the room's count and their ballot are never both counted.
 */
export interface CheckinDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  meetingId: string;
  electorId: string;
  /** The register entry of who came (in household form, who came for the household), and their name. */
  entryId?: string;
  name: string;
  memberId?: string;
  label: string;
  way: CheckinWay;
  /** Who came for the elector (委托代理人), with the 委托书's photos. */
  proxy?: { name: string; evidence: string[] };
  present: boolean;
  by: string;
  at: number;
  leftAt?: number;
  version: number;
}

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
  reply?: { decision: ReplyDecision; reason: string; by: string; at: number };
  /** Present when a committee member entered it for the author. */
  entry?: { enteredBy: string; state: EntryState; note?: string; respondedAt?: number };
  createdAt: number;
  version: number;
}

/** One elector of a vote, as snapshotted when the vote opened. Id: `<vote>:<elector>` (ballotId), the same as its ballot's. */
export interface ElectorDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  /** The vote round this belongs to (see voteIdOf). */
  voteId: string;
  electorId: string;
  household: string;
  /** Hundredths of m²; 0 where the rule does not weigh area. */
  areaHundredths: number;
  /** Members who may cast this elector's ballot. */
  voters: string[];
  label: string;
  /** Pinyin initials of the elector's name, so a paper ballot's elder is found by typing wxy. */
  initials?: string;
  /** The household's address as the record prints it (register electors; older ones have a unit id). */
  place?: string;
  /** Whether someone of this elector uses the app; those who do not vote on paper, by proxy or in the room. */
  online?: boolean;
}

/**
 * A ballot. One per elector, enforced by its id (`<vote>:<elector>`, ballotId: the vote round's id,
 * see voteIdOf, then the elector's), so no read-then-write can let a second one in; changing one's
 * vote is a guarded update of the same document.
 */
export interface BallotDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  voteId: string;
  electorId: string;
  /**
   * Absent once a secret vote is sealed (voting/unlinkChoices.ts): the ballot then records only
   * that the elector took part, and the tally's sealed totals are all that is left of the choices.
   */
  choice?: Choice;
  areaHundredths: number;
  channel: BallotChannel;
  /** The member who cast it online, or the committee member who entered it. */
  castBy: string;
  /** For a proxy ballot: the member who voted for the elector. */
  proxyMemberId?: string;
  /** Photos of the signed paper ballot. */
  evidence: string[];
  /** Photos of the 委托书. */
  proxyEvidence: string[];
  /** A ballot entered for the elector waits for them to confirm or dispute it. */
  entry?: { state: 'pending' | 'confirmed' | 'disputed'; note?: string };
  at: number;
  version: number;
}

/** Running totals, in heads and hundredths of m², kept by atomic increments while the vote is open. */
export interface VoteCounters {
  agree: number;
  disagree: number;
  abstain: number;
  agreeArea: number;
  disagreeArea: number;
  abstainArea: number;
}

/** A vote: its rule and electorate size as opened, live counters, and, after close, the sealed result. */
export interface TallyDoc extends Counted {
  /** The vote round's id (see voteIdOf). */
  _id: string;
  communityId: string;
  consultationId: string;
  round: number;
  rule: RuleKind;
  /** Persons, households or members: which of the rule's tests applies (the scope decides). */
  form?: ElectorateForm;
  /** A community's own thresholds in force when the vote opened (居民代表会议); the legal floor otherwise. */
  thresholds?: RuleThresholds;
  secret: boolean;
  electors: number;
  /** Of the electors, how many have someone using the app (本次表决应到 N 人，其中已使用小程序 M 人). */
  online?: number;
  areaTotal: number;
  /**
   * Preparing while the electorate snapshot is written (voting/snapshot.ts); open takes ballots;
   * counting stops taking them while the recount runs; sealed holds the decision.
   */
  status: 'preparing' | 'open' | 'counting' | 'sealed';
  /** The snapshot under way: electors written so far (in id order), of the electorate with this digest. */
  preparing?: { written: number; digest: string; startedAt: number; leaseUntil: number };
  counters: VoteCounters;
  openedAt: number;
  /** The recount under way (voting/countVotes.ts). */
  counting?: TallyCounting;
  /** A meeting vote counted in the room (举手 or 投票箱), added to the ballots of those not present. */
  room?: RoomCount;
  sealed?: { decision: Decision; sealedAt: number; ballots: number };
  /**
   * A secret vote sealed but whose ballots may still say who chose what: set by the seal itself,
   * cleared when the choices are gone from the store (voting/unlinkChoices.ts); until then the
   * consultation stays in voting, so the scheduler's next run finishes the job.
   */
  unlinking?: { startedAt: number };
  /** When a secret vote's ballots were reduced to who took part. */
  unlinkedAt?: number;
}

/**
 * What the room counted at a meeting vote, as the host entered it: each choice and those present who
 * did not vote, of the `present` checked in when it was entered, with who counted, who watched, and
 * the photo of the signed 计票单. The electors checked in are counted here; their ballots are not.
 */
export interface RoomCount {
  meetingId: string;
  method: RoomMethod;
  counts: RoomCounts;
  present: number;
  teller: string;
  scrutineer: string;
  evidence: string[];
  by: string;
  at: number;
}

/** A recount's progress: ballots are counted in id order, a page at a time, each checked against its elector. */
export interface TallyCounting {
  /** The last ballot counted; '' before the first page. */
  cursor: string;
  by: ChoiceCounts;
  /** Electors of ballots with no elector in the snapshot, or no choice (none, unless a record was tampered with). */
  rejected: string[];
  ballots: number;
  startedAt: number;
}

/** How many electors a proxy represents in one vote; a guarded increment keeps it within the limit. */
export interface ProxyDoc {
  _id: string;
  voteId: string;
  count: number;
}

/** 异议: a member's objection to a published result, which the committee must answer. */
export interface ObjectionDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  authorId: string;
  reason: string;
  state: ObjectionState;
  answer?: { reason: string; by: string; at: number };
  at: number;
  version: number;
}

/** 落实进展: a progress post on carrying out the outcome. */
export interface ProgressDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  text: string;
  percent: number;
  photos: string[];
  /** Absent on posts made before attachments existed. */
  attachments?: Attachment[];
  by: string;
  at: number;
}

/** 满意度测评: one participant's rating of the outcome. Id: consultation:member. */
export interface EvaluationDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  memberId: string;
  score: number;
  comment?: string;
  at: number;
  version: number;
}

/** One piece of news for one member: what the feed item and the outbox item share, id included. */
export interface NewsFor {
  _id: string;
  communityId: string;
  memberId: string;
  /** Absent for news about one's membership. */
  consultationId?: string;
  /** News about a suggestion (its answer) opens the suggestion. */
  suggestionId?: string;
  kind: FeedKind;
}

/**
 * News for one member alone (a reply to my opinion, a ballot entered for me): an item in their
 * 我的 feed. Its id names the event and the member, and the outbox item for the same news has the
 * same id, so telling twice writes each once. News for many is an announcement, read on demand.
 */
export interface FeedDoc extends NewsFor {
  title: string;
  body: string;
  at: number;
  /** Written by versions before the read marker (FeedRead), which marked each item itself; read as such, never written. */
  read?: boolean;
}

export interface FeedRead {
  /** Absent until the first 全部已读. */
  at?: number;
  ids: string[];
}

/**
 * Who an announcement is for, decided when a member reads their feed or the push job walks the
 * members holding a grant, from facts as they then are (notify/hearers.ts). `scope` takes anyone
 * in any of its scopes; the `not…` kinds drop those who have since answered, so a reminder
 * disappears for someone who acted on it.
 */
export type Audience =
  | { kind: 'scope'; scopes: Scope[] }
  | { kind: 'electorate'; voteId: string }
  | { kind: 'notVoted'; voteId: string }
  | { kind: 'notResponded'; scope: Scope }
  | { kind: 'notObjected'; scope: Scope }
  | { kind: 'participants' }
  /** A suggestion's author and those who co-sign it (附议) when the news is read. */
  | { kind: 'backers'; suggestionId: string; authorId: string };

/**
 * The push job of an announcement: the community's members holding a grant for its template,
 * walked in grant-id order a chunk at a time. `cursor` is the last grant id done; a chunk holds a
 * lease while it runs, so a killed chunk is taken again once the lease lapses and, its outbox ids
 * being derived, repeats no message.
 */
export interface PushJob {
  state: 'pending' | 'done';
  cursor: string;
  leaseUntil: number;
  queued: number;
  chunks: number;
  doneAt?: number;
}

/** News for many, written once (fan-out on read): each member's feed finds the ones for them. */
export interface AnnouncementDoc {
  /** Names the event, e.g. `<consultation>:notice:<version>`; an outbox item is `<id>:<member>`. */
  _id: string;
  communityId: string;
  consultationId?: string;
  suggestionId?: string;
  kind: FeedKind;
  audience: Audience;
  title: string;
  body: string;
  fields: MessageFields;
  page: string;
  at: number;
  push: PushJob;
}

/** Message fields as this product means them; a template's config maps them onto WeChat's keys. */
export interface MessageFields {
  title: string;
  /** A short status, WeChat's `phrase` (5 characters). */
  status: string;
  /** The moment the news is about (a meeting's start, a deadline), else when it happened. */
  time: number;
  note: string;
}

/**
 * The outbox: one WeChat subscription message to deliver, only for a member holding a grant for
 * its template — written by an announcement's push job, or by the use case that told one member.
 * The sender claims `pending` items with a guarded update, so two runs never both send one.
 */
export interface NotificationDoc extends NewsFor {
  template: TemplateKey;
  /** The mini-program page the message opens. */
  page: string;
  fields: MessageFields;
  state: DeliveryState;
  attempts: number;
  /** When it may next be tried (backoff after a transient error). */
  nextAt: number;
  createdAt: number;
  claimedAt?: number;
  /** The sender run that claimed it: one batched claim, then one read of what it won. */
  claim?: string;
  sentAt?: number;
  error?: { code: number; message: string };
}

/** One-time subscriptions a member accepted and not yet used, per template. Id: member:template. */
export interface GrantDoc {
  _id: string;
  /** The push job walks a community's grant holders; grants from before it was recorded lack it. */
  communityId?: string;
  memberId: string;
  template: TemplateKey;
  remaining: number;
  updatedAt: number;
}

/** 关注此议题: a member who follows a consultation hears of it as a participant does. Id: consultation:member. */
export interface FollowDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  memberId: string;
  at: number;
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

/**
 * A suggestion in the 群众意见台账. Its id follows from who entered it and their request id, so a
 * retry never makes a second. `cosigns` moves by atomic increments, each backed by a cosign document.
 */
export interface SuggestionDoc extends Carrying, Counted {
  _id: string;
  communityId: string;
  title: string;
  description: string;
  categoryId?: string;
  place: string;
  /** The place normalised, for the ledger's building filter. */
  placeKey: string;
  photos: string[];
  authorId: string;
  /** Hidden from the public; the committee still sees who it is. */
  hideName: boolean;
  channel: SuggestionChannel;
  /** The committee member who entered it from paper, a visit, a call or on the spot. */
  enteredBy?: string;
  moderation: Moderation;
  state: SuggestionState;
  cosigns: number;
  /**
   * What the author counts as among the proposers, kept when raised: their household, and whether
   * a representative (suggestion/proposers.ts). Absent on suggestions raised before; recounted then.
   */
  author?: { household: string; representative: boolean };
  /** 0 until the proposers reach the legal share; then when they did (a guarded update sets it once). */
  thresholdReachedAt: number;
  threshold?: { basis: PetitionBasis; count: number; needed: number };
  answer?: {
    decision: TriageDecision;
    text: string;
    by: string;
    at: number;
    consultationId?: string;
    mergedInto?: string;
  };
  createdAt: number;
  answerDueAt: number;
  version: number;
}

/** One member's 附议 of a suggestion. Id: suggestion:member, so co-signing twice counts once. */
export interface CosignDoc {
  _id: string;
  communityId: string;
  suggestionId: string;
  memberId: string;
  /** The member's household when they signed, for the share of households. */
  household: string;
  /** Whether the member was a representative when they signed, for the share of representatives; absent on older ones. */
  representative?: boolean;
  at: number;
}

/**
 * One household's co-signers of one suggestion (id suggestion:household): how many of it have
 * signed, moved by atomic increments, so the households proposing are counted by a count query.
 */
export interface CosignHouseholdDoc {
  _id: string;
  communityId: string;
  suggestionId: string;
  household: string;
  signers: number;
}

/** 一事一档: the sealed record's hash; the record itself is read back from the store to verify it. */
export interface ArchiveDoc {
  _id: string;
  communityId: string;
  hash: string;
  /** Each part's own hash, so verification can say which part was changed. */
  partHashes: Record<string, string>;
  sealedAt: number;
  by: string;
}

/** Append-only record of every change: who, what, when, and the state before and after. */
export interface AuditDoc {
  _id: string;
  communityId: string;
  at: number;
  actor: { memberId: string; role: Role } | { system: true };
  /** Only an action with its words in AUDIT_ACTION_LABELS can be logged. */
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  before: { status: State | MemberStatus | string; version: number; role?: Role } | null;
  after: { status: State | MemberStatus | string; version: number; role?: Role };
  /** Anything else worth keeping about the change, e.g. a rejection reason or an import's counts. */
  note?: string;
}
