import { z } from 'zod';
import { zhCN } from 'zod/locales';
import type { ErrorCode } from '../errors';
import { PlanDraftSchema } from '../consultation/planSchema';
import { PRIOR_LIMITS, PRIOR_STEPS } from '../consultation/priorDiscussion';
import { TENURES } from '../membership/member';
import { isRealBirth, REGISTER_FIELDS } from '../membership/register';
import { ATTENDANCE_KINDS, OPINION_LIMITS, REPLY_DECISIONS, STANCES } from '../participation/participation';
import { CHOICES } from '../voting/decide';
import { MINUTES_LIMITS, MINUTES_ROLES, ROOM_METHODS } from '../meeting/meeting';
import { RESULT_LIMITS } from '../results/results';
import { REMINDER_MAX_HOURS } from '../notices/notices';
import { COLLECTED_CHANNELS, SUGGESTION_AGES, SUGGESTION_CHANNELS, SUGGESTION_LIMITS, SUGGESTION_STATES, TRIAGE_DECISIONS } from '../suggestions/suggestions';
import { VotePlanSchema } from '../consultation/planSchema';
import { AttachmentsSchema, FileIdSchema as FileId } from '../files/fileSchema';
import { ROLES } from '../membership/roles';
import { MEMBER_LIMITS, type MemberLimitName } from '../membership/limits';
import { instant, version, wholeNumber } from '../schema/bounds';
import type {
  ArchiveExportView,
  ArchiveView,
  BoardView,
  EvaluationReportView,
  EvaluationSummaryView,
  FeedView,
  CommunitySettingsView,
  FollowView,
  PosterView,
  SignInSheetView,
  BallotPapersView,
  TallySheetView,
  SuggestionExportView,
  SuggestionLedgerView,
  SuggestionListView,
  SuggestionView,
  SubscriptionGrantsView,
  SubscriptionTemplatesView,
  ObjectionListView,
  ObjectionView,
  ProgressView,
  PublicConsultationView,
  BallotEntryView,
  VoteElectorsView,
  ElectoratePreviewView,
  VoteParticipationView,
  VoteView,
  AttendanceListView,
  AttendanceRowView,
  MyOpinionsView,
  OpinionListView,
  OpinionView,
  ParticipationView,
  ReplyQueueView,
  InviteView,
  MemberListView,
  MemberRowView,
  RosterReportView,
  RegisterListView,
  RegisterPersonView,
  RegisterSummaryView,
  CatalogueView,
  ConsultationDetailView,
  ConsultationListView,
  DraftSavedView,
  MeView,
} from './views';
import type { AttendeesView, CheckInView, MeetingView, MinutesView, ScreenView } from './meetingViews';

export * from './views';
export * from './meetingViews';

/**
 * The calling convention: each deployed function dispatches on `action`; every payload is
 * parsed by the schema named here before any use case runs. The client uses the same table
 * for its types, so a renamed field breaks the build on both sides.
 */
// Messages the schemas do not set themselves still reach the user in Chinese.
z.config(zhCN());

const Empty = z.strictObject({});
const Id = z.string().min(1, '缺少编号').max(64, '编号格式有误');
/** An elector of a vote round: a register entry's id, a household's or an owner's. */
const ElectorId = z.string().min(1, '缺少选民编号').max(120, '选民编号格式有误');
/** A phone may retry a write; the same request id never creates a second record. */
const RequestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式有误');
const Version = version();
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
const Reason = z.string().trim().max(500, '原因不能超过500个字');
const Page = z.number().int().min(0).max(10_000).optional();
/** A calendar day as YYYY-MM-DD that the calendar has (2026-02-30 is refused). */
const DayString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d, '没有这一天');
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
const Photos = (max: number) => z.array(FileId).max(max, `照片最多${max}张`);
/** A head count a person enters: a whole number, and no hall holds a million. */
const Count = wholeNumber('人数', 0, 1_000_000, '人');
const NamedPerson = (label: string) => z.string().trim().min(1, `请填写${label}`).max(30, `${label}姓名过长`);
const OpinionText = z.string().trim().min(1, '请填写意见内容').max(OPINION_LIMITS.textMax, `意见不能超过${OPINION_LIMITS.textMax}个字`);
const Stance = z.enum(STANCES, '请选择支持、反对、中立或其他建议');
/** 协商意见: what was agreed, who carries it out, and by when. */
const OutcomeFields = {
  text: z.string().trim().min(1, '请填写协商意见').max(RESULT_LIMITS.outcomeMax, `协商意见不能超过${RESULT_LIMITS.outcomeMax}个字`),
  responsible: z.string().trim().min(1, '请填写落实责任人或单位').max(RESULT_LIMITS.responsibleMax),
  dueAt: instant('落实期限'),
  attachments: AttachmentsSchema.default([]),
};

