import { DomainError, toChinaDateTimeParts } from '@shared';
import type { RosterEntryDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireRegisterReader } from './readRegister';
import { toPersonView } from './views';

/** One person of the register as it holds them now, so a correction is made against the version just read. */
export const getPerson: UseCase<'member', 'register.get'> = async (ctx, { id }) => {
  const { community } = await requireRegisterReader(ctx);
  const entry = await ctx.store.get<RosterEntryDoc>('roster', id);
  if (!entry || entry.communityId !== community._id) throw new DomainError('NOT_FOUND', '名册中没有这个人');
  return toPersonView(entry, toChinaDateTimeParts(ctx.now).date, community.kind);
};
