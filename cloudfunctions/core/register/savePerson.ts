import { addressKey, DomainError, toChinaDateTimeParts, type CommunityKind, type PayloadOf } from '@shared';
import { auditBy } from '../audit';
import type { UseCaseContext } from '../context';
import type { RosterEntryDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { stableId } from '../member/ids';
import { COMMITTEE_ONLY, requireMember, type MemberInCommunity } from '../access/requireMember';
import { isStoreConflict, type Filter } from '../store/port';
import { initialsOf, registerFactsOf } from './people';
import { settleHouseholds, unsettledBy } from './population';
import { byNumber } from '../member/roster/parseRegister';
import { toPersonView } from './views';

type PersonInput = PayloadOf<'member', 'register.save'>['person'];

/**
 * 登记／更正: the committee adds a person to the register, or corrects one (the version read guards
 * against two committee members at once). A person's id follows from name and household, so adding
 * the same person twice is refused rather than counted twice. Every change is audited; a linked app
 * member's scope follows the register at once.
 */
export const savePerson: UseCase<'member', 'register.save'> = async (ctx, { id, version, person }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const { saved, before } = id ? await correct(ctx, who, id, version, person) : { saved: await add(ctx, who, person), before: undefined };
  // One 户代表 per household: naming one steps down the other.
  if (saved.householdRep) {
    await ctx.store.update(
      'roster',
      { communityId: saved.communityId, householdKey: saved.householdKey!, householdRep: true, _id: { $ne: saved._id } },
      { set: { householdRep: false } },
    );
  }
  if (saved.memberId) await ctx.store.update('members', { _id: saved.memberId }, { set: { register: registerFactsOf(saved) } });
  // Who in the household comes of age first may have changed, in the household left as in the one joined.
  await settleHouseholds(ctx.store, saved, [before?.householdKey, saved.householdKey]);
  return toPersonView(saved, toChinaDateTimeParts(ctx.now).date, who.community.kind);
};

function fieldsOf(person: PersonInput, householdKey: string): Omit<RosterEntryDoc, '_id' | 'communityId' | 'tenure' | 'version'> {
  const { householdNo: _no, birth, group, phoneLast4, ...rest } = person;
  return {
    ...rest,
    householdKey,
    ...(birth ? { birth } : {}),
    ...(group ? { group } : {}),
    ...(phoneLast4 ? { phoneLast4 } : {}),
    initials: initialsOf(person.name),
  };
}

/**
 * The 户, keyed as the import keys it: by 户号 (within its group when known; a 村's address is its
 * group and 户号), else by address. A name alone never identifies a household.
 */
function householdKeyOf(person: PersonInput, kind: CommunityKind): string {
  const no = person.householdNo || (kind === 'village' ? person.address.room : undefined);
  const group = person.group || (kind === 'village' ? person.address.building : undefined);
  return no ? byNumber(no, group) : `addr:${addressKey(person.address)}`;
}

async function add(ctx: UseCaseContext, who: MemberInCommunity, person: PersonInput): Promise<RosterEntryDoc> {
  const communityId = who.community._id;
  const householdKey = householdKeyOf(person, who.community.kind);
  const doc: RosterEntryDoc = {
    _id: stableId('r', communityId, `${person.name}|${householdKey}`),
    communityId,
    tenure: 'owner',
    ...fieldsOf(person, householdKey),
    status: 'current',
    version: 1,
    ...unsettledBy([householdKey], ctx.now),
  };
  try {
    await ctx.store.insert('roster', doc);
  } catch (e) {
    if (isStoreConflict(e)) throw new DomainError('CONFLICT', `名册中已有${person.name}（同一户）`);
    throw e;
  }
  await auditBy(ctx, who.member, {
    action: 'register.add',
    entity: 'roster',
    entityId: doc._id,
    before: null,
    after: { status: 'current', version: 1 },
    note: `登记 ${person.name}`,
  });
  return doc;
}

async function correct(
  ctx: UseCaseContext,
  who: MemberInCommunity,
  id: string,
  version: number | undefined,
  person: PersonInput,
): Promise<{ saved: RosterEntryDoc; before: RosterEntryDoc }> {
  const entry = await ctx.store.get<RosterEntryDoc>('roster', id);
  if (!entry || entry.communityId !== who.community._id) throw new DomainError('NOT_FOUND', '名册中没有这个人');
  const was = entry.version ?? 1;
  if (version !== was) throw new DomainError('CONFLICT');
  // Corrected in place, the household stays the one the import found unless its number or address changed.
  const moved = person.householdNo !== undefined || addressKey(person.address) !== addressKey(entry.address);
  const fields = fieldsOf(person, moved ? householdKeyOf(person, who.community.kind) : (entry.householdKey ?? householdKeyOf(person, who.community.kind)));
  const cleared = (['birth', 'group', 'phoneLast4'] as const).filter((f) => fields[f] === undefined);
  const where: Filter = entry.version === undefined ? { _id: id } : { _id: id, version: was };
  const changed = await ctx.store.update('roster', where, {
    set: { ...fields, version: was + 1, ...unsettledBy([entry.householdKey, fields.householdKey], ctx.now) },
    unset: [...cleared],
  });
  if (changed === 0) throw new DomainError('CONFLICT');
  const status = entry.status ?? 'current';
  await auditBy(ctx, who.member, {
    action: 'register.correct',
    entity: 'roster',
    entityId: id,
    before: { status, version: was },
    after: { status, version: was + 1 },
    note: `更正 ${person.name}`,
  });
  const saved: RosterEntryDoc = { ...entry, ...fields, version: was + 1 };
  for (const f of cleared) delete saved[f];
  return { saved, before: entry };
}
