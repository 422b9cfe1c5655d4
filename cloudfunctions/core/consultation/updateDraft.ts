import { DomainError, STATE_LABELS } from '@shared';
import { auditBy } from '../audit';
import type { UseCase } from '../functionKit';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { consultationDocs, consultationPaths, moveConsultation, whileOversight } from '../oversight/counters';
import { chooseMatter } from '../catalogue/communityCatalogue';
import { lostRace } from './applyTransition';
import { toPlanRecord } from './planRecord';
import { loadConsultation } from './loadConsultation';
import { savedView } from './views';

/** 制定协商方案: the committee revises a draft's plan; the version guards against overwriting a colleague. */
export const updateDraft: UseCase<'consultation', 'consultation.updateDraft'> = async (ctx, { id, version, plan }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const doc = await loadConsultation(ctx, id, who);
  if (doc.status !== 'draft') {
    throw new DomainError('WRONG_STATE', `“${STATE_LABELS[doc.status]}”的议题不能再修改方案`);
  }
  if (doc.version !== version) throw new DomainError('CONFLICT');
  // The matter it already has stays, even if the street has since retired it; a new one must be offered now.
  const matter = plan.categoryId === doc.plan.categoryId ? doc.matter : await chooseMatter(ctx, who.community, plan.categoryId);
  const stored = await toPlanRecord(ctx, plan, { community: who.community, consultationId: doc._id, by: who.member._id }, doc.plan.attachments);
  const next = version + 1;
  const write = async () => {
    const changed = await ctx.store.update(
      'consultations',
      { _id: id, status: 'draft', version },
      { set: { plan: stored, ...(matter ? { matter } : {}), version: next, updatedAt: ctx.now } },
    );
    if (changed === 0) throw await lostRace(ctx, doc);
  };
  const edited = { ...doc, plan: stored };
  // A change of category or form moves the street's counts (oversight/counters.ts); any other edit costs nothing more.
  if (consultationPaths(doc).join() === consultationPaths(edited).join()) await write();
  else
    await whileOversight(ctx.store, doc.communityId, consultationDocs(doc, false), ctx.now, async (moves) => {
      await write();
      moveConsultation(moves, doc.createdAt, doc, edited);
    });
  await auditBy(ctx, who.member, {
    action: 'consultation.updateDraft',
    entity: 'consultation',
    entityId: id,
    before: { status: 'draft', version },
    after: { status: 'draft', version: next },
  });
  return savedView({ ...doc, plan: stored, matter, version: next, updatedAt: ctx.now });
};
