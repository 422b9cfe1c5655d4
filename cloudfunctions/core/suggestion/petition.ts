import { neededFor, PETITION_UNITS, petitionBasisWords, reachesShare, toChinaDateTimeParts, type Share } from '@shared';
import { appendAudit } from '../audit';
import type { SystemContext } from '../context';
import type { CommunityDoc, SuggestionDoc } from '../docs';
import { petitionReached } from '../notify/events/petitionReached';
import { notify } from '../notify/notify';
import { populationOf, type PopulationBasis } from '../register/population';
import { proposersOf, recountProposers } from './proposers';
import { suggestionSettingsOf } from './settings';

/**
 * Whether the proposers — the author and the co-signers — now reach a legal share of the
 * register's adults, of its households or of its representatives; the first basis reached is recorded.
 */
function reached(proposers: Record<PopulationBasis, number>, population: Record<PopulationBasis, number>, shares: Record<PopulationBasis, Share | null>) {
  for (const basis of ['residents', 'households', 'representatives'] as const) {
    const share = shares[basis];
    if (share && reachesShare(proposers[basis], population[basis], share)) {
      return { basis, count: proposers[basis], needed: neededFor(population[basis], share) };
    }
  }
  return null;
}

/**
 * 已达法定提议人数: once the proposers reach the share that obliges the committee to call a meeting
 * (居委会组织法 第10条, 村委会组织法 第21条; the shares are community settings), the suggestion is
 * flagged — once, by a guarded update — audited, and every committee member is told. The
 * population is the register's, whether or not its people use the app. Both sides are counted by
 * a few count queries (proposers.ts, register/population.ts), so co-signing costs the same in a
 * community of a hundred and of ten thousand. Returns the suggestion as the check left it.
 */
export async function checkPetition(ctx: SystemContext, s: SuggestionDoc, community: CommunityDoc): Promise<SuggestionDoc> {
  if (s.thresholdReachedAt > 0 || s.state !== 'open') return s;
  const { residents, households, representatives } = suggestionSettingsOf(community).petition;
  const shares = { residents, households, representatives: representatives ?? null };
  const bases = (['residents', 'households', 'representatives'] as const).filter((b) => shares[b] !== null);
  const counted = s.author ? { ...s, author: s.author } : await recountProposers(ctx.store, s);
  const [proposers, population] = await Promise.all([
    proposersOf(ctx.store, counted, bases),
    populationOf(ctx.store, community, toChinaDateTimeParts(ctx.now).date, bases),
  ]);
  const hit = reached(proposers, population, shares);
  if (!hit) return counted;
  const flagged = await ctx.store.update('suggestions', { _id: s._id, thresholdReachedAt: 0 }, { set: { thresholdReachedAt: ctx.now, threshold: hit } });
  // Flagged meanwhile by another request: the suggestion as that one left it.
  if (flagged === 0) return (await ctx.store.get<SuggestionDoc>('suggestions', s._id)) ?? counted;
  await appendAudit(ctx.store, {
    communityId: community._id,
    at: ctx.now,
    actor: { system: true },
    action: 'suggestion.thresholdReached',
    entity: 'suggestion',
    entityId: `${s._id}:threshold`,
    before: null,
    after: { status: 'thresholdReached', version: 1 },
    note: `提议${hit.count}${PETITION_UNITS[hit.basis]}，法定须${hit.needed}${PETITION_UNITS[hit.basis]}（按${petitionBasisWords(hit.basis, community.kind)}计）`,
  });
  await notify(ctx, petitionReached, { s, communityId: community._id, hit });
  return { ...counted, thresholdReachedAt: ctx.now, threshold: hit };
}
