import type { CommunityKind, PlanDraft, Role, State, TransitionName } from '@shared';

/** The documents as stored. Every document belongs to one community except the audit's own keys. */

export interface CommunityDoc {
  _id: string;
  name: string;
  kind: CommunityKind;
  /** 街道 / 乡镇 this community belongs to, for cross-community matters. */
  parentName?: string;
  settings: { defaultNoticeDays: number };
  createdAt: number;
}

export interface MemberDoc {
  _id: string;
  openid: string;
  communityId: string;
  name: string;
  role: Role;
  verified: boolean;
  unitIds: string[];
  joinedAt: number;
}

export interface UnitDoc {
  _id: string;
  communityId: string;
  building: string;
  unit: string;
  room: string;
  /** Registered area in hundredths of a square metre (RULES.md: never compare floats). */
  areaHundredths: number;
}

export interface TimelineEntry {
  at: number;
  /** The transition that happened, or the draft's creation. */
  action: TransitionName | 'createDraft';
  status: State;
  by: { memberId: string; role: Role } | { system: true };
  note?: string;
}

export interface ConsultationDoc {
  _id: string;
  communityId: string;
  status: State;
  /** Bumped on every write; an edit or publication names the version it saw. */
  version: number;
  plan: PlanDraft;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  noticePublishedAt?: number;
  withdrawReason?: string;
  timeline: TimelineEntry[];
}

/** Append-only record of every change: who, what, when, and the state before and after. */
export interface AuditDoc {
  _id: string;
  communityId: string;
  at: number;
  actor: { memberId: string; role: Role } | { system: true };
  action: string;
  entity: 'consultation';
  entityId: string;
  before: { status: State; version: number } | null;
  after: { status: State; version: number };
}
