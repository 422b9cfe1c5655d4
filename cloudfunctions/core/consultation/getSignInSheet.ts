import { DomainError, formatChinaTime, formOfScope, scopeLabel, toChinaDateTimeParts, type CommunityKind, type Scope, type SignInSheetView } from '@shared';
import type { UseCaseContext } from '../context';
import type { ConsultationDoc, OwnerDoc, RosterEntryDoc, UnitDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { byId, electorateOf, ownersOf, representativesOf, type Elector } from '../member/buildElectorate';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { householdOf, isCurrent } from '../register/people';
import type { Filter } from '../store/port';
import { loadConsultation } from './loadConsultation';

/** Register entries (or units) per call: a sheet of thousands loads in pages, each a handful of requests. */
const SIGN_IN_PAGE = 500;

const BY_ID = { sort: [{ field: '_id', dir: 'asc' as const }] };

interface SheetPage {
  electors: Elector[];
  next?: string;
}

/**
 * 签到表: who is expected at the meeting (应到), exactly the electorate buildElectorate counts for
 * the consultation's scope — the vote's, where it has one — on the vote's opening day (else the
 * meeting's). The register is read a page at a time in id order (`after` is the last entry, or
 * for owners the last unit, of the page before); each elector is printed on the page holding the
 * first of its people (or units), so a household or an owner of several flats appears once.
 */
export const getSignInSheet: UseCase<'consultation', 'consultation.signInSheet'> = async (ctx, { id, after }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const c = await loadConsultation(ctx, id, who);
  const scope = c.plan.vote?.scope ?? c.plan.scope;
  if (!scope) throw new DomainError('WRONG_STATE', '请先在协商方案中确定参与对象');
  const { kind } = who.community;
  const date = toChinaDateTimeParts(c.plan.vote?.opensAt ?? c.plan.schedule?.startsAt ?? ctx.now).date;
  const { electors, next } =
    scope.kind === 'owners'
      ? await ownersPage(ctx, c.communityId, kind, scope, after)
      : scope.kind === 'representatives'
        ? { electors: await representativesOf(ctx.store, c.communityId, kind, date) }
        : await peoplePage(ctx, c.communityId, kind, scope, date, after);
  const form = formOfScope(scope);
  return {
    consultationId: c._id,
    communityName: who.community.name,
    title: c.plan.title,
    ...meetingOf(c),
    scopeLabel: c.plan.participantsNote || (scopeLabel(scope, kind) ?? ''),
    signsFor: form === 'owners' || form === 'households' ? form : 'persons',
    rows: electors.map((e) => ({ name: e.name ?? e.label, address: e.place ?? e.units ?? '', ...(e.group ? { group: e.group } : {}) })),
    ...(next ? { next } : {}),
  };
};

function meetingOf(c: ConsultationDoc): Pick<SignInSheetView, 'time' | 'place'> {
  const { startsAt, endsAt } = c.plan.schedule ?? {};
  const time =
    startsAt === undefined ? undefined : endsAt === undefined ? formatChinaTime(startsAt) : `${formatChinaTime(startsAt)} 至 ${formatChinaTime(endsAt)}`;
  return { ...(time ? { time } : {}), ...(c.plan.place ? { place: c.plan.place } : {}) };
}

/** Only those a scope can ever admit are read: a collective's members are few of a village's people. */
const ADMITTED: Partial<Record<Scope['kind'], Filter>> = {
  collective_members: { collectiveMember: true },
  collective_representatives: { collectiveRepresentative: true },
};

/**
 * One page of the register's people in scope. In household form a household's other people are
 * read with it (one request, by household key), and the household printed on the page of its
 * first person. An entry imported before households were read has no key — its 户 is its address —
 * and joins only the people of its own page.
 */
async function peoplePage(
  ctx: UseCaseContext,
  communityId: string,
  kind: CommunityKind,
  scope: Exclude<Scope, { kind: 'owners' }>,
  date: string,
  after?: string,
): Promise<SheetPage> {
  const page = await ctx.store.find<RosterEntryDoc>(
    'roster',
    { communityId, ...ADMITTED[scope.kind], ...(after ? { _id: { $gt: after } } : {}) },
    { ...BY_ID, limit: SIGN_IN_PAGE },
  );
  const next = page.length === SIGN_IN_PAGE ? page.at(-1)!._id : undefined;
  const current = page.filter(isCurrent);
  if (formOfScope(scope) !== 'households') return { electors: electorateOf(current, [], kind, scope, date).electors, next };
  const keys = [...new Set(current.flatMap((p) => (p.householdKey ? [p.householdKey] : [])))];
  const mates = keys.length > 0 ? await ctx.store.find<RosterEntryDoc>('roster', { communityId, householdKey: { $in: keys } }) : [];
  const people = byId([...current, ...mates.filter(isCurrent)]);
  const first = new Map<string, string>();
  for (const p of people) if (!first.has(householdOf(p))) first.set(householdOf(p), p._id);
  const onPage = new Set(page.map((p) => p._id));
  const { electors } = electorateOf(people, [], kind, scope, date);
  return { electors: electors.filter((e) => onPage.has(first.get(e.household!)!)), next };
}

/**
 * One page of the unit register's owners in scope, with the other units of the page's owners read
 * with it (one request), so an owner of several flats is printed once, on the page of their first.
 */
async function ownersPage(
  ctx: UseCaseContext,
  communityId: string,
  kind: CommunityKind,
  scope: Extract<Scope, { kind: 'owners' }>,
  after?: string,
): Promise<SheetPage> {
  const page = await ctx.store.find<UnitDoc>('units', { communityId, ...(after ? { _id: { $gt: after } } : {}) }, { ...BY_ID, limit: SIGN_IN_PAGE });
  const next = page.length === SIGN_IN_PAGE ? page.at(-1)!._id : undefined;
  const ownerIds = [...new Set(page.flatMap((u) => (u.ownerId ? [u.ownerId] : [])))];
  const [more, owners] =
    ownerIds.length > 0
      ? await Promise.all([
          ctx.store.find<UnitDoc>('units', { communityId, ownerId: { $in: ownerIds } }),
          ctx.store.find<OwnerDoc>('owners', { _id: { $in: ownerIds } }),
        ])
      : [[], []];
  const onPage = new Set(page.map((u) => u._id));
  return { electors: ownersOf(byId([...page, ...more]), owners, kind, scope).filter((e) => onPage.has(e.household!)), next };
}
