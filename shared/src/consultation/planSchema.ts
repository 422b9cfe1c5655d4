import { z } from 'zod';
import { CATALOGUE_ITEM_ID } from '../catalogue';
import { AttachmentsSchema } from '../files/fileSchema';
import { RULE_KINDS } from '../voting/rules';
import { FORMS, LIMITS } from './planFields';
import { instant as boundedInstant } from '../schema/bounds';

/** The zod schemas of a plan, kept apart from plan.ts so the client can use the rest without zod. */

const text = (max: number, label: string) => z.string().trim().max(max, `${label}不能超过${max}个字`);

const instant = boundedInstant();

const ScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('residents') }),
  z.strictObject({ kind: z.literal('households') }),
  z.strictObject({ kind: z.literal('representatives') }),
  /** One 居民小组／村民小组: its adults (persons) or its households, by the register. */
  z.strictObject({
    kind: z.literal('group'),
    group: z.string().trim().min(1, '请选择小组').max(20, '小组名称过长'),
    form: z.enum(['persons', 'households'], '小组会议的表决方式有误'),
  }),
  /** 农村集体经济组织成员 (成员大会) and their 成员代表 (成员代表大会), by the register. */
  z.strictObject({ kind: z.literal('collective_members') }),
  z.strictObject({ kind: z.literal('collective_representatives') }),
  z
    .strictObject({
      kind: z.literal('owners'),
      buildings: z.array(z.string().trim().min(1, '楼栋不能为空').max(20, '楼栋名称过长')).max(LIMITS.buildingsMax, '楼栋过多'),
      /** Single units besides whole buildings, e.g. the flats along one stairwell. */
      unitIds: z.array(z.string().min(1).max(64)).max(5000, '房屋过多').optional(),
    })
    .refine((s) => s.buildings.length + (s.unitIds?.length ?? 0) > 0, '请至少选择一个楼栋或房屋'),
]);
export type Scope = z.infer<typeof ScopeSchema>;

const ScheduleSchema = z
  .strictObject({ startsAt: instant.optional(), endsAt: instant.optional() })
  .refine((s) => s.startsAt === undefined || s.endsAt === undefined || s.endsAt > s.startsAt, {
    message: '结束时间必须晚于开始时间',
    path: ['endsAt'],
  });

/** 表决安排: what is asked, under which rule, of whom, from when to when, and whether the ballot is secret. */
export const VotePlanSchema = z
  .strictObject({
    question: z.string().trim().min(4, '表决事项至少4个字').max(200, '表决事项不能超过200个字'),
    rule: z.enum(RULE_KINDS, '表决规则有误'),
    scope: ScopeSchema,
    opensAt: instant,
    closesAt: instant,
    secret: z.boolean(),
  })
  .refine((v) => v.closesAt > v.opensAt, { message: '表决截止时间必须晚于开始时间', path: ['closesAt'] });
export type VotePlan = z.infer<typeof VotePlanSchema>;

/**
 * A vote plan not yet finished, kept with a draft so that nothing typed is lost: every field may
 * still be missing, and publishing refuses until it is complete (then it is sent as `vote`).
 */
const VoteDraftSchema = z.strictObject({
  question: z.string().trim().max(200, '表决事项不能超过200个字').optional(),
  rule: z.enum(RULE_KINDS, '表决规则有误').optional(),
  scope: ScopeSchema.optional(),
  opensAt: instant.optional(),
  closesAt: instant.optional(),
  secret: z.boolean().optional(),
});

/**
 * A plan as it may stand while still a draft: a title and a catalogue matter are enough to
 * start, everything else can come later. `missingPlanFields` says what publishing still needs.
 */
export const PlanDraftSchema = z
  .strictObject({
    title: z.string().trim().min(LIMITS.titleMin, `议题标题至少${LIMITS.titleMin}个字`).max(LIMITS.titleMax, `议题标题不能超过${LIMITS.titleMax}个字`),
    categoryId: z.string().regex(CATALOGUE_ITEM_ID, '请从协商事项目录中选择事项'),
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
    /** A consultation may end in a vote (表决). */
    vote: VotePlanSchema.optional(),
    /** A vote plan the committee has begun but not finished; never together with `vote`. */
    voteDraft: VoteDraftSchema.optional(),
    /** 附件: the documents residents read before they take part (the draft 公约, drawings, budgets). */
    attachments: AttachmentsSchema.optional(),
  })
  .refine((p) => !(p.vote && p.voteDraft), { message: '表决安排重复', path: ['voteDraft'] });
export type PlanDraft = z.infer<typeof PlanDraftSchema>;
