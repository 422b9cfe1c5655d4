import { DomainError, type AuditAction } from '@shared';
import { auditBy } from '../audit';
import type { UseCaseContext } from '../context';
import { countChange } from '../consultation/counts';
import { whileCounting } from '../counting/marks';
import type { ConsultationDoc, MemberDoc, OpinionDoc } from '../docs';

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
  await whileCounting(ctx.store, 'consultations', consultation._id, ctx.now, async (step) => {
    const changed = await ctx.store.update('opinions', { _id: opinion._id, version: opinion.version }, { set: { ...set, version } });
    if (changed === 0) throw new DomainError('CONFLICT', '这条意见刚被他人处理，请刷新后再看');
    await countChange(ctx.store, consultation, 'opinions', opinion, { ...opinion, ...set }, step);
  });
  await auditBy(ctx, by, {
    action,
    entity: 'opinion',
    entityId: opinion._id,
    before: { status: opinion.moderation, version: opinion.version },
    after: { status, version },
  });
  return (await ctx.store.get<OpinionDoc>('opinions', opinion._id))!;
}