/** A legal share such as 1/5, as two integers. */
const ShareSchema = z
  .strictObject({ num: z.number().int().min(1).max(1000), den: z.number().int().min(1).max(1000) })
  .refine((s) => s.num <= s.den, '比例不能超过1');
const ThresholdSchema = z.strictObject({ num: z.number().int().min(1).max(100), den: z.number().int().min(1).max(100), inclusive: z.boolean() });
const SuggestionFields = {
  requestId: RequestId,
  title: z
    .string()
    .trim()
    .min(SUGGESTION_LIMITS.titleMin, `标题至少${SUGGESTION_LIMITS.titleMin}个字`)
    .max(SUGGESTION_LIMITS.titleMax, `标题不能超过${SUGGESTION_LIMITS.titleMax}个字`),
  description: z.string().trim().min(1, '请写明建议的内容').max(SUGGESTION_LIMITS.descriptionMax, `内容不能超过${SUGGESTION_LIMITS.descriptionMax}个字`),
  categoryId: z.string().min(1).max(64).optional(),
  place: z.string().trim().min(1, '请填写涉及的楼栋或地点').max(SUGGESTION_LIMITS.placeMax, `地点不能超过${SUGGESTION_LIMITS.placeMax}个字`),
  photos: Photos(SUGGESTION_LIMITS.photosMax),
  hideName: z.boolean(),
};
const SuggestionFilters = {
  state: z.enum(SUGGESTION_STATES, '状态有误').optional(),
  categoryId: z.string().min(1).max(64).optional(),
  building: z.string().trim().min(1).max(SUGGESTION_LIMITS.placeMax).optional(),
  channel: z.enum(SUGGESTION_CHANNELS, '来源有误').optional(),
  age: z.enum(SUGGESTION_AGES, '时间范围有误').optional(),
};

