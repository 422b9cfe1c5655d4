import { DomainError, needsReason, REPLY_LABELS } from '@shared';
import type { UseCaseContext } from '../context';
import type { AuditDoc, MemberDoc, OpinionDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { auditId } from '../audit';
import { findIn, insertAllOnce } from '../batches';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { countChange } from '../consultation/counts';
import { loadConsultation } from '../consultation/loadConsultation';
import { whileCounting } from '../counting/marks';
import { countAnswered } from '../oversight/answers';
import { whileOversight, yearDocAt } from '../oversight/counters';
import { opinionAnswered } from '../notify/events/reply';
import { notify } from '../notify/notify';
import { moderationFor } from './checks';
import { requireReplyable } from './window';

/** The audit keeps each opinion's answer, a group's as well: one event per opinion, written in one request when it can be. */
async function auditEach(ctx: UseCaseContext, by: MemberDoc, answered: OpinionDoc[], status: string): Promise<void> {
  const events: AuditDoc[] = answered.map((o) => {
    const event = {
      communityId: by.communityId,
      at: ctx.now,
      actor: { memberId: by._id, role: by.role },
      action: 'opinion.reply',
      entity: 'opinion',
      entityId: o._id,
      before: { status: o.moderation, version: o.version - 1 },
      after: { status, version: o.version },
      note: '统一答复',
    } as const;
    return { _id: auditId(event), ...event };
  });
  await insertAllOnce(ctx.store, 'audit', events);
}

/**
 * The waiting opinions this request answered: all of them when its write changed as many, else
 * (another answer landed on some meanwhile) those carrying its request id — read again, rarely.
 */
async function answeredNow(ctx: UseCaseContext, waiting: OpinionDoc[], changed: number, requestId: string): Promise<OpinionDoc[]> {
  if (changed === 0) return [];
  if (changed === waiting.length) return waiting;
  const ids = waiting.map((o) => o._id);
  return (await findIn<OpinionDoc>(ctx.store, 'opinions', '_id', ids, {})).filter((o) => o.reply?.request === requestId);
}

/**
 * 统一答复: the committee answers a theme or a group of copies once. Every opinion of the set that
 * still waits gets the answer as its own — on its detail page, in its author's 消息, in the counts
 * that hold the outcome back — while an opinion already answered on its own keeps that answer;
 * any one of them can still be answered differently later (opinion.reply). One write answers them
 * all, guarded on each still waiting, so a reply racing it on one opinion wins or loses whole; the
 * request id marks what this reply answered, so a retry finishes what a crash left (the
 * notifications and the audit) without answering anything twice.
 */
export const replyToGroup: UseCase<'participation', 'opinion.replyGroup'> = async (ctx, { consultationId, requestId, opinionIds, decision, reason }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const consultation = await loadConsultation(ctx, consultationId, who);
  requireReplyable(consultation);
  if (needsReason(decision) && reason === '') throw new DomainError('REASON_REQUIRED', `${REPLY_LABELS[decision]}须说明理由`);
  const chosen = await findIn<OpinionDoc>(ctx.store, 'opinions', '_id', opinionIds, { consultationId: consultation._id });
  if (chosen.length < new Set(opinionIds).size) throw new DomainError('NOT_FOUND', '部分意见不存在或不属于本次协商，请刷新后再试');
  if (chosen.some((o) => o.moderation !== 'visible')) throw new DomainError('WRONG_STATE', '所选意见中有尚未公开的，请先审核');
  if (reason) await moderationFor(ctx, reason);

  const waiting = chosen.filter((o) => !o.answered);
  const open = waiting.map((o) => o._id);
  const reply = { decision, reason, by: who.member._id, at: ctx.now, request: requestId };
  // Each first answer counts for the street in the year its opinion was received (oversight/counters.ts).
  const years = waiting.map((o) => yearDocAt(consultation.communityId, o.createdAt));
  await whileOversight(ctx.store, consultation.communityId, years, ctx.now, (moves) =>
    whileCounting(ctx.store, 'consultations', consultation._id, ctx.now, async (step) => {
      const changed = open.length
        ? await ctx.store.update(
            'opinions',
            { _id: { $in: open }, consultationId: consultation._id, answered: false },
            { set: { reply, answered: true, answeredAt: ctx.now }, inc: { version: 1 } },
          )
        : 0;
      // Each answered opinion leaves the unanswered count and nothing else: its stance and moderation stay.
      const before = { moderation: 'visible', stance: 'neutral', answered: false } as const;
      await countChange(ctx.store, consultation, 'opinions', before, { ...before, answered: true }, step, changed);
      for (const o of await answeredNow(ctx, waiting, changed, requestId)) countAnswered(moves, o, ctx.now);
    }),
  );
  const answered = (await findIn<OpinionDoc>(ctx.store, 'opinions', '_id', opinionIds, { consultationId: consultation._id })).filter(
    (o) => o.reply?.request === requestId,
  );
  await auditEach(ctx, who.member, answered, `reply:${decision}`);
  await notify(ctx, opinionAnswered, { c: consultation, opinions: answered, decision, reason, request: requestId });
  return { replied: answered.length, kept: chosen.length - answered.length };
};
