/** The member function's actions: each one's payload schema, and the view it returns. */
import { z } from 'zod';
import { FileIdSchema as FileId } from '../../files/fileSchema';
import { MEMBER_LIMITS, type MemberLimitName } from '../../member/limits';
import { TENURES } from '../../member/member';
import { isRealBirth, REGISTER_FIELDS } from '../../member/register';
import { ROLES } from '../../member/roles';
import { REMINDER_MAX_HOURS } from '../../notify/notify';
import { wholeNumber } from '../../schema/bounds';
import type { MeView } from '../views/account';
import type {
  CommunitySettingsView,
  InviteView,
  MemberListView,
  MemberRowView,
  RegisterListView,
  RegisterPersonView,
  RegisterSummaryView,
  RosterReportView,
} from '../views/member';
import { DayString, Empty, Id, Page, Reason, Version } from './common';

const InviteCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{6,12}$/, '邀请码应为6到12位字母或数字'));
const PersonName = z.string().trim().min(1, '请填写姓名').max(30, '姓名不能超过30个字');
const AddressPart = (label: string, min: number) => z.string().trim().min(min, `请填写${label}`).max(20, `${label}不能超过20个字`);
/** Hours before a deadline; 0 sends no reminder of that kind. */
const ReminderHours = z.number().int('请填写整数小时').min(0, '提醒时间不能为负').max(REMINDER_MAX_HOURS, `提醒最多提前${REMINDER_MAX_HOURS}小时`);
const memberLimit = (name: MemberLimitName, label: string) => wholeNumber(label, MEMBER_LIMITS[name].min, MEMBER_LIMITS[name].max, '条');
const YesNo = z.boolean();
/** A person as the committee types them into the register. */
const RegisterPersonSchema = z.strictObject({
  name: PersonName,
  address: z.strictObject({ building: AddressPart('楼栋或村民小组', 1), unit: AddressPart('单元', 0), room: AddressPart('房号或户号', 1) }),
  birth: z
    .strictObject({ year: z.number().int(), month: z.number().int().optional(), day: z.number().int().optional() })
    .refine(isRealBirth, '出生日期有误')
    .optional(),
  group: z.string().trim().max(20, '小组名称过长').optional(),
  householdNo: z.string().trim().max(20, '户号过长').optional(),
  householdRep: YesNo,
  representative: YesNo,
  collectiveMember: YesNo,
  collectiveRepresentative: YesNo,
  phoneLast4: z
    .string()
    .regex(/^\d{4}$/, '手机后四位须为4位数字')
    .optional(),
});
/** A legal share such as 1/5, as two integers. */
const ShareSchema = z
  .strictObject({ num: z.number().int().min(1).max(1000), den: z.number().int().min(1).max(1000) })
  .refine((s) => s.num <= s.den, '比例不能超过1');
const ThresholdSchema = z.strictObject({ num: z.number().int().min(1).max(100), den: z.number().int().min(1).max(100), inclusive: z.boolean() });

export const memberApi = {
  'invite.lookup': z.strictObject({ code: InviteCode }),
  'member.join': z.strictObject({
    code: InviteCode,
    name: PersonName,
    address: z.strictObject({
      building: AddressPart('楼栋或村民小组', 1),
      unit: AddressPart('单元', 0),
      room: AddressPart('房号或户号', 1),
    }),
    tenure: z.enum(TENURES, '请选择业主或租户'),
  }),
  'member.list': z.strictObject({ query: z.string().trim().max(30).optional() }),
  'member.approve': z.strictObject({ memberId: Id, unitId: Id.optional() }),
  'member.reject': z.strictObject({ memberId: Id, reason: Reason }),
  'member.changeRole': z.strictObject({ memberId: Id, role: z.enum(ROLES, '角色有误') }),
  'member.remove': z.strictObject({ memberId: Id, reason: Reason }),
  /** The workbook goes to storage first, as a document; the function reads it from there. */
  'member.importRoster': z.strictObject({
    fileId: FileId,
    dryRun: z.boolean(),
    /** Headers the import did not know, mapped by the committee; remembered for the community. */
    headerMap: z.record(z.string().trim().min(1).max(40), z.enum(REGISTER_FIELDS, '列的含义有误')).optional(),
  }),
  /** 名册: the register of persons, committee and supervisory committee only. */
  'register.list': z.strictObject({
    query: z.string().trim().max(30).optional(),
    group: z.string().trim().max(20).optional(),
    status: z.enum(['current', 'left'], '状态有误').optional(),
    page: Page,
  }),
  'register.summary': Empty,
  'register.get': z.strictObject({ id: Id }),
  /** Adds a person (no id) or corrects one (id and the version read). */
  'register.save': z.strictObject({ id: Id.optional(), version: Version.optional(), person: RegisterPersonSchema }),
  /** 迁出／死亡: kept on the register with the date, never deleted. */
  'register.markLeft': z.strictObject({ id: Id, version: Version, kind: z.enum(['moved_out', 'deceased'], '请选择迁出或死亡'), on: DayString }),
  'community.settings': Empty,
  'community.updateSettings': z.strictObject({
    reminders: z
      .strictObject({
        meeting: ReminderHours,
        vote: ReminderHours,
        objection: ReminderHours,
      })
      .optional(),
    limits: z
      .strictObject({
        opinionsPerConsultation: memberLimit('opinionsPerConsultation', '每人每个议题的意见条数'),
        suggestionsPerDay: memberLimit('suggestionsPerDay', '每人每天的建议条数'),
      })
      .optional(),
    /** 居民代表会议's thresholds (a 社区's own 议事规则 while the 2025 text is unconfirmed). */
    residentRepresentatives: z.strictObject({ quorum: ThresholdSchema, pass: ThresholdSchema }).optional(),
    suggestions: z
      .strictObject({
        answerDays: z.number().int('请填写整数天数').min(1, '答复期限至少1天').max(90, '答复期限最多90天'),
        petition: z.strictObject({
          residents: ShareSchema.nullable(),
          households: ShareSchema.nullable(),
          representatives: ShareSchema.nullable().optional(),
        }),
      })
      .optional(),
  }),
} as const;

export interface MemberApiResults {
  'invite.lookup': InviteView;
  'member.join': MeView;
  'member.list': MemberListView;
  'member.approve': MemberRowView;
  'member.reject': MemberRowView;
  'member.changeRole': MemberRowView;
  'member.remove': MemberRowView;
  'member.importRoster': RosterReportView;
  'register.list': RegisterListView;
  'register.summary': RegisterSummaryView;
  'register.get': RegisterPersonView;
  'register.save': RegisterPersonView;
  'register.markLeft': RegisterPersonView;
  'community.settings': CommunitySettingsView;
  'community.updateSettings': CommunitySettingsView;
}
