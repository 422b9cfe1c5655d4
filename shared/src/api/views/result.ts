/** Views of the result function: the outcome, objections, progress, ratings and the archive. */
import type { ObjectionState } from '../../result/result';
import type { AttachmentView, PhotoView } from './common';
import type { PublishedMinutesView } from './meeting';

interface OutcomeView {
  /** 协商意见: what was agreed. */
  text: string;
  /** Who carries it out. */
  responsible: string;
  dueAt: number;
  writtenByName: string;
  at: number;
  attachments: AttachmentView[];
}

export interface ObjectionView {
  id: string;
  consultationId: string;
  authorName: string;
  reason: string;
  state: ObjectionState;
  stateLabel: string;
  at: number;
  answer?: { reason: string; byName: string; at: number };
  can: { answer: boolean };
}

export interface ProgressView {
  id: string;
  text: string;
  percent: number;
  photos: PhotoView[];
  attachments: AttachmentView[];
  byName: string;
  at: number;
}

export interface EvaluationSummaryView {
  open: boolean;
  endsAt?: number;
  /** How many gave each score, 1 to 5. */
  counts: number[];
  total: number;
  /** The mean to one decimal, when there is at least one rating. */
  average?: number;
  mine?: { score: number; comment?: string };
  /** Whether I may rate: I took part (applied, gave an opinion or voted) and the window is open. */
  canEvaluate: boolean;
}

/** What became of the consultation after the talking, as the detail screen shows it. */
export interface ResultSectionView {
  outcome?: OutcomeView;
  /** The sealed vote of the latest round, if there was one. */
  vote?: { passed: boolean; explanation: string; round: number };
  publication?: {
    objectionWindowEndsAt: number;
    windowOpen: boolean;
    objections: { open: number; total: number };
  };
  implementation?: {
    progressPercent: number;
    dueAt?: number;
    overdue: boolean;
    posts: ProgressView[];
    completion?: { report: string; photos: PhotoView[]; byName: string; at: number };
  };
  evaluation?: EvaluationSummaryView;
  archive?: { hash: string; sealedAt: number };
  /** 会议纪要, once confirmed by the recorder and the host and the result published; names masked. */
  minutes?: PublishedMinutesView;
}

export interface ObjectionListView {
  consultation: { id: string; title: string; statusLabel: string };
  objections: ObjectionView[];
  windowEndsAt?: number;
}

export interface EvaluationReportView {
  consultation: { id: string; title: string; statusLabel: string };
  evaluation: EvaluationSummaryView;
  participants: number;
  /** Comments with the rater's name (the supervisory committee sees who said what). */
  comments: { name: string; score: number; comment: string; at: number }[];
  objections: { total: number; upheld: number; dismissed: number };
  implementation: { dueAt?: number; completedAt?: number; overdue: boolean; posts: number };
  opinions: { total: number; adopted: number; partly: number; rejected: number; /** 重复意见 or 与议题无关. */ moderated: number };
}

export interface ArchiveView {
  consultationId: string;
  hash: string;
  sealedAt: number;
  parts: string[];
}

export interface ArchiveExportView {
  xlsxUrl: string;
  htmlUrl: string;
  /** The storage ids, for the mini program to download through wx.cloud (no domain allow-list needed). */
  xlsxFileId: string;
  htmlFileId: string;
  /** What each file downloads as: 一事一档-<议题>.xlsx / .html. */
  xlsxFileName: string;
  htmlFileName: string;
  hash: string;
}
