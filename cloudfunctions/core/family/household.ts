import { toChinaDateTimeParts, type Scope } from '@shared';
import { enforce } from '../access/decision';
import { mayActFor } from '../access/family';
import type { Reader } from '../access/requireMember';
import type { UseCaseContext } from '../context';
import type { MemberDoc, RosterEntryDoc } from '../docs';
import { readNamed } from '../member/named';
import { inPeopleScope, isInScope } from '../participation/scope';
import { householdOf, registerFactsOf } from '../register/people';

/** A household member the caller may act for: their register entry, and their membership when they use the app. */
export interface Relative {
  entry: RosterEntryDoc;
  /** Absent when they do not use the app (or are no longer an approved member). */
  member: MemberDoc | null;
}

/** Today in China, the day adulthood is judged on. */
const today = (ctx: UseCaseContext) => toChinaDateTimeParts(ctx.now).date;

/** The caller's own register entry, through their link to it; none when they are not linked. */
const ownEntry = (ctx: UseCaseContext, member: MemberDoc) =>
  member.register ? ctx.store.get<RosterEntryDoc>('roster', member.register.entryId) : Promise.resolve(null);

const onApp = (m: MemberDoc | undefined | null): MemberDoc | null => (m && m.status === 'active' ? m : null);

/** The register entry the caller would act for, once mayActFor allows it, with their membership: three small reads. */
export async function loadRelative(ctx: UseCaseContext, who: Pick<Reader, 'member'>, entryId: string): Promise<Relative> {
  const [own, entry] = await Promise.all([ownEntry(ctx, who.member), ctx.store.get<RosterEntryDoc>('roster', entryId)]);
  enforce(mayActFor(who.member, own, entry, today(ctx)));
  const member = entry!.memberId ? await ctx.store.get<MemberDoc>('members', entry!.memberId) : null;
  return { entry: entry!, member: onApp(member) };
}

/** Everyone of the caller's 户 they may act for, with their memberships: three reads, as many as a household has people. */
export async function listRelatives(ctx: UseCaseContext, who: Pick<Reader, 'member'>): Promise<Relative[]> {
  const own = await ownEntry(ctx, who.member);
  if (!own) return [];
  const household = await ctx.store.find<RosterEntryDoc>('roster', { communityId: who.member.communityId, householdKey: householdOf(own) });
  const allowed = household.filter((e) => mayActFor(who.member, own, e, today(ctx)).ok).sort((a, b) => a._id.localeCompare(b._id));
  const members = await readNamed(
    ctx,
    allowed.map((e) => e.memberId),
  );
  return allowed.map((entry) => ({ entry, member: onApp(entry.memberId ? members.get(entry.memberId) : null) }));
}

/**
 * Whether a relative is among a consultation's 协商主体: as a member when they use the app; from their
 * register entry otherwise. An owners' scope counts owners through the units' records, which name
 * members only, so a relative without the app speaks there through the committee, on paper.
 */
export async function relativeInScope(ctx: UseCaseContext, r: Relative, scope: Scope | undefined): Promise<boolean> {
  if (r.member) return isInScope(ctx.store, r.member, scope);
  if (scope?.kind === 'owners') return false;
  return inPeopleScope({ role: 'resident', register: registerFactsOf(r.entry) }, scope);
}
