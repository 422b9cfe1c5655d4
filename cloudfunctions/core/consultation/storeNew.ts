import { appendAudit } from '../audit';
import type { SystemContext } from '../context';
import type { ConsultationDoc } from '../docs';
import { insertOrReadBack } from '../batches';
import { consultationDocs, moveConsultation, whileOversight } from '../oversight/counters';

/**
 * Stores a new consultation, counted for the street (oversight/counters.ts) by the request that
 * stored it, and logs its creation in the name of whoever its timeline says drafted it. Its id
 * follows from the request, so a retry finds the first one — which `isSame` must own, else
 * CONFLICT — counts nothing again, and writes the same audit event again, a no-op. Every way a
 * consultation is born goes through here: a draft, a draft from a suggestion or a commission, a
 * cross-community matter's part.
 */
export async function storeNewConsultation(
  ctx: SystemContext,
  doc: ConsultationDoc,
  isSame: (first: ConsultationDoc) => boolean,
  note?: string,
): Promise<ConsultationDoc> {
  const stored = await whileOversight(ctx.store, doc.communityId, consultationDocs(doc, false), doc.createdAt, async (moves) => {
    const { stored, inserted } = await insertOrReadBack(ctx.store, 'consultations', doc, isSame);
    if (inserted) moveConsultation(moves, doc.createdAt, null, doc);
    return stored;
  });
  await appendAudit(ctx.store, {
    communityId: stored.communityId,
    at: stored.createdAt,
    actor: stored.timeline[0].by,
    action: 'consultation.createDraft',
    entity: 'consultation',
    entityId: stored._id,
    before: null,
    after: { status: 'draft', version: 1 },
    ...(note ? { note } : {}),
  });
  return stored;
}
