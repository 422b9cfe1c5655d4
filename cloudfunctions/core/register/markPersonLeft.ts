import { DomainError, REGISTER_STATUS_LABELS, toChinaDateTimeParts } from '@shared';
import { auditBy } from '../audit';
import type { RosterEntryDoc } from '../docs';
import type { UseCase } from '../functionKit';
import type { Filter } from '../store/port';
import { COMMITTEE_ONLY, requireMember } from '../access/requireMember';
import { settleHouseholds, unsettledBy } from './population';
import { toPersonView } from './views';

/**
 * 迁出／死亡: a person who moved away or died stays on the register, marked with the day, so the
 * records that name them stand; they are no elector in any vote opened after it.
 */
export const markPersonLeft: UseCase<'member', 'register.markLeft'> = async (ctx, { id, version, kind, on }) => {
  const who = await requireMember(ctx, COMMITTEE_ONLY);
  const entry = await ctx.store.get<RosterEntryDoc>('roster', id);
  if (!entry || entry.communityId !== who.community._id) throw new DomainError('NOT_FOUND', '名册中没有这个人');
  const status = entry.status ?? 'current';
  if (status !== 'current') throw new DomainError('WRONG_STATE', `${entry.name}已标记为${REGISTER_STATUS_LABELS[status]}`);
  const was = entry.version ?? 1;
  if (version !== was) throw new DomainError('CONFLICT');
  const today = toChinaDateTimeParts(ctx.now).date;
  if (on > today) throw new DomainError('INVALID_INPUT', '日期不能晚于今天');
  const where: Filter = entry.version === undefined ? { _id: id, status: { $ne: kind } } : { _id: id, version: was };
  const changed = await ctx.store.update('roster', where, {
    set: { status: kind, leftOn: on, householdRep: false, version: was + 1, ...unsettledBy([entry.householdKey], ctx.now) },
  });
  if (changed === 0) throw new DomainError('CONFLICT');
  await auditBy(ctx, who.member, {
    action: 'register.markLeft',
    entity: 'roster',
    entityId: id,
    before: { status, version: was },
    after: { status: kind, version: was + 1 },
    note: `${entry.name} ${on} ${REGISTER_STATUS_LABELS[kind]}`,
  });
  // The household may have no one of age left, or another who comes of age first.
  await settleHouseholds(ctx.store, { ...entry, version: was + 1 }, [entry.householdKey]);
  const left: RosterEntryDoc = { ...entry, status: kind, leftOn: on, householdRep: false, version: was + 1 };
  return toPersonView(left, today, who.community.kind);
};
