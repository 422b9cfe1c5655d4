/**
 * What one member may send, so that no one person can drown a consultation or the ledger: 10,000
 * opinions from one resident left a committee unable to close without 10,000 replies. A committee
 * may set its own within the range; the default is what the product ships with.
 */
export const MEMBER_LIMITS = {
  /** Opinions of one member (sent by themself) on one consultation. */
  opinionsPerConsultation: { default: 5, min: 1, max: 50 },
  /** Suggestions one member raises in a day (China time). */
  suggestionsPerDay: { default: 5, min: 1, max: 50 },
} as const;

export type MemberLimitName = keyof typeof MEMBER_LIMITS;
export type MemberLimits = Record<MemberLimitName, number>;

export const MEMBER_LIMIT_LABELS: Record<MemberLimitName, string> = {
  opinionsPerConsultation: '每人每个议题最多发表意见（条）',
  suggestionsPerDay: '每人每天最多提出建议（条）',
};

/** A community's limits, its own where it set them. */
export function memberLimitsOf(own: Partial<MemberLimits> | undefined): MemberLimits {
  return {
    opinionsPerConsultation: own?.opinionsPerConsultation ?? MEMBER_LIMITS.opinionsPerConsultation.default,
    suggestionsPerDay: own?.suggestionsPerDay ?? MEMBER_LIMITS.suggestionsPerDay.default,
  };
}
