import { z } from 'zod';
import { isCatalogueItemId } from '../catalogue';

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
export const SCOPE_KINDS = ['residents', 'households', 'representatives', 'owners'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];
export const SCOPE_LABELS: Record<ScopeKind, string> = {
  residents: '全体居民',
  households: '每户一名代表',
  representatives: '居（村）民代表',
  owners: '指定楼栋的业主',
};

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

const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label}不能超过${max}个字`);

const instant = z.number().int('时间格式有误').min(0, '时间格式有误');

export const ScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('residents') }),
  z.strictObject({ kind: z.literal('households') }),
  z.strictObject({ kind: z.literal('representatives') }),
  z.strictObject({
    kind: z.literal('owners'),
    buildings: z
      .array(z.string().trim().min(1, '楼栋不能为空').max(20, '楼栋名称过长'))
      .min(1, '请至少选择一个楼栋')
      .max(LIMITS.buildingsMax, '楼栋过多'),
  }),
]);
export type Scope = z.infer<typeof ScopeSchema>;

export const ScheduleSchema = z
  .strictObject({ startsAt: instant.optional(), endsAt: instant.optional() })
  .refine((s) => s.startsAt === undefined || s.endsAt === undefined || s.endsAt > s.startsAt, {
    message: '结束时间必须晚于开始时间',
    path: ['endsAt'],
  });
export type Schedule = z.infer<typeof ScheduleSchema>;

/**
 * A plan as it may stand while still a draft: a title and a catalogue matter are enough to
 * start, everything else can come later. `missingPlanFields` says what publishing still needs.
 */
export const PlanDraftSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(LIMITS.titleMin, `议题标题至少${LIMITS.titleMin}个字`)
    .max(LIMITS.titleMax, `议题标题不能超过${LIMITS.titleMax}个字`),
  categoryId: z.string().refine(isCatalogueItemId, '请从协商事项目录中选择事项'),
  background: text(LIMITS.backgroundMax, '背景说明').optional(),
  forms: z
    .array(z.enum(FORMS, '协商形式有误'))
    .max(FORMS.length)
    .refine((f) => new Set(f).size === f.length, '协商形式有重复')
    .optional(),
  schedule: ScheduleSchema.optional(),
  place: text(LIMITS.placeMax, '地点').optional(),
  host: text(LIMITS.hostMax, '主持人').optional(),
  scope: ScopeSchema.optional(),
  participantsNote: text(LIMITS.participantsNoteMax, '参加人员说明').optional(),
  noticeDays: z
    .number()
    .int('公示天数须为整数')
    .min(LIMITS.noticeDaysMin, `公示期至少${LIMITS.noticeDaysMin}天`)
    .max(LIMITS.noticeDaysMax, `公示期不能超过${LIMITS.noticeDaysMax}天`)
    .optional(),
});
export type PlanDraft = z.infer<typeof PlanDraftSchema>;

/** A plan ready to be published: every field a notice must show is present. */
export type CompletePlan = Required<Omit<PlanDraft, 'participantsNote' | 'place' | 'schedule'>> & {
  place?: string;
  participantsNote?: string;
  schedule: { startsAt: number; endsAt: number };
};

export const PLAN_FIELD_LABELS = {
  title: '议题标题',
  categoryId: '协商事项',
  background: '背景说明',
  forms: '协商形式',
  startsAt: '开始时间',
  endsAt: '结束时间',
  place: '地点',
  host: '主持人',
  scope: '参与范围',
  noticeDays: '公示天数',
} as const;
export type PlanField = keyof typeof PLAN_FIELD_LABELS;

/** A place is needed when people meet in person (会议, 听证); written and online forms need none. */
export function needsPlace(forms: readonly Form[] | undefined): boolean {
  return (forms ?? []).some((f) => f === 'meeting' || f === 'hearing');
}

/** The fields a notice still lacks, in the order the form shows them; empty when publishable. */
export function missingPlanFields(plan: Partial<PlanDraft>): PlanField[] {
  const missing: PlanField[] = [];
  const blank = (s: string | undefined) => !s || s.trim() === '';
  if (blank(plan.title)) missing.push('title');
  if (blank(plan.categoryId)) missing.push('categoryId');
  if (blank(plan.background)) missing.push('background');
  if (!plan.forms || plan.forms.length === 0) missing.push('forms');
  if (plan.schedule?.startsAt === undefined) missing.push('startsAt');
  if (plan.schedule?.endsAt === undefined) missing.push('endsAt');
  if (needsPlace(plan.forms) && blank(plan.place)) missing.push('place');
  if (blank(plan.host)) missing.push('host');
  if (!plan.scope) missing.push('scope');
  if (plan.noticeDays === undefined) missing.push('noticeDays');
  return missing;
}

export function isCompletePlan(plan: Partial<PlanDraft>): plan is CompletePlan {
  return missingPlanFields(plan).length === 0;
}
