import { insertOnce } from '../batches';
import type { CosignDoc, CosignHouseholdDoc, MemberDoc, SuggestionDoc } from '../docs';
import { isStoreConflict, type Filter, type Store } from '../store/port';
import type { PopulationBasis } from '../register/population';

/**
 * Who proposes a suggestion — its author and its co-signers — counted the three ways a meeting
 * request's share is counted, at a cost that does not grow with them: persons by the suggestion's
 * `cosigns` counter; households by one small document per household that has signed
 * (`cosignHouseholds`, with how many of it have), counted by a count query; representatives by a
 * count query on the co-signs, each of which says whether its signer was one. What the author
 * counts as is kept on the suggestion when raised. A proposer counts as what they were when they
 * proposed.
 */

/** A member's household: their registered unit, else themselves (as the electorates count it). */
export const householdOf = (m: MemberDoc) => m.unitId ?? `member:${m._id}`;

/** A proposer who is a 居民／村民代表: by role in the app, or by the register they are linked to. */
export const isRepresentative = (m: MemberDoc) => m.role === 'representative' || m.register?.representative === true;

/** What the author of a suggestion counts as. */
export const authorCounts = (author: MemberDoc): NonNullable<SuggestionDoc['author']> => ({
  household: householdOf(author),
  representative: isRepresentative(author),
});

const householdSignId = (suggestionId: string, household: string) => `${suggestionId}:${household}`;

/**
 * One more (sign 1) or one fewer (sign -1) signer of this household, by an atomic increment, after
 * the co-sign itself was added or removed. A household counts while it has a signer; its document
 * is never removed, so an increment and a first insert cannot miss each other. Most signers are
 * the first of their household, so a new signer tries the insert first.
 */
export async function countHouseholdSigner(store: Store, s: Pick<SuggestionDoc, '_id' | 'communityId'>, household: string, sign: 1 | -1): Promise<void> {
  const _id = householdSignId(s._id, household);
  if (sign === -1) {
    await store.update('cosignHouseholds', { _id }, { inc: { signers: -1 } });
    return;
  }
  for (;;) {
    try {
      return await store.insert<CosignHouseholdDoc>('cosignHouseholds', { _id, communityId: s.communityId, suggestionId: s._id, household, signers: 1 });
    } catch (e) {
      if (!isStoreConflict(e)) throw e;
    }
    // Another signer of the household made it first: one more on it.
    if (await store.update('cosignHouseholds', { _id }, { inc: { signers: 1 } })) return;
  }
}

/** The proposers of a suggestion counted for the bases asked: a count query each, whatever their number. */
export async function proposersOf(
  store: Store,
  s: SuggestionDoc & Required<Pick<SuggestionDoc, 'author'>>,
  bases: PopulationBasis[],
): Promise<Record<PopulationBasis, number>> {
  const [households, representatives] = await Promise.all([
    bases.includes('households') ? store.count('cosignHouseholds', { suggestionId: s._id, household: { $ne: s.author.household }, signers: { $gt: 0 } }) : 0,
    bases.includes('representatives') ? store.count('cosigns', { suggestionId: s._id, representative: true }) : 0,
  ]);
  return {
    residents: s.cosigns + 1,
    households: households + 1,
    representatives: representatives + (s.author.representative ? 1 : 0),
  };
}

/** A suggestion with its proposers recounted: what differed from what was kept, and whether the recount was stored. */
export type RecountedProposers = SuggestionDoc & Required<Pick<SuggestionDoc, 'author'>> & { drift: string[]; stored: boolean };

/**
 * The recount of a suggestion's proposers from its co-signs and their members: for a suggestion
 * raised before its proposers were counted this way (done once, on its next co-sign), and for the
 * repair step, which stores the suggestion's own counts only `where` it read them (and with `set`).
 * Returns the suggestion with what its author counts as.
 */
export async function recountProposers(store: Store, s: SuggestionDoc, where: Filter = {}, set: Record<string, unknown> = {}): Promise<RecountedProposers> {
  const cosigns = await store.find<CosignDoc>('cosigns', { suggestionId: s._id });
  const members = await store.find<MemberDoc>('members', { _id: { $in: [s.authorId, ...cosigns.map((c) => c.memberId)] } });
  const byId = new Map(members.map((m) => [m._id, m]));
  const authorMember = byId.get(s.authorId);
  const author = s.author ?? (authorMember ? authorCounts(authorMember) : { household: `member:${s.authorId}`, representative: false });
  for (const c of cosigns) {
    const signer = byId.get(c.memberId);
    const representative = c.representative ?? (signer ? isRepresentative(signer) : false);
    if (c.representative !== representative) await store.update('cosigns', { _id: c._id }, { set: { representative } });
  }
  const signers = new Map<string, number>();
  for (const c of cosigns) signers.set(c.household, (signers.get(c.household) ?? 0) + 1);
  const kept = await store.find<CosignHouseholdDoc>('cosignHouseholds', { suggestionId: s._id });
  const drift: string[] = [];
  for (const k of kept) {
    if (signers.has(k.household) || k.signers === 0) continue;
    drift.push(`cosignHouseholds.${k.household}.signers: ${k.signers} → 0`);
    await store.update('cosignHouseholds', { _id: k._id }, { set: { signers: 0 } });
  }
  for (const [household, n] of signers) {
    const _id = householdSignId(s._id, household);
    const was = kept.find((k) => k._id === _id);
    if (was?.signers === n) continue;
    drift.push(`cosignHouseholds.${household}.signers: ${was?.signers ?? '无'} → ${n}`);
    if (await store.update('cosignHouseholds', { _id }, { set: { signers: n } })) continue;
    const doc: CosignHouseholdDoc = { _id, communityId: s.communityId, suggestionId: s._id, household, signers: n };
    await insertOnce(store, 'cosignHouseholds', doc);
  }
  if (s.cosigns !== cosigns.length) drift.push(`cosigns: ${s.cosigns} → ${cosigns.length}`);
  const stored = (await store.update('suggestions', { _id: s._id, ...where }, { set: { ...set, author, cosigns: cosigns.length } })) > 0;
  return { ...s, author, cosigns: cosigns.length, drift, stored };
}
