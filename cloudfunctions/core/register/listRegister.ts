import { buildingKey, matchesPerson, toChinaDateTimeParts } from '@shared';
import type { RosterEntryDoc } from '../docs';
import type { UseCase } from '../functionKit';
import { requireRegisterReader } from './readRegister';
import { toPersonView } from './views';

const PAGE_SIZE = 50;

/**
 * 名册: the committee finds a person by name, address or the initials of the name's pinyin (wxy),
 * within a group, among those on the register now or those who left. A page at a time.
 */
export const listRegister: UseCase<'member', 'register.list'> = async (ctx, { query, group, status, page }) => {
  const { community } = await requireRegisterReader(ctx);
  const everyone = await ctx.store.find<RosterEntryDoc>('roster', { communityId: community._id }, { sort: [{ field: '_id', dir: 'asc' }] });
  const today = toChinaDateTimeParts(ctx.now).date;
  const q = query?.trim() ?? '';
  const wanted = (p: RosterEntryDoc) =>
    ((p.status ?? 'current') === 'current') === (status !== 'left') &&
    (!group || (p.group !== undefined && buildingKey(p.group) === buildingKey(group))) &&
    (!q || matchesPerson(p, q) || toPersonView(p, today, community.kind).addressText.includes(q));
  const matching = everyone.filter(wanted).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const from = (page ?? 0) * PAGE_SIZE;
  return {
    people: matching.slice(from, from + PAGE_SIZE).map((p) => toPersonView(p, today, community.kind)),
    matching: matching.length,
    total: everyone.length,
  };
};
