/** Views of the suggestion function: suggestions, the committee's ledger and its export, and the suggestion settings. */
import type { PetitionSettings, SuggestionChannel, SuggestionState, TriageDecision } from '../../suggestion/suggestion';
import type { PhotoView } from './common';

/** A suggestion as the viewer may see it: names masked or hidden for members, in full for the committee. */
export interface SuggestionView {
  id: string;
  version: number;
  title: string;
  description: string;
  categoryId?: string;
  categoryName: string;
  place: string;
  photos: PhotoView[];
  /** 匿名 when the author hid their name, unless the viewer is the committee. */
  authorName: string;
  channel: SuggestionChannel;
  channelLabel: string;
  state: SuggestionState;
  stateLabel: string;
  createdAt: number;
  answerDueAt: number;
  /** Open past its answer period: the ledger highlights it. */
  overdue: boolean;
  cosigns: number;
  /** When the proposers reached the share that obliges a meeting (已达法定提议人数). */
  /** basisLabel: what it was counted by (居民 / 村民 / 户); unit: 人 or 户. */
  legalThreshold?: { reachedAt: number; basisLabel: string; unit: string; count: number; needed: number };
  answer?: {
    decision: TriageDecision;
    decisionLabel: string;
    text: string;
    byName: string;
    at: number;
    /** accept: the draft consultation made from it. */
    consultation?: { id: string; title: string };
    /** merge: the suggestion it went into. */
    mergedInto?: { id: string; title: string };
  };
  /** Held by the content check: the author and the committee see it, nobody else. */
  underReview: boolean;
  /** For the viewer. */
  mine: boolean;
  cosignedByMe: boolean;
  can: { cosign: boolean; triage: boolean; moderate: boolean };
  /** Committee only: for the ledger and follow-up. */
  authorId?: string;
  enteredByName?: string;
}

export interface SuggestionListView {
  items: SuggestionView[];
  page: number;
  hasMore: boolean;
}

/** 群众意见台账: the committee's filtered ledger, with counts. */
export interface SuggestionLedgerView {
  items: SuggestionView[];
  page: number;
  hasMore: boolean;
  /** Matching the filters, by state; `overdue` counts open ones past their period. */
  counts: { total: number; overdue: number; byState: Record<SuggestionState, number> };
}

/** One matter the ledger's suggestions of a period keep raising. */
export interface SuggestionThemeView {
  key: string;
  /** The community matter it is about (费用, 车位, 消防…), when its words say so clearly. */
  matter?: string;
  keywords: string[];
  label: string;
  suggestionIds: string[];
  count: number;
  /** Distinct people who raised them. */
  people: number;
  /** 附议 over all of them. */
  cosigns: number;
  /** Still waiting for the committee's answer. */
  open: number;
  /** Two or three that say it best. */
  quotes: { id: string; title: string; stateLabel: string }[];
}

/** 台账归纳: the themes of a period's suggestions, the near-duplicates among them, and what fits no theme. */
export interface SuggestionThemesView {
  from: string;
  to: string;
  total: number;
  themes: SuggestionThemeView[];
  groups: { key: string; title: string; count: number; suggestionIds: string[] }[];
  rest: string[];
}

export interface SuggestionExportView {
  fileId: string;
  url: string;
  /** What the file downloads as: 群众意见台账-<date>.xlsx. */
  fileName: string;
  rows: number;
}

/** The answer period and the legal shares, as the committee edits them. */
export interface SuggestionSettingsView {
  answerDays: number;
  petition: PetitionSettings;
}
