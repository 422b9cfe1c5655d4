/**
 * The audit log in words: what each recorded action and state is called. The log keeps codes (they
 * are its keys); everything people read — the 一事一档 dossier first — says them through these tables.
 */
import { STATE_LABELS, TRANSITIONS, type TransitionName } from '../consultation/lifecycle';
import { MEMBER_STATUS_LABELS } from '../member/member';
import { ENTRY_LABELS, MODERATION_LABELS, REPLY_LABELS } from '../participation/participation';
import { OBJECTION_LABELS } from '../result/result';
import { SUGGESTION_STATE_LABELS } from '../suggestion/suggestion';
import { COMMISSION_STATE_LABELS } from '../street/commission';

/** @internal The dossier test lists the codes with it rather than repeating them. */
export const AUDIT_ENTITIES = [
  'consultation',
  'member',
  'community',
  'roster',
  'opinion',
  'attendance',
  'ballot',
  'tally',
  'objection',
  'progress',
  'evaluation',
  'archive',
  'suggestion',
  'meeting',
  'checkin',
  'oversight',
  'commission',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
export const AUDIT_ENTITY_LABELS: Record<AuditEntity, string> = {
  consultation: '议题',
  member: '成员',
  community: '社区设置',
  roster: '花名册',
  opinion: '意见',
  attendance: '参会报名',
  ballot: '选票',
  tally: '计票',
  objection: '异议',
  progress: '落实进展',
  evaluation: '满意度测评',
  archive: '档案',
  suggestion: '群众建议',
  meeting: '会议签到',
  checkin: '到会',
  oversight: '街道督导统计',
  commission: '委托协商事项',
};

/** A lifecycle transition is logged as `consultation.<transition>` and reads as the transition's own label. */
const TRANSITION_ACTION_LABELS = Object.fromEntries(Object.entries(TRANSITIONS).map(([name, t]) => [`consultation.${name}`, t.label])) as Record<
  `consultation.${TransitionName}`,
  string
>;

/**
 * Every action the code writes to the audit log. `AuditAction` is the type of an audit event's
 * action, so writing a new action without its words here does not compile.
 * @internal The tests check every label is Chinese.
 */
export const AUDIT_ACTION_LABELS = {
  ...TRANSITION_ACTION_LABELS,
  'consultation.createDraft': '创建议题',
  'consultation.updateDraft': '修改协商方案',
  'consultation.writeOutcome': '填写协商意见',
  'consultation.overdue': '落实逾期',
  'attendance.confirm': '确认参会',
  'opinion.submit': '提交意见',
  'opinion.recordOnBehalf': '代为录入意见',
  'opinion.family': '家人代办意见',
  'opinion.reply': '答复意见',
  'opinion.moderate': '审核意见',
  'opinion.entry.confirmed': '本人确认代录的意见',
  'opinion.entry.disputed': '本人对代录的意见提出异议',
  'vote.reschedule': '调整表决时间',
  'consultation.recordPriorStep': '记录党组织前置研究',
  'ballot.cast': '投票',
  'ballot.change': '改票',
  'ballot.enterPaper': '录入纸质或委托选票',
  'ballot.family': '家人代办投票',
  'ballot.familyProxy': '上传家人委托书',
  'ballot.familyProxy.confirmed': '确认家人委托书',
  'ballot.familyProxy.refused': '退回家人委托书',
  'ballot.entry.confirmed': '本人确认代录的选票',
  'ballot.entry.disputed': '本人对代录的选票提出异议',
  'objection.file': '提出异议',
  'objection.dismiss': '异议不予采纳',
  'objection.uphold': '采纳异议',
  'progress.post': '报告落实进展',
  'evaluation.submit': '满意度评价',
  'evaluation.change': '修改满意度评价',
  'archive.seal': '归档封存',
  'member.join': '申请加入',
  'member.joinCommittee': '凭委员会邀请码加入',
  'member.approve': '通过加入申请',
  'member.reject': '不通过加入申请',
  'member.remove': '移出成员',
  'member.changeRole': '调整角色',
  'member.importRoster': '导入花名册',
  'register.add': '登记到名册',
  'register.correct': '更正名册',
  'register.markLeft': '标记迁出或死亡',
  'me.deleteData': '注销个人信息',
  'community.updateSettings': '修改社区设置',
  'suggestion.raise': '提出建议',
  'suggestion.enter': '代为录入建议',
  'suggestion.triage': '答复建议',
  'suggestion.moderate': '审核建议',
  'suggestion.thresholdReached': '附议达到法定提议人数',
  'meeting.openCheckIn': '开始签到',
  'meeting.closeCheckIn': '结束签到',
  'meeting.renewScreenCode': '更换投屏码',
  'meeting.saveMinutes': '保存会议纪要',
  'meeting.confirmMinutes': '确认会议纪要',
  'checkin.in': '签到',
  'checkin.out': '离场',
  'vote.enterRoomCount': '录入会场计票结果',
  'counts.repair': '按记录重新计数',
  'commission.create': '街道委托协商事项',
  'commission.report': '向街道报告协商结果',
  'commission.feedback': '街道反馈研究吸纳情况',
} as const satisfies Record<string, string>;
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** An action the tables do not know (an older record, say) still reads as a word, never as its code. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? '其他操作';
}

/** The states each kind of entity is logged with, in words. */
const AUDIT_STATUS_LABELS: Partial<Record<AuditEntity, Record<string, string>>> = {
  consultation: STATE_LABELS,
  member: MEMBER_STATUS_LABELS,
  attendance: { applied: '已报名', confirmed: '已确认' },
  opinion: {
    ...MODERATION_LABELS,
    ...ENTRY_LABELS,
    ...Object.fromEntries(Object.entries(REPLY_LABELS).map(([decision, label]) => [`reply:${decision}`, `已答复：${label}`])),
  },
  ballot: { cast: '已投票', ...ENTRY_LABELS, 'proxy:pending': '委托书待确认', 'proxy:confirmed': '委托书已确认', 'proxy:refused': '委托书已退回' },
  objection: OBJECTION_LABELS,
  suggestion: { ...SUGGESTION_STATE_LABELS, thresholdReached: '已达法定提议人数' },
  meeting: { open: '签到中', closed: '签到已结束', counted: '已计票', saved: '纪要已保存', minutesConfirmed: '纪要已确认' },
  checkin: { present: '到会', left: '已离场' },
  tally: { room: '已录入会场计票' },
  commission: COMMISSION_STATE_LABELS,
};

/**
 * A logged state in words. Some are logged in words already (落实进展 50%, 评分 4分, 逾期); a code
 * the tables do not know reads as a neutral word rather than as itself.
 */
export function auditStatusLabel(entity: AuditEntity, status: string): string {
  const label = AUDIT_STATUS_LABELS[entity]?.[status];
  if (label) return label;
  return /[A-Za-z]/.test(status) ? '其他状态' : status;
}