export const API = {
  account: {
    'me.get': Empty,
    /** 删除我的数据: the member's personal data goes; the archive keeps an anonymous record. */
    'me.deleteData': z.strictObject({ confirm: z.literal(true, '请确认删除') }),
    'feed.list': z.strictObject({ page: Page }),
    'feed.markRead': z.strictObject({ ids: z.array(Id).max(100).optional(), all: z.boolean().optional() }),
    /** The template ids the client hands to wx.requestSubscribeMessage. */
    'subscription.templates': Empty,
    /** The ids the member accepted in that prompt: one more message of each may be sent. */
    'subscription.grant': z.strictObject({ templateIds: z.array(z.string().min(1).max(64)).min(1, '请选择要接收的通知').max(3, '一次最多订阅3种通知') }),
    'subscription.mine': Empty,
  },
  member: {
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
  },
  participation: {
    'attendance.set': z.strictObject({ consultationId: Id, kind: z.enum(ATTENDANCE_KINDS, '请选择参加、列席或无法到场') }),
    'attendance.list': z.strictObject({ consultationId: Id }),
    'attendance.confirm': z.strictObject({ consultationId: Id, memberId: Id }),
    'opinion.submit': z.strictObject({
      consultationId: Id,
      requestId: RequestId,
      stance: Stance,
      text: OpinionText,
      photos: Photos(OPINION_LIMITS.photosMax),
      /** 书面: an absentee's written opinion, with photos of the signed paper if they have one. */
      channel: z.enum(['online', 'written'], '提交方式有误'),
    }),
    'opinion.recordOnBehalf': z.strictObject({
      consultationId: Id,
      requestId: RequestId,
      memberId: Id,
      channel: z.enum(['written', 'in_person'], '请选择书面或现场'),
      stance: Stance,
      text: OpinionText,
      evidence: Photos(OPINION_LIMITS.photosMax).min(1, '请上传原件照片作为凭证'),
    }),
    'opinion.respondToEntry': z.strictObject({
      opinionId: Id,
      verdict: z.enum(['confirm', 'dispute'], '请选择确认或有异议'),
      note: Reason.optional(),
    }),
    'opinion.reply': z.strictObject({ opinionId: Id, decision: z.enum(REPLY_DECISIONS, '请选择采纳、部分采纳、不采纳、重复意见或与议题无关'), reason: Reason }),
    'opinion.moderate': z.strictObject({ opinionId: Id, approve: z.boolean() }),
    'opinion.list': z.strictObject({
      consultationId: Id,
      stance: Stance.optional(),
      unanswered: z.boolean().optional(),
      channel: z.enum(['online', 'written', 'in_person']).optional(),
      building: z.string().trim().min(1).max(20).optional(),
      page: Page,
    }),
    'opinion.mine': z.strictObject({ page: Page }),
    'opinion.queue': z.strictObject({ page: Page }),
  },
  result: {
    'outcome.close': z.strictObject({ id: Id, version: Version, ...OutcomeFields }),
    'outcome.write': z.strictObject({ id: Id, version: Version, ...OutcomeFields }),
    'outcome.escalate': z.strictObject({ id: Id, version: Version, reason: Reason, vote: VotePlanSchema }),
    'result.publish': z.strictObject({ id: Id, version: Version }),
    'objection.file': z.strictObject({
      consultationId: Id,
      requestId: RequestId,
      reason: z.string().trim().min(1, '请写明异议的理由').max(RESULT_LIMITS.reasonMax, `理由不能超过${RESULT_LIMITS.reasonMax}个字`),
    }),
    'objection.answer': z.strictObject({
      objectionId: Id,
      decision: z.enum(['dismiss', 'uphold'], '请选择不予采纳或采纳'),
      reason: z.string().trim().max(RESULT_LIMITS.reasonMax),
    }),
    'objection.list': z.strictObject({ consultationId: Id }),
    'implementation.start': z.strictObject({ id: Id }),
    'progress.post': z.strictObject({
      consultationId: Id,
      requestId: RequestId,
      text: z.string().trim().min(1, '请填写进展情况').max(RESULT_LIMITS.progressMax),
      percent: z.number().int('进度须为整数').min(0).max(100, '进度不能超过100%'),
      photos: Photos(OPINION_LIMITS.photosMax),
      attachments: AttachmentsSchema.default([]),
    }),
    'implementation.complete': z.strictObject({
      id: Id,
      report: z.string().trim().max(RESULT_LIMITS.reportMax, `报告不能超过${RESULT_LIMITS.reportMax}个字`),
      photos: Photos(OPINION_LIMITS.photosMax),
    }),
    'evaluation.submit': z.strictObject({
      consultationId: Id,
      score: z.number().int().min(1, '请选择1到5分').max(5, '请选择1到5分'),
      comment: z.string().trim().max(RESULT_LIMITS.commentMax).optional(),
    }),
    'evaluation.report': z.strictObject({ consultationId: Id }),
    'archive.seal': z.strictObject({ id: Id }),
    'archive.export': z.strictObject({ id: Id }),
  },
  voting: {
    'vote.get': z.strictObject({ consultationId: Id }),
    'vote.open': z.strictObject({ consultationId: Id }),
    'vote.close': z.strictObject({ consultationId: Id }),
    /** 调整表决时间: before a vote opens, the committee moves its times; everyone in scope is told anew. */
    'vote.reschedule': z
      .strictObject({
        consultationId: Id,
        version: Version,
        opensAt: instant('表决开始时间'),
        closesAt: instant('表决截止时间'),
        reason: Reason.min(1, '请填写调整原因'),
      })
      .refine((v) => v.closesAt > v.opensAt, { message: '表决截止时间必须晚于开始时间', path: ['closesAt'] }),
    'vote.participation': z.strictObject({ consultationId: Id }),
    /** `electorId`: the one elector a scanned ballot names, instead of a search. */
    'vote.electors': z.strictObject({ consultationId: Id, query: z.string().trim().max(30).optional(), electorId: ElectorId.optional() }),
    'vote.preview': z.strictObject({ consultationId: Id }),
    /** 表决票: the next page of an open vote's electors, after the last elector of the page before. */
    'vote.ballotPapers': z.strictObject({ consultationId: Id, after: ElectorId.optional() }),
    /** 计票单 for the counting table. */
    'vote.tallySheet': z.strictObject({ consultationId: Id }),
    'ballot.cast': z.strictObject({ consultationId: Id, choice: z.enum(CHOICES, '请选择同意、反对或弃权') }),
    'ballot.enterPaper': z
      .strictObject({
        consultationId: Id,
        electorId: ElectorId,
        choice: z.enum(CHOICES, '请选择同意、反对或弃权'),
        channel: z.enum(['paper', 'proxy'], '请选择纸质或委托'),
        /** Photos of the signed ballot. */
        evidence: Photos(4).min(1, '请上传签字选票的照片'),
        /** For a proxy: the member who voted for the elector, and photos of the 委托书. */
        proxyMemberId: Id.optional(),
        proxyEvidence: Photos(4).optional(),
      })
      .refine((b) => b.channel !== 'proxy' || (b.proxyMemberId && b.proxyEvidence && b.proxyEvidence.length > 0), {
        message: '委托投票须注明受托人并上传委托书照片',
        path: ['proxyEvidence'],
      }),
    'ballot.respond': z.strictObject({
      consultationId: Id,
      verdict: z.enum(['confirm', 'dispute'], '请选择确认或有异议'),
      note: Reason.optional(),
    }),
    /** 会场计票: the room's count of a meeting vote, with who counted and watched, and the signed 计票单. */
    'vote.enterRoomCount': z.strictObject({
      consultationId: Id,
      method: z.enum(ROOM_METHODS, '请选择举手或投票箱'),
      counts: z.strictObject({ agree: Count, disagree: Count, abstain: Count, silent: Count }),
      teller: NamedPerson('计票人'),
      scrutineer: NamedPerson('监票人'),
      evidence: Photos(4).min(1, '请上传计票人、监票人签字的计票单照片'),
    }),
  },
  meeting: {
    'meeting.get': z.strictObject({ consultationId: Id }),
    'meeting.open': z.strictObject({ consultationId: Id }),
    'meeting.close': z.strictObject({ consultationId: Id }),
    'meeting.renewScreenCode': z.strictObject({ consultationId: Id }),
    /** 签到 by the resident themself (a tap, or the meeting's code scanned). */
    'meeting.checkIn': z.strictObject({ consultationId: Id }),
    /** The host checks in someone of the register, or their 委托代理人 with the 委托书. */
    'meeting.checkInFor': z.strictObject({
      consultationId: Id,
      entryId: Id,
      proxy: z
        .strictObject({ name: z.string().trim().min(1, '请填写代理人姓名').max(30, '代理人姓名过长'), evidence: Photos(4).min(1, '请上传委托书照片') })
        .optional(),
    }),
    'meeting.checkOut': z.strictObject({ consultationId: Id, electorId: z.string().min(1).max(120) }),
    'meeting.find': z.strictObject({ consultationId: Id, query: z.string().trim().min(1, '请输入姓名或拼音首字母').max(20, '查找内容过长') }),
    /** 会议纪要: the draft, prefilled from the meeting, or as last saved. */
    'meeting.minutes': z.strictObject({ consultationId: Id }),
    'meeting.saveMinutes': z.strictObject({
      consultationId: Id,
      /** The version the form was loaded at; 0 for the first save. */
      version: version(0),
      recorder: NamedPerson('记录人'),
      agenda: z.string().trim().min(1, '请填写议程').max(MINUTES_LIMITS.agendaMax, `议程不能超过${MINUTES_LIMITS.agendaMax}个字`),
      speeches: z
        .array(
          z.strictObject({
            speaker: NamedPerson('发言人'),
            text: z.string().trim().min(1, '请填写发言内容').max(MINUTES_LIMITS.speechMax, `每条发言不能超过${MINUTES_LIMITS.speechMax}个字`),
            /** The remark recorded on the speaker's behalf (现场发言), when the minutes quote one. */
            opinionId: Id.optional(),
          }),
        )
        .max(MINUTES_LIMITS.speechesMax, `发言最多${MINUTES_LIMITS.speechesMax}条`),
      decisions: z.string().trim().min(1, '请填写会议决定事项').max(MINUTES_LIMITS.decisionsMax, `决定事项不能超过${MINUTES_LIMITS.decisionsMax}个字`),
    }),
    'meeting.confirmMinutes': z.strictObject({ consultationId: Id, version: Version, as: z.enum(MINUTES_ROLES, '请选择以记录人或主持人身份确认') }),
  },
  /** The hall's projector: no login, a code that opens one meeting's counts. */
  screen: {
    'screen.get': z.strictObject({
      code: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9]{8}$/, '投屏码为8位字母或数字'),
    }),
  },
  suggestion: {
    /** 我要建议: a member raises a matter. */
    'suggestion.raise': z.strictObject(SuggestionFields),
    /** A committee member enters one collected on paper, by phone, on a visit or on the spot. */
    'suggestion.enter': z.strictObject({
      ...SuggestionFields,
      memberId: Id,
      channel: z.enum(COLLECTED_CHANNELS, '请选择意见箱、入户走访、电话或现场'),
    }),
    'suggestion.list': z.strictObject({ sort: z.enum(['newest', 'cosigned'], '排序方式有误').optional(), page: Page }),
    'suggestion.get': z.strictObject({ id: Id }),
    /** 附议 (on) or withdrawing it (off). */
    'suggestion.cosign': z.strictObject({ id: Id, on: z.boolean() }),
    'suggestion.moderate': z.strictObject({ id: Id, approve: z.boolean() }),
    'suggestion.triage': z.strictObject({
      id: Id,
      version: Version,
      decision: z.enum(TRIAGE_DECISIONS, '请选择处理方式'),
      text: z.string().trim().max(SUGGESTION_LIMITS.answerMax, `说明不能超过${SUGGESTION_LIMITS.answerMax}个字`),
      /** merge: the suggestion it goes into. */
      mergeInto: Id.optional(),
      /** accept: the catalogue matter, when the suggestion has none. */
      categoryId: z.string().min(1).max(64).optional(),
    }),
    /** 台账: the committee's (and the supervisory committee's) filtered view. */
    'suggestion.ledger': z.strictObject({ ...SuggestionFilters, page: Page }),
    'suggestion.export': z.strictObject(SuggestionFilters),
  },
  consultation: {
    'catalogue.list': Empty,
    'consultation.list': Empty,
    'consultation.get': z.strictObject({ id: Id }),
    'consultation.createDraft': z.strictObject({ requestId: RequestId, plan: PlanDraftSchema }),
    'consultation.updateDraft': z.strictObject({ id: Id, version: Version, plan: PlanDraftSchema }),
    'consultation.publishNotice': z.strictObject({ id: Id, version: Version }),
    'consultation.withdraw': z.strictObject({ id: Id, reason: z.string().trim().max(500, '原因不能超过500个字') }),
    'consultation.startConsulting': z.strictObject({ id: Id }),
    /** 关注此议题: hear of every step, as participants do. */
    'consultation.follow': z.strictObject({ id: Id, follow: z.boolean() }),
    /** 前置研究: one step of the Party organisation's prior discussion, with photos of its minutes. */
    'consultation.recordPriorStep': z.strictObject({
      id: Id,
      version: Version,
      step: z.enum(PRIOR_STEPS, '研究步骤有误'),
      heldOn: DayString,
      meeting: z.string().trim().min(2, '请填写会议名称').max(PRIOR_LIMITS.meetingMax, `会议名称不能超过${PRIOR_LIMITS.meetingMax}个字`),
      conclusion: z.string().trim().min(2, '请填写研究结论').max(PRIOR_LIMITS.conclusionMax, `研究结论不能超过${PRIOR_LIMITS.conclusionMax}个字`),
      evidence: Photos(PRIOR_LIMITS.photosMax).min(1, '请上传会议记录的照片'),
    }),
    /** 公告 for the notice board, with a code that opens the consultation. */
    'notice.poster': z.strictObject({ id: Id }),
    /** 签到表 for the meeting: the next page of the register, after the last entry (or unit) of the page before. */
    'consultation.signInSheet': z.strictObject({ id: Id, after: z.string().min(1).max(120).optional() }),
    /** 公示栏: notices, results on display, effective results, progress and completed matters. */
    'board.list': z.strictObject({ communityId: Id.optional(), page: Page }),
    /** Any consultation's public record, for anyone, member or not. */
    'board.item': z.strictObject({ id: Id }),
  },
} as const;

