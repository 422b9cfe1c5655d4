/** Documents of the 街道／乡镇 tier: the street, its staff and their one-time codes. */
import type { JointCountRule, LocalCatalogue, StaffRole, StreetKind } from '@shared';

/** A 街道 or 乡镇: the communities naming it (`CommunityDoc.streetId`) are under it. */
export interface StreetDoc {
  _id: string;
  name: string;
  kind: StreetKind;
  createdAt: number;
}

/**
 * One person on one street's staff. The id is derived from the openid, so a person holds one such
 * place whatever they do; it is apart from any community membership they may also have.
 */
export interface StaffDoc {
  _id: string;
  openid: string;
  streetId: string;
  name: string;
  role: StaffRole;
  joinedAt: number;
}

/** A one-time code the operator issues for one role on one street's staff. */
export interface StaffInviteDoc {
  _id: string;
  streetId: string;
  role: StaffRole;
  /** The staff place that used it; null while unused (a guarded update claims it). */
  usedBy: string | null;
  usedAt?: number;
  createdAt: number;
}

/** One community's part in a cross-community matter: the consultation it runs under its own register. */
interface JointPart {
  communityId: string;
  communityName: string;
  consultationId: string;
}

/**
 * 跨社区协商: a matter the street leads across several of its communities. Each community runs
 * its own consultation (its board, its register, its count); this record ties them together,
 * says how their votes combine, and carries what the street follows up (督促): the outcome's
 * deadline, overdue until completed.
 */
export interface JointDoc {
  _id: string;
  streetId: string;
  streetName: string;
  title: string;
  countRule: JointCountRule;
  parts: JointPart[];
  /** Bumped on every write; the outcome and the completion name the version they saw. */
  version: number;
  createdBy: string;
  createdAt: number;
  outcome?: { text: string; responsible: string; dueAt: number; by: string; at: number };
  completion?: { report: string; by: string; at: number };
}

/** One change to a street's catalogue, kept for 备案: who made it, when, and what it was. */
export interface CatalogueChange {
  /** The version this change made. */
  version: number;
  at: number;
  staffId: string;
  staffName: string;
  kind: 'add' | 'retire' | 'note';
  itemId: string;
  itemName: string;
  /** The note set (empty when cleared), or the note an added item came with. */
  note?: string;
  /** The officer's request: a retry after a lost reply finds its change here instead of making another. */
  requestId: string;
}

/**
 * A street's refinement of the 协商事项目录 (one per street, its id the street's). Absent until its
 * first change: the street then uses the static catalogue (version 0). Every change bumps the
 * version, which guards the write, so of two officers editing at once one wins.
 */
export interface StreetCatalogueDoc extends LocalCatalogue {
  _id: string;
  version: number;
  /** The number the next added item's id takes: ids are never reused, even of retired items. */
  nextNumber: number;
  history: CatalogueChange[];
}
