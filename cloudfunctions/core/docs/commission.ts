/** A matter a 街道／乡镇 commissioned one of its communities to consult on (委托协商), down and back up. */
import type { CommissionState, FeedbackDecision } from '@shared';

export interface CommissionDoc {
  _id: string;
  streetId: string;
  /** Copied when commissioned (neither name changes), so a community's screens name them without reading the street. */
  streetName: string;
  communityId: string;
  communityName: string;
  title: string;
  matter: string;
  /** The department under the street that asked (城管科), if not the street itself. */
  department?: string;
  /** The day the report is due, YYYY-MM-DD. */
  dueOn: string;
  /** Moved only by guarded updates naming the state they expect, so a retry or a race changes it once. */
  state: CommissionState;
  /** The officer (staff place) who commissioned it. */
  by: string;
  createdAt: number;
  /** The consultation the committee started from it. */
  consultationId?: string;
  /** The committee's report: the outcome as it stood when sent. */
  report?: { outcome: string; note?: string; by: string; at: number };
  /** The street's feedback on the report (研究吸纳). */
  feedback?: { decision: FeedbackDecision; reasons?: string; by: string; at: number };
}
