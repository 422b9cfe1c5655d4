/** Views of the member function: joining, the committee's member list, the roster import, the register and the community's settings. */
import type { MemberLimits } from '../../member/limits';
import type { MemberStatus } from '../../member/member';
import type { Birth, RegisterStatus } from '../../member/register';
import type { Role } from '../../member/roles';
import type { ReminderSettings } from '../../notify/notify';
import type { RepresentativesSetting } from '../../voting/representativesSetting';
import type { CommunityView, UnitView } from './common';
import type { SuggestionSettingsView } from './suggestion';

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
