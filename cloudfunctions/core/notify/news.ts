import { formatChinaTime, REPLY_LABELS, type ReplyDecision, type Scope } from '@shared';
import type { SystemContext } from '../context';
import type { CommunityDoc, ConsultationDoc, ElectorDoc, MemberDoc, OpinionDoc } from '../docs';
import type { AnnouncementDraft } from './announce';
import { notify } from './notify';

/**
 * What each event tells whom. News for many is an announcement the causing change carries in its
 * own guarded write (applyTransition's `announce`); news for one is told right after the write.
 * The keys make a retried call tell nobody twice.
 */

/** 发布公告: everyone in the consultation's scope (the community, or the buildings named). */
export function noticePublished(c: ConsultationDoc, version: number, now: number): AnnouncementDraft {
  const startsAt = c.plan.schedule?.startsAt ?? now;
  const where = c.plan.place ? `，地点：${c.plan.place}` : '';
  return {
    key: `${c._id}:notice:${version}`,
    kind: 'notice',
    communityId: c.communityId,
    consultationId: c._id,
    audience: { kind: 'scope', scopes: [scopeOf(c.plan.scope)] },
    title: `协商公告：${c.plan.title}`,
    body: `时间：${formatChinaTime(startsAt)}${where}。欢迎报名参加或发表意见。`,
    fields: { title: c.plan.title, status: '公告', time: startsAt, note: c.plan.place ?? '线上参与' },
  };
}

/** A consultation without a scope is the whole community's. */
export const scopeOf = (scope: Scope | undefined): Scope => scope ?? { kind: 'residents' };

/** 审核通过: the applicant hears they are in. */
export function applicationApproved(ctx: SystemContext, m: MemberDoc, community: CommunityDoc): Promise<number> {
  return notify(ctx, [m._id], {
    key: `${m._id}:approved:${m.version}`,
    kind: 'approved',
    communityId: community._id,
    title: `入会申请已通过`,
    body: `您已成为${community.name}的认证成员，可以参加协商、发表意见和投票。`,
    fields: { title: community.name, status: '已通过', time: ctx.now, note: '可以参加协商和投票了' },
    page: 'pages/index/index',
  });
}

/** 确认参加: the applicant's place at the meeting is confirmed. */
export function attendanceConfirmed(ctx: SystemContext, c: ConsultationDoc, memberId: string): Promise<number> {
  const startsAt = c.plan.schedule?.startsAt ?? ctx.now;
  return notify(ctx, [memberId], {
    key: `${c._id}:attendance:${memberId}`,
    kind: 'attendance',
    communityId: c.communityId,
    consultationId: c._id,
    title: `报名已确认：${c.plan.title}`,
    body: `请于${formatChinaTime(startsAt)}${c.plan.place ? `到${c.plan.place}` : ''}参加协商。`,
    fields: { title: c.plan.title, status: '已确认', time: startsAt, note: c.plan.place ?? '请按时参加' },
  });
}

/** 答复: the author of the opinion hears the committee's answer (each revision of it). */
export function opinionAnswered(ctx: SystemContext, c: ConsultationDoc, o: OpinionDoc, decision: ReplyDecision, reason: string) {
  return notify(ctx, [o.authorId], {
    key: `${o._id}:reply:${o.version}`,
    kind: 'reply',
    communityId: c.communityId,
    consultationId: c._id,
    title: `您的意见已答复：${REPLY_LABELS[decision]}`,
    body: reason || `委员会${REPLY_LABELS[decision]}了您对「${c.plan.title}」的意见。`,
    fields: { title: c.plan.title, status: REPLY_LABELS[decision], time: ctx.now, note: reason || '查看答复详情' },
  });
}

/** 代录: a committee member entered an opinion for the member, who should confirm or dispute it. */
export function opinionEntered(ctx: SystemContext, c: ConsultationDoc, o: OpinionDoc) {
  return notify(ctx, [o.authorId], {
    key: `${o._id}:entered`,
    kind: 'onBehalf',
    communityId: c.communityId,
    consultationId: c._id,
    title: `委员会为您代录了一条意见`,
    body: `「${c.plan.title}」：请核对代录的内容，确认无误或提出异议。`,
    fields: { title: c.plan.title, status: '待确认', time: ctx.now, note: '请核对代录的意见' },
    page: 'consultation/my-opinions/index',
  });
}

/** 纸质选票录入: the elector's voters are asked to confirm it (never told the choice: it may be secret). */
export function ballotEntered(ctx: SystemContext, c: ConsultationDoc, elector: ElectorDoc, ballotKey: string) {
  return notify(ctx, elector.voters, {
    key: `${ballotKey}:entered`,
    kind: 'onBehalf',
    communityId: c.communityId,
    consultationId: c._id,
    title: `委员会录入了您的纸质选票`,
    body: `「${c.plan.title}」：请在表决页面核对并确认，如有出入请提出异议。`,
    fields: { title: c.plan.title, status: '待确认', time: ctx.now, note: '请核对录入的选票' },
    page: `vote/index/index?consultationId=${c._id}`,
  });
}

/** 开始表决: every voter of the snapshotted electorate. */
export function voteOpened(c: ConsultationDoc, voteId: string, now: number): AnnouncementDraft {
  const closesAt = c.plan.vote?.closesAt ?? now;
  return {
    key: `${voteId}:opened`,
    kind: 'voteOpened',
    communityId: c.communityId,
    consultationId: c._id,
    audience: { kind: 'electorate', voteId },
    title: `开始表决：${c.plan.title}`,
    body: `请在${formatChinaTime(closesAt)}前投票。`,
    fields: { title: c.plan.title, status: '表决中', time: closesAt, note: '请在截止前投票' },
    page: `vote/index/index?consultationId=${c._id}`,
  };
}

/**
 * 调整表决时间: everyone who was told of the consultation or may vote in it hears the new times,
 * since the notice and any reminder named the old ones.
 */
export function voteRescheduled(c: ConsultationDoc, moved: { opensAt: number; closesAt: number }, reason: string, version: number): AnnouncementDraft {
  return {
    key: `${c._id}:voteTime:${version}`,
    kind: 'voteRescheduled',
    communityId: c.communityId,
    consultationId: c._id,
    audience: { kind: 'scope', scopes: [scopeOf(c.plan.scope), c.plan.vote!.scope] },
    title: `表决时间调整：${c.plan.title}`,
    body: `表决时间改为${formatChinaTime(moved.opensAt)}至${formatChinaTime(moved.closesAt)}。调整原因：${reason}`,
    fields: { title: c.plan.title, status: '时间调整', time: moved.opensAt, note: `截止${formatChinaTime(moved.closesAt)}` },
  };
}
