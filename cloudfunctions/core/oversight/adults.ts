import { toChinaDateTimeParts } from '@shared';
import type { CommunityDoc, OversightNowDoc } from '../docs';
import { populationOf } from '../register/population';
import type { Store } from '../store/port';
import { nowDocId } from './counters';

/**
 * The register's adults, what the street measures participation against, kept on the community's
 * now document and refreshed once a China day (people come of age without any write): the
 * dashboard reads it instead of counting every community's register on each view.
 */
export async function refreshAdults(store: Store, doc: Pick<OversightNowDoc, 'communityId' | 'adultsOn'>, now: number): Promise<boolean> {
  const today = toChinaDateTimeParts(now).date;
  const community = await store.get<CommunityDoc>('communities', doc.communityId);
  if (!community) return false;
  const { residents } = await populationOf(store, community, today, ['residents']);
  // Guarded on the day read: of two runs at once, one writes.
  const where = { _id: nowDocId(doc.communityId), ...(doc.adultsOn === undefined ? {} : { adultsOn: doc.adultsOn }) };
  return (await store.update('oversight', where, { set: { registerAdults: residents, adultsOn: today } })) > 0;
}

/** A community's now document, made when the community is (or by the recount, for one made before). */
export function nowDoc(communityId: string): OversightNowDoc {
  return { _id: nowDocId(communityId), communityId, kind: 'now', overdueImplementations: 0, overdueSuggestions: 0, registerAdults: 0, adultsOn: '' };
}
