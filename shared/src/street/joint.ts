/**
 * 跨社区协商: a matter spanning several communities, led by their 街道／乡镇 (seed 002:
 * 「涉及两个以上村（社区）的重要事项……由乡镇（街道）党（工）委牵头组织开展协商」). Each community takes part
 * under its own register; the plan says how the vote is decided across them.
 */
export const JOINT_COUNT_RULES = ['overall', 'each', 'both'] as const;
export type JointCountRule = (typeof JOINT_COUNT_RULES)[number];
export const JOINT_COUNT_RULE_LABELS: Record<JointCountRule, string> = {
  overall: '各社区合并计票，按合计结果决定',
  each: '每个社区分别表决，全部通过才算通过',
  both: '合并计票通过，且每个社区分别通过',
};

/** The most communities one matter spans: a 街道 has tens of them. */
export const JOINT_MAX_COMMUNITIES = 30;

/**
 * Whether the matter passed, under its count rule, from each community's verdict and the
 * combined count's; undefined while any community's vote is not yet counted.
 */
export function jointPassed(rule: JointCountRule, each: (boolean | undefined)[], overall: boolean | undefined): boolean | undefined {
  if (each.some((p) => p === undefined) || overall === undefined) return undefined;
  const everyOne = each.every(Boolean);
  if (rule === 'overall') return overall;
  if (rule === 'each') return everyOne;
  return overall && everyOne;
}
