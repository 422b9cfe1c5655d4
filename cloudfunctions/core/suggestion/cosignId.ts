export const cosignId = (suggestionId: string, memberId: string) => `${suggestionId}:${memberId}`;
