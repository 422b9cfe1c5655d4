/** Documents every context keeps or writes: the counting marks on a record, and the audit log. */
import type { AuditAction, AuditEntity, MemberStatus, Role, State } from '@shared';

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

/** A 街道／乡镇 officer acting in a community: a cross-community matter's steps, a commission's. */
export interface StaffActor {
  staffId: string;
  streetName: string;
}

/** Append-only record of every change: who, what, when, and the state before and after. */
export interface AuditDoc {
  _id: string;
  communityId: string;
  at: number;
  /** A member in their role, the system, or a 街道／乡镇 officer whose action lands in the community. */
  actor: { memberId: string; role: Role } | { system: true } | StaffActor;
  /** Only an action with its words in AUDIT_ACTION_LABELS can be logged. */
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  before: { status: State | MemberStatus | string; version: number; role?: Role } | null;
  after: { status: State | MemberStatus | string; version: number; role?: Role };
  /** Anything else worth keeping about the change, e.g. a rejection reason or an import's counts. */
  note?: string;
}
