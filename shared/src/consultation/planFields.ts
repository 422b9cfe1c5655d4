/**
 * The plan's vocabulary and limits, imported by the plan's rules (plan.ts), its schema
 * (planSchema.ts) and the voting rules alike; it imports nothing, so none of them depends on another
 * through it.
 */

/** 协商形式: how people take part. */
export const FORMS = ['meeting', 'written', 'online', 'hearing'] as const;
export type Form = (typeof FORMS)[number];
export const FORM_LABELS: Record<Form, string> = {
  meeting: '会议',
  written: '书面',
  online: '网上',
  hearing: '听证',
};

/** 协商主体: whose voice and vote the consultation is about. */
export const SCOPE_KINDS = ['residents', 'households', 'representatives', 'group', 'collective_members', 'collective_representatives', 'owners'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];
/** How long each part of a plan may be, and the notice period's range. */
export const LIMITS = {
  titleMin: 2,
  titleMax: 60,
  backgroundMax: 5000,
  placeMax: 100,
  hostMax: 30,
  participantsNoteMax: 500,
  noticeDaysMin: 1,
  noticeDaysMax: 60,
  buildingsMax: 50,
} as const;
