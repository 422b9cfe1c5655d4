import { DomainError } from '@shared';
import { auditBy } from '../audit';
import type { ArchiveDoc, ConsultationDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { applyTransition } from '../consultation/applyTransition';
import { loadConsultation } from '../consultation/loadConsultation';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { isStoreConflict } from '../store/port';
import { ARCHIVE_PARTS, hashRecord, readArchiveRecord } from './archiveRecord';

/**
 * 一事一档: a completed consultation is archived. From here every use case refuses to change it
 * (none accepts the archived state), and its whole record is sealed with a SHA-256 over its
 * canonical form; `npm run admin -- archive:verify <id>` recomputes it.
 */
export const sealArchive: UseCase<'result', 'archive.seal'> = async (ctx, { id }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const doc = await loadConsultation(ctx, id, who);
  const archived: ConsultationDoc = doc.status === 'archived' ? doc : await applyTransition(ctx, who, doc, 'archive');
  const existing = await ctx.store.get<ArchiveDoc>('archives', id);
  if (existing) return { consultationId: id, hash: existing.hash, sealedAt: existing.sealedAt, parts: [...ARCHIVE_PARTS] };
  const { hash, parts } = hashRecord(await readArchiveRecord(ctx.store, id));
  const seal: ArchiveDoc = { _id: id, communityId: archived.communityId, hash, partHashes: parts, sealedAt: ctx.now, by: who.member._id };
  try {
    await ctx.store.insert('archives', seal);
  } catch (e) {
    if (!isStoreConflict(e)) throw e;
    throw new DomainError('CONFLICT', '该议题刚刚已被归档');
  }
  // The seal's own event is kept apart from the record it seals.
  await auditBy(ctx, who.member, {
    action: 'archive.seal',
    entity: 'archive',
    entityId: `archive:${id}`,
    before: null,
    after: { status: hash.slice(0, 16), version: 1 },
  });
  return { consultationId: id, hash, sealedAt: ctx.now, parts: [...ARCHIVE_PARTS] };
};
