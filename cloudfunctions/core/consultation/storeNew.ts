import type { ConsultationDoc } from '../docs';
import { insertOrReadBack } from '../batches';
import { consultationDocs, moveConsultation, whileOversight } from '../oversight/counters';
import type { Store } from '../store/port';

/**
 * Stores a new consultation, counted for the street (oversight/counters.ts) by the request that
 * stored it. Its id follows from the request, so a retry finds the first one — which `isSame` must
 * own, else CONFLICT — and counts nothing again. Every way a consultation is born goes through here:
 * a draft, a draft from a suggestion or a commission, a cross-community matter's part.
 */
export function storeNewConsultation(store: Store, doc: ConsultationDoc, isSame: (first: ConsultationDoc) => boolean): Promise<ConsultationDoc> {
  return whileOversight(store, doc.communityId, consultationDocs(doc, false), doc.createdAt, async (moves) => {
    const { stored, inserted } = await insertOrReadBack(store, 'consultations', doc, isSame);
    if (inserted) moveConsultation(moves, doc.createdAt, null, doc);
    return stored;
  });
}
