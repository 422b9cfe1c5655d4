import type { CommunityKind } from '../member/roles';

/**
 * 前置研究: since 2026-01-01 a matter for a 居民／村民会议 or 代表会议 (and a 集体经济组织's) is first
 * discussed by the 村(社区)党组织 (RULES.md, 2025 revisions). A 社区 records that discussion; a 村
 * records the first three steps of 四议两公开 (党组织提议 → 两委商议 → 党员大会审议), in order. The
 * other three (决议, 决议公开, 实施结果公开) are what the app already records: the vote, the published
 * result and the completed implementation.
 */
export const PRIOR_STEPS = ['party_discussion', 'party_proposal', 'two_committees', 'party_members'] as const;
export type PriorStep = (typeof PRIOR_STEPS)[number];
export const PRIOR_STEP_LABELS: Record<PriorStep, string> = {
  party_discussion: '社区党组织研究讨论',
  party_proposal: '村党组织提议',
  two_committees: '村“两委”会议商议',
  party_members: '党员大会审议',
};

/** The steps a community of this kind records, in the order they must be taken. */
export const PRIOR_STEPS_BY_KIND: Record<CommunityKind, readonly PriorStep[]> = {
  community: ['party_discussion'],
  village: ['party_proposal', 'two_committees', 'party_members'],
};

/** 四议两公开 in full: the three recorded steps, then the three the consultation itself records. */
export const FOUR_AND_TWO_PUBLIC = [
  ...PRIOR_STEPS_BY_KIND.village.map((step) => ({ step, label: PRIOR_STEP_LABELS[step] })),
  { step: 'decision', label: '村民会议或村民代表会议决议' },
  { step: 'decision_public', label: '决议公开' },
  { step: 'result_public', label: '实施结果公开' },
] as const;

export const PRIOR_LIMITS = { meetingMax: 60, conclusionMax: 500, photosMax: 9 } as const;

/** The step a community records next, or null when its prior discussion is complete. */
export function nextPriorStep(kind: CommunityKind, recorded: readonly { step: PriorStep }[]): PriorStep | null {
  const done = new Set(recorded.map((r) => r.step));
  return PRIOR_STEPS_BY_KIND[kind].find((step) => !done.has(step)) ?? null;
}

/**
 * Whether the Party organisation's prior discussion is on record: a 社区's discussion, or a 村's
 * three steps of 四议两公开 (recording them in order is enforced where they are recorded).
 */
export function priorDiscussionDone(recorded: readonly { step: PriorStep }[]): boolean {
  const done = new Set(recorded.map((r) => r.step));
  return Object.values(PRIOR_STEPS_BY_KIND).some((steps) => steps.every((s) => done.has(s)));
}
