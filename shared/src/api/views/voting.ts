/** Views of the voting function: the vote screen, its electorate, paper ballots and the tally sheet. */
import type { BallotChannel, ProxyRequestState, VotePhase } from '../../voting/ballots';
import type { PhotoView } from './common';
import type { Check, Choice, Count, Decision } from '../../voting/decide';
import type { RuleKind, RuleThresholds } from '../../voting/rules';
import type { RoomCountView } from './meeting';

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
  /** Cast by a member of my household with a 委托书 the committee confirmed (家人代办): the mark and who. */
  family?: { label: string; helperName: string };
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
  electors: { electorId: string; label: string; voted: boolean; familyLabel?: string }[];
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

/** One household member in a vote as the member acting for them sees it (家人代办). */
export interface FamilyVoterView {
  entryId: string;
  name: string;
  /** Their 委托书, once uploaded: the committee's decision, and why when it was refused. */
  proxy?: { state: ProxyRequestState; stateLabel: string; reason?: string };
  /** Their ballot, once in: who cast it (家人代办 when it was this household), the choice unless secret. */
  ballot?: { by: string; familyLabel?: string; choiceLabel?: string; entryLabel?: string };
  can: { request: boolean; cast: boolean };
  /** Why the next step cannot be taken now, in words. */
  why?: string;
}

/** 代为表决: a vote as the caller's household members stand in it. */
export interface FamilyVoteView {
  consultation: { id: string; title: string };
  question: string;
  secret: boolean;
  members: FamilyVoterView[];
}

/** A 委托书 waiting for the committee: whose ballot, who asked, and the photos to judge it by. */
export interface ProxyRequestView {
  electorId: string;
  electorLabel: string;
  helperName: string;
  familyLabel: string;
  evidence: PhotoView[];
  at: number;
}

export interface ProxyRequestsView {
  pending: ProxyRequestView[];
}
