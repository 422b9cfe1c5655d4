import { DomainError, type AuditAction } from '@shared';
import { auditBy } from '../audit';
import type { UseCaseContext } from '../context';
import { countChange } from '../consultation/counts';
import { whileCounting } from '../counting/marks';
import type { ConsultationDoc, MemberDoc, OpinionDoc } from '../docs';
import { countAnswered } from '../oversight/answers';
import { whileOversight, yearDocAt, type OversightMoves } from '../oversight/counters';

/**
 * Writes a change to an opinion guarded by the version the caller read, so two committee members
 * replying at once cannot overwrite each other unseen, and moves the consultation's counts by what
 * the change did to it (moderated, answered); the audit event names who did it.
 */
export async function changeOpinion(
  ctx: UseCaseContext,
  by: MemberDoc,
  consultation: ConsultationDoc,
  opinion: OpinionDoc,
  action: AuditAction,
  set: Partial<OpinionDoc> & Record<string, unknown>,
  status: string,
): Promise<OpinionDoc> {
  const version = opinion.version + 1;
  const write = (answering?: OversightMoves) =>
    whileCounting(ctx.store, 'consultations', consultation._id, ctx.now, async (step) => {
      const changed = await ctx.store.update(
        'opinions',
        { _id: opinion._id, version: opinion.version },
        { set: { ...set, ...(answering ? { answeredAt: ctx.now } : {}), version } },
      );
      if (changed === 0) throw new DomainError('CONFLICT', '这条意见刚被他人处理，请刷新后再看');
      await countChange(ctx.store, consultation, 'opinions', opinion, { ...opinion, ...set }, step);
      if (answering) countAnswered(answering, opinion, ctx.now);
    });
  // Its first answer counts for the street (oversight/counters.ts): answered, and in how many days.
  if (set.answered === true && !opinion.answered)
    await whileOversight(ctx.store, opinion.communityId, [yearDocAt(opinion.communityId, opinion.createdAt)], ctx.now, write);
  else await write();
  await auditBy(ctx, by, {
    action,
    entity: 'opinion',
    entityId: opinion._id,
    before: { status: opinion.moderation, version: opinion.version },
    after: { status, version },
  });
  return (await ctx.store.get<OpinionDoc>('opinions', opinion._id))!;
}
