import { DomainError, formatChinaTime, mayRescheduleVote, voteTimeProblem } from '@shared';
import { auditBy } from '../audit';
import type { ConsultationDoc, TimelineEntry } from '../docs';
import type { UseCase } from '../functionKit';
import { lostRace } from '../consultation/applyTransition';
import { loadConsultation } from '../consultation/loadConsultation';
import { toDetail } from '../consultation/views';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { carrying, copyCarriedNow } from '../notify/announce';
import { voteRescheduled } from '../notify/events/voteRescheduled';
import { announcementOf } from '../notify/notify';

const span = (v: { opensAt: number; closesAt: number }) => `${formatChinaTime(v.opensAt)}至${formatChinaTime(v.closesAt)}`;

/**
 * 调整表决时间: until a vote opens, the committee may move its times — a meeting postponed, or a
 * window missed — with a reason that goes on the timeline and the audit, and everyone in scope is
 * told the new times. Once opened, the times voters were given stand.
 */
export const rescheduleVote: UseCase<'voting', 'vote.reschedule'> = async (ctx, { consultationId, version, opensAt, closesAt, reason }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, consultationId, who);
  const vote = c.plan.vote;
  if (!vote || !mayRescheduleVote(c)) {
    throw new DomainError('WRONG_STATE', vote ? '表决已经开始，不能再调整表决时间' : '本次协商没有表决安排');
  }
  if (c.version !== version) throw new DomainError('CONFLICT');
  // People were told when the notice was published; a new time must still lie the body's notice period after it.
  const problem = voteTimeProblem({ opensAt, closesAt, rule: vote.rule }, ctx.now, c.plan.schedule?.startsAt, c.noticePublishedAt ?? ctx.now);
  if (problem) throw new DomainError('INVALID_INPUT', problem);
  const note = `表决时间由${span(vote)}改为${span({ opensAt, closesAt })}；原因：${reason}`;
  const entry: TimelineEntry = { at: ctx.now, action: 'rescheduleVote', status: c.status, by: { memberId: who.member._id, role: who.member.role }, note };
  const news = carrying(ctx.now, [announcementOf(ctx, voteRescheduled, { c, moved: { opensAt, closesAt }, reason, version: version + 1 })]);
  const changed = await ctx.store.update(
    'consultations',
    { _id: c._id, status: c.status, version },
    {
      set: { 'plan.vote.opensAt': opensAt, 'plan.vote.closesAt': closesAt, version: version + 1, updatedAt: ctx.now, ...news.set },
      push: { timeline: [entry], ...news.push },
      inc: news.inc,
    },
  );
  if (changed === 0) throw await lostRace(ctx, c);
  await auditBy(ctx, who.member, {
    action: 'vote.reschedule',
    entity: 'consultation',
    entityId: c._id,
    before: { status: c.status, version },
    after: { status: c.status, version: version + 1 },
    note,
  });
  const moved = (await ctx.store.get<ConsultationDoc>('consultations', c._id))!;
  await copyCarriedNow(ctx, moved);
  return toDetail(ctx, moved, who);
};
