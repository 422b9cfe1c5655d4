import type { CatalogueCategory } from '../catalogue';
import type { Phase, State } from '../consultation/lifecycle';
import type { PlanDraft } from '../consultation/plan';
import type { CommunityKind, Role } from '../membership/roles';

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

export interface MeView {
  /** Null when the caller has not joined a community yet. */
  member: MemberView | null;
  community: CommunityView | null;
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

export interface ConsultationDetailView {
  community: CommunityView;
  consultation: {
    id: string;
    version: number;
    status: State;
    statusLabel: string;
    phase: Phase;
    plan: PlanDraft;
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
  can: { edit: boolean; publish: boolean; withdraw: boolean };
  /** Labels of plan fields still missing before publication (committee only, else empty). */
  missing: string[];
}

export interface DraftSavedView {
  id: string;
  version: number;
  status: State;
  missing: string[];
}
