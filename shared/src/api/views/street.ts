import type { RefinedCategory } from '../../catalogue';
import type { CommunityKind } from '../../member/roles';
import type { StaffRole, StreetKind } from '../../street/street';

/** A 街道／乡镇 as its staff see it named. */
interface StreetView {
  id: string;
  name: string;
  kind: StreetKind;
  kindLabel: string;
}

/** The caller's own place on a street's staff. */
interface StaffView {
  name: string;
  role: StaffRole;
  roleLabel: string;
  /** Officers act; 民政／督查 readers only read: the screens offer writes from this flag alone. */
  mayAct: boolean;
}

/** One community under the street, as its staff see it: public facts only, never its register. */
export interface StreetCommunityView {
  id: string;
  name: string;
  kind: CommunityKind;
  kindLabel: string;
}

/** 街道工作台: the street, my role, the communities under it, the matters it leads across them. */
export interface StreetHomeView {
  street: StreetView;
  me: StaffView;
  communities: StreetCommunityView[];
  joints: JointSummaryView[];
}

/** One community's part in a cross-community matter: its own consultation, state and count. */
export interface JointPartView {
  communityId: string;
  communityName: string;
  consultationId: string;
  statusLabel: string;
  /** Electors on this community's register for the vote, and ballots so far (choices only once counted). */
  electors: number;
  ballots: number;
  /** The sealed count: choices and the verdict under the rule, in this community alone. */
  counted?: { agree: number; disagree: number; abstain: number; passed: boolean; explanation: string };
}

/** A cross-community matter as a list shows it. */
export interface JointSummaryView {
  id: string;
  title: string;
  communityNames: string[];
  stateLabel: string;
  dueAt?: number;
  /** Implementation past its deadline and not completed (督促). */
  overdue: boolean;
}

/** 跨社区协商: each community's part, the combined count, the outcome and its implementation. */
export interface JointView extends JointSummaryView {
  version: number;
  countRuleLabel: string;
  parts: JointPartView[];
  /** The combined count once every community's vote is counted. */
  overall?: { electors: number; ballots: number; agree: number; disagree: number; abstain: number; passed: boolean; explanation: string };
  /** Passed under the plan's count rule; absent until every part is counted. */
  passed?: boolean;
  outcome?: { text: string; responsible: string; dueAt: number; at: number };
  completion?: { report: string; at: number };
  can: { recordOutcome: boolean; complete: boolean };
}

/** A period a street officer may choose: a quarter, or a whole year. */
export interface PeriodView {
  year: number;
  quarter?: number;
  label: string;
}

/** What the dashboard shows of one community, or of the whole street, over a period. */
export interface OversightFiguresView {
  /** Consultations started in the period, and how many are in each state now (those with any). */
  consultations: number;
  byState: { label: string; count: number }[];
  byCategory: { label: string; count: number }[];
  byForm: { label: string; count: number }[];
  /** People who gave an opinion or voted, against the register's adults. */
  participants: number;
  registerAdults: number;
  /** participants / registerAdults in whole per mille (12.5% → 125), for sorting; null with no register. */
  participationPermille: number | null;
  participationText: string;
  opinions: number;
  answered: number;
  answeredPermille: number | null;
  answeredText: string;
  medianAnswerDays: number | null;
  overdueImplementations: number;
  overdueSuggestions: number;
  evaluations: number;
  /** Mean score of 1–5 in tenths (4.2 → 42), for sorting; null with no evaluations. */
  satisfactionTenths: number | null;
  satisfactionText: string;
}

/** 街道督导: one screen, one call — each community's figures and the street's, and the matters overdue. */
export interface StreetDashboardView {
  street: StreetView;
  me: StaffView;
  period: PeriodView;
  /** The quarters and years on offer, newest first. */
  periods: PeriodView[];
  communities: { id: string; name: string; kindLabel: string; figures: OversightFiguresView }[];
  total: OversightFiguresView;
  /** Cross-community matters past their deadline and not reported complete (督促). */
  overdueJoints: JointSummaryView[];
}

/** A report to 民政 made as a workbook: where to download it, and what it holds. */
export interface StreetReportView {
  fileId: string;
  url: string;
  fileName: string;
  /** The matters listed on its second sheet. */
  matters: number;
}

/** One change to the street's 协商事项目录, as its history lists it. */
interface CatalogueChangeView {
  version: number;
  at: number;
  byName: string;
  /** 新增事项／停用事项／本街道说明 */
  kindLabel: string;
  itemName: string;
  note?: string;
}

/** 协商事项目录 on the street's page: every item (retired ones marked), its version and its history. */
export interface StreetCatalogueView {
  streetName: string;
  /** 0 until the first change (the static catalogue). */
  version: number;
  versionLabel: string;
  /** Officers change it; 民政／督查 readers read it. */
  mayAct: boolean;
  categories: RefinedCategory[];
  /** Newest first. */
  history: CatalogueChangeView[];
}

/** The refined catalogue as an .xlsx for 备案. */
export interface CatalogueExportView {
  fileId: string;
  url: string;
  fileName: string;
  rows: number;
}
