/** Documents of a vote: its electors and ballots, the tally with its counters, room count and recount, and proxies. */
import type {
  BallotChannel,
  ProxyRequestState,
  Choice,
  ChoiceCounts,
  Decision,
  ElectorateForm,
  RoomCounts,
  RoomMethod,
  RuleKind,
  RuleThresholds,
} from '@shared';
import type { Counted } from './common';

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
  /** A ballot entered for the elector waits for them to confirm or dispute it; `by: 'family'` when a household member cast it (家人代办). */
  entry?: { state: 'pending' | 'confirmed' | 'disputed'; note?: string; by?: 'family' };
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

/**
 * A household member's signed 委托书 for a relative's ballot in one vote (家人代办), for the committee
 * to confirm before the ballot can be cast. Id: the relative's ballot id, so one elector has one.
 */
export interface FamilyProxyDoc {
  _id: string;
  communityId: string;
  consultationId: string;
  voteId: string;
  electorId: string;
  /** The relative's register entry. */
  entryId: string;
  helperId: string;
  /** Photos of the signed 委托书: the committee, the helper and the relative read them. */
  evidence: string[];
  state: ProxyRequestState;
  reason?: string;
  decidedBy?: string;
  at: number;
  version: number;
}

/** How many electors a proxy represents in one vote; a guarded increment keeps it within the limit. */
export interface ProxyDoc {
  _id: string;
  voteId: string;
  count: number;
}
