import type { CommissionState, FeedbackDecision } from '../../street/commission';

/** The committee's report upward: the consultation's outcome (协商意见) as it stood, and a note. */
interface CommissionReportView {
  outcome: string;
  note?: string;
  at: number;
}

/** What the street took up of the report (研究吸纳), and why not all of it. */
export interface CommissionFeedbackView {
  decision: FeedbackDecision;
  decisionLabel: string;
  reasons?: string;
  at: number;
}

/** One commissioned matter (委托协商事项), as the street's staff and the community's committee see it. */
export interface CommissionView {
  id: string;
  title: string;
  /** What to consult on. */
  matter: string;
  /** 和平街道, or 和平街道（城管科）. */
  commissioner: string;
  community: { id: string; name: string };
  /** The day the report is due, YYYY-MM-DD. */
  dueOn: string;
  /** Past its due day with the report still owed. */
  overdue: boolean;
  state: CommissionState;
  stateLabel: string;
  createdAt: number;
  /** The consultation the committee started from it, once it has. */
  consultationId?: string;
  report?: CommissionReportView;
  feedback?: CommissionFeedbackView;
  /** What the caller may do now; the cloud function checks again. */
  can: { draft: boolean; report: boolean; feedback: boolean };
  /** Why the report cannot be sent yet, in plain words (committee only). */
  reportBlocked?: string;
}

export interface CommissionListView {
  items: CommissionView[];
  /** Those still waiting for the committee's report. */
  open: number;
}

/** The street's list, which says too whether the caller may commission. */
export interface StreetCommissionListView extends CommissionListView {
  /** Officers commission; 民政／督查 readers only read: the answer of the policy `street.commission` enforces. */
  mayCommission: boolean;
}

/** A consultation made on commission, as its detail and public record say it: by whom, and what came back. */
export interface CommissionNoteView {
  commissioner: string;
  feedback?: CommissionFeedbackView;
}