interface ApiResults {
  account: {
    'me.get': MeView;
    'me.deleteData': MeView;
    'feed.list': FeedView;
    'feed.markRead': FeedView;
    'subscription.templates': SubscriptionTemplatesView;
    'subscription.grant': SubscriptionGrantsView;
    'subscription.mine': SubscriptionGrantsView;
  };
  member: {
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
  };
  participation: {
    'attendance.set': ParticipationView;
    'attendance.list': AttendanceListView;
    'attendance.confirm': AttendanceRowView;
    'opinion.submit': OpinionView;
    'opinion.recordOnBehalf': OpinionView;
    'opinion.respondToEntry': OpinionView;
    'opinion.reply': OpinionView;
    'opinion.moderate': OpinionView;
    'opinion.list': OpinionListView;
    'opinion.mine': MyOpinionsView;
    'opinion.queue': ReplyQueueView;
  };
  result: {
    'outcome.close': ConsultationDetailView;
    'outcome.write': ConsultationDetailView;
    'outcome.escalate': ConsultationDetailView;
    'result.publish': ConsultationDetailView;
    'objection.file': ObjectionView;
    'objection.answer': ObjectionView;
    'objection.list': ObjectionListView;
    'implementation.start': ConsultationDetailView;
    'progress.post': ProgressView;
    'implementation.complete': ConsultationDetailView;
    'evaluation.submit': EvaluationSummaryView;
    'evaluation.report': EvaluationReportView;
    'archive.seal': ArchiveView;
    'archive.export': ArchiveExportView;
  };
  meeting: {
    'meeting.get': MeetingView;
    'meeting.open': MeetingView;
    'meeting.close': MeetingView;
    'meeting.renewScreenCode': MeetingView;
    'meeting.checkIn': CheckInView;
    'meeting.checkInFor': MeetingView & { arrival: { label: string; already: boolean } };
    'meeting.checkOut': MeetingView;
    'meeting.find': AttendeesView;
    'meeting.minutes': MinutesView;
    'meeting.saveMinutes': MinutesView;
    'meeting.confirmMinutes': MinutesView;
  };
  screen: {
    'screen.get': ScreenView;
  };
  voting: {
    'vote.enterRoomCount': VoteView;
    'vote.get': VoteView;
    'vote.open': VoteView;
    'vote.close': VoteView;
    'vote.reschedule': ConsultationDetailView;
    'vote.participation': VoteParticipationView;
    'vote.electors': VoteElectorsView;
    'vote.preview': ElectoratePreviewView;
    'vote.ballotPapers': BallotPapersView;
    'vote.tallySheet': TallySheetView;
    'ballot.cast': VoteView;
    'ballot.enterPaper': BallotEntryView;
    'ballot.respond': VoteView;
  };
  suggestion: {
    'suggestion.raise': SuggestionView;
    'suggestion.enter': SuggestionView;
    'suggestion.list': SuggestionListView;
    'suggestion.get': SuggestionView;
    'suggestion.cosign': SuggestionView;
    'suggestion.moderate': SuggestionView;
    'suggestion.triage': SuggestionView;
    'suggestion.ledger': SuggestionLedgerView;
    'suggestion.export': SuggestionExportView;
  };
  consultation: {
    'catalogue.list': CatalogueView;
    'consultation.list': ConsultationListView;
    'consultation.get': ConsultationDetailView;
    'consultation.createDraft': DraftSavedView;
    'consultation.updateDraft': DraftSavedView;
    'consultation.publishNotice': ConsultationDetailView;
    'consultation.withdraw': ConsultationDetailView;
    'consultation.startConsulting': ConsultationDetailView;
    'consultation.follow': FollowView;
    'consultation.recordPriorStep': ConsultationDetailView;
    'notice.poster': PosterView;
    'consultation.signInSheet': SignInSheetView;
    'board.list': BoardView;
    'board.item': PublicConsultationView;
  };
}

export type FunctionName = keyof typeof API;
export type ActionName<F extends FunctionName> = keyof (typeof API)[F] & string;
type SchemaOf<F extends FunctionName, A extends ActionName<F>> = (typeof API)[F][A] extends z.ZodType ? (typeof API)[F][A] : never;
export type PayloadOf<F extends FunctionName, A extends ActionName<F>> = z.input<SchemaOf<F, A>>;
export type ParsedPayloadOf<F extends FunctionName, A extends ActionName<F>> = z.output<SchemaOf<F, A>>;
export type ResultOf<F extends FunctionName, A extends ActionName<F>> = A extends keyof ApiResults[F] ? ApiResults[F][A] : never;

/** What every function returns: data, or a code from the closed set with a message to show. */
export type ApiResponse<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; details?: string[] };

/** The event a function receives: `{action, payload}`, exactly what CloudBase passes through. */
export const EventSchema = z.object({
  action: z.string().min(1).max(64),
  payload: z.unknown().optional(),
});
