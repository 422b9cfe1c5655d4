/** Documents of suggestions: the suggestion, each co-signature, and co-signers by household. */
import type { Moderation, PetitionBasis, SuggestionChannel, SuggestionState, TriageDecision } from '@shared';
import type { Counted } from './common';
import type { Carrying } from './notify';

/**
 * A suggestion in the 群众意见台账. Its id follows from who entered it and their request id, so a
 * retry never makes a second. `cosigns` moves by atomic increments, each backed by a cosign document.
 */
export interface SuggestionDoc extends Carrying, Counted {
  _id: string;
  communityId: string;
  title: string;
  description: string;
  categoryId?: string;
  /** The matter's name as chosen (a street's own item is not in the static catalogue); absent on older records. */
  categoryName?: string;
  place: string;
  /** The place normalised, for the ledger's building filter. */
  placeKey: string;
  photos: string[];
  authorId: string;
  /** Hidden from the public; the committee still sees who it is. */
  hideName: boolean;
  channel: SuggestionChannel;
  /** The committee member who entered it from paper, a visit, a call or on the spot. */
  enteredBy?: string;
  moderation: Moderation;
  state: SuggestionState;
  cosigns: number;
  /**
   * What the author counts as among the proposers, kept when raised: their household, and whether
   * a representative (suggestion/proposers.ts). Absent on suggestions raised before; recounted then.
   */
  author?: { household: string; representative: boolean };
  /** 0 until the proposers reach the legal share; then when they did (a guarded update sets it once). */
  thresholdReachedAt: number;
  threshold?: { basis: PetitionBasis; count: number; needed: number };
  answer?: {
    decision: TriageDecision;
    text: string;
    by: string;
    at: number;
    consultationId?: string;
    mergedInto?: string;
  };
  createdAt: number;
  answerDueAt: number;
  /** Set once by the scheduler when still open past `answerDueAt` (scheduler/flagOverdueSuggestions.ts), for the street's count. */
  overdue?: boolean;
  version: number;
}

/** One member's 附议 of a suggestion. Id: suggestion:member, so co-signing twice counts once. */
export interface CosignDoc {
  _id: string;
  communityId: string;
  suggestionId: string;
  memberId: string;
  /** The member's household when they signed, for the share of households. */
  household: string;
  /** Whether the member was a representative when they signed, for the share of representatives; absent on older ones. */
  representative?: boolean;
  at: number;
}

/**
 * One household's co-signers of one suggestion (id suggestion:household): how many of it have
 * signed, moved by atomic increments, so the households proposing are counted by a count query.
 */
export interface CosignHouseholdDoc {
  _id: string;
  communityId: string;
  suggestionId: string;
  household: string;
  signers: number;
}
