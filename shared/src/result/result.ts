/** After the talking: the outcome, its publication with objections, carrying it out, and the participants' verdict. */

/** @internal The dossier test lists the codes with it rather than repeating them. */
export const OBJECTION_STATES = ['open', 'dismissed', 'upheld', 'superseded'] as const;
export type ObjectionState = (typeof OBJECTION_STATES)[number];
export const OBJECTION_LABELS: Record<ObjectionState, string> = {
  open: '待答复',
  dismissed: '不予采纳',
  upheld: '已采纳，进入复议',
  superseded: '已随复议一并处理',
};

/** Community settings' defaults (RULES.md: windows vary locally, often 5–7 days). */
export const DEFAULT_OBJECTION_DAYS = 7;
export const DEFAULT_EVALUATION_DAYS = 14;

export const SCORES = [1, 2, 3, 4, 5] as const;
export const SCORE_LABELS: Record<number, string> = { 1: '很不满意', 2: '不满意', 3: '一般', 4: '满意', 5: '很满意' };

export const RESULT_LIMITS = {
  outcomeMax: 3000,
  responsibleMax: 60,
  reasonMax: 1000,
  progressMax: 2000,
  reportMax: 5000,
  commentMax: 500,
} as const;
