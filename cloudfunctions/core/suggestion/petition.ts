import { adultOn, neededFor, PETITION_UNITS, petitionBasisWords, reachesShare, toChinaDateTimeParts, type Share } from '@shared';
import { appendAudit } from '../audit';
import type { SystemContext } from '../context';
import type { CommunityDoc, CosignDoc, MemberDoc, SuggestionDoc } from '../docs';
import { notify } from '../notify/notify';
import { currentPeople, householdOf as registerHouseholdOf } from '../register/people';
import { suggestionSettingsOf } from './settings';

type Basis = 'residents' | 'households' | 'representatives';

/** A member's household: their registered unit, else themselves (as the electorates count it). */
export const householdOf = (m: MemberDoc) => m.unitId ?? `member:${m._id}`;

/**
 * The people a share is of (RULES.md: denominators come from the register, never from app users):
 * the register's adults today, its households with an adult, and its representatives.
 */
async function populationOf(ctx: SystemContext, communityId: string): Promise<Record<Basis, number>> {
  const today = toChinaDateTimeParts(ctx.now).date;
  const people = await currentPeople(ctx.store, communityId);
  const adults = people.filter((p) => adultOn(p.birth, today) === 'adult');
  return { residents: adults.length, households: new Set(adults.map(registerHouseholdOf)).size, representatives: people.filter((p) => p.representative).length };
}

/** A proposer who is a 居民／村民代表: by role in the app, or by the register they are linked to. */
const isRepresentative = (m: MemberDoc) => m.role === 'representative' || m.register?.representative === true;

/**
 * Whether the proposers — the author and the co-signers — now reach a legal share of the
 * register's adults or of its households; the first basis reached is recorded.
 */
function reached(proposers: Record<Basis, number>, population: Record<Basis, number>, shares: Record<Basis, Share | null>) {
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
 * population is the register's, whether or not its people use the app.
 */
export async function checkPetition(ctx: SystemContext, s: SuggestionDoc, community: CommunityDoc): Promise<void> {
  if (s.thresholdReachedAt > 0 || s.state !== 'open') return;
  const [cosigns, members, population] = await Promise.all([
    ctx.store.find<CosignDoc>('cosigns', { suggestionId: s._id }),
    ctx.store.find<MemberDoc>('members', { communityId: community._id, status: 'active' }),
    populationOf(ctx, community._id),
  ]);
  const author = members.find((m) => m._id === s.authorId);
  const households = new Set([...cosigns.map((c) => c.household), ...(author ? [householdOf(author)] : [])]);
  const byId = new Map(members.map((m) => [m._id, m]));
  const proposers = [author, ...cosigns.map((c) => byId.get(c.memberId))].filter((m): m is MemberDoc => m !== undefined);
  const { residents, households: householdShare, representatives } = suggestionSettingsOf(community).petition;
  const hit = reached(
    { residents: cosigns.length + 1, households: households.size, representatives: proposers.filter(isRepresentative).length },
    population,
    { residents, households: householdShare, representatives: representatives ?? null },
  );
  if (!hit) return;
  const flagged = await ctx.store.update(
    'suggestions',
    { _id: s._id, thresholdReachedAt: 0 },
    { set: { thresholdReachedAt: ctx.now, threshold: hit } },
  );
  if (flagged === 0) return;
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
  const committee = members.filter((m) => m.role === 'committee').map((m) => m._id);
  await notify(ctx, committee, {
    key: `${s._id}:threshold`,
    kind: 'petitionReached',
    communityId: community._id,
    suggestionId: s._id,
    title: `群众建议已达法定提议人数：${s.title}`,
    body: `已有${hit.count}${PETITION_UNITS[hit.basis]}提议（法定须${hit.needed}${PETITION_UNITS[hit.basis]}），依法应当召集会议讨论。`,
    fields: { title: s.title, status: '法定提议', time: ctx.now, note: `提议${hit.count}，法定${hit.needed}` },
    page: `suggest/item/index?id=${s._id}`,
  });
}
