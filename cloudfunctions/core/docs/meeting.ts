/** Documents of a meeting: the meeting with its minutes, and each check-in. */
import type { CheckinWay, ElectorateForm, MinutesRole, RuleKind, RuleThresholds, Scope } from '@shared';

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
